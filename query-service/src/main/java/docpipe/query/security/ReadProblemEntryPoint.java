package docpipe.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a read without the token with a 401 problem document. {@code error="invalid_token"} (RFC 6750) only when
 * the client sent credentials, so a client can tell "send a token" from "yours is wrong"; the token itself is never
 * echoed.
 */
class ReadProblemEntryPoint implements AuthenticationEntryPoint {

    private final JsonMapper json;

    ReadProblemEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://docpipe.example/problems/unauthorized");
        problem.put("title", "Unauthorized");
        problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        problem.put("detail", "this service's read endpoints require the header Authorization: Bearer <token> "
                + "with the token it is configured with");
        problem.put("instance", request.getRequestURI());
        boolean offeredCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"docpipe\"" + (offeredCredentials ? ", error=\"invalid_token\"" : ""));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
