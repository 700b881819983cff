package docpipe.query.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requires {@code Authorization: Bearer <token>} on {@code /api/**} (on everything but health, info, Prometheus,
 * the OpenAPI description and the console's static page) when {@code docpipe.query.read-token} is set. A plain servlet filter rather than Spring
 * Security, so the service runs the same beside the ingest service's security in the end-to-end test's shared JVM.
 */
@Component
class ReadTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadTokenFilter.class);
    private static final String BEARER = "Bearer ";
    private static final List<String> OPEN = List.of("/actuator/health", "/actuator/info", "/actuator/prometheus");

    private final byte[] expectedDigest;
    private final JsonMapper json;

    ReadTokenFilter(ReadAccessProperties properties, JsonMapper json) {
        this.expectedDigest = properties.protectedByToken() ? sha256(properties.readToken().strip()) : null;
        this.json = json;
        log.info(expectedDigest == null ? "read endpoints are open (docpipe.query.read-token is not set)"
                : "read endpoints require a bearer token (docpipe.query.read-token)");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return expectedDigest == null || isOpen(path(request));
    }

    /**
     * The path as the servlet container resolved it (decoded, dot segments and {@code ;parameters} removed),
     * so that {@code /api;x=1/documents} cannot pass for something other than {@code /api/documents}.
     */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        return request.getPathInfo() == null ? servletPath : servletPath + request.getPathInfo();
    }

    /** Everything else (in practice {@code /api/**}) needs the token, so a new endpoint is protected by default. */
    private static boolean isOpen(String path) {
        return OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + "/"))
                || path.startsWith("/v3/api-docs") || isConsolePage(path);
    }

    /**
     * The console's page, scripts and settings carry no document data; its calls to {@code /api/**} send the token
     * the user typed in.
     */
    private static boolean isConsolePage(String path) {
        return path.equals("/") || path.equals("/index.html") || path.equals("/favicon.ico")
                || path.startsWith("/console/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && MessageDigest.isEqual(expectedDigest, sha256(authorization.substring(BEARER.length()).strip()))) {
            chain.doFilter(request, response);
            return;
        }
        unauthorized(request, response, authorization == null ? "" : ", error=\"invalid_token\"");
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://docpipe.example/problems/unauthorized");
        problem.put("title", "Unauthorized");
        problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        problem.put("detail", "this service's read endpoints require the header Authorization: Bearer <token> "
                + "with the token it is configured with");
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"docpipe\"" + error);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Compared as digests: {@link MessageDigest#isEqual} then takes the same time whatever the length or content given. */
    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
