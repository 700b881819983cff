package docpipe.pipeline.preview;

import docpipe.pipeline.security.BearerToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Lets a preview through only with {@code Authorization: Bearer <token>}; checked before the body is read, so an
 * anonymous client cannot make the service parse anything. A plain servlet filter: the services with a preview
 * (parse, enrich) have no other protected endpoint and do not carry Spring Security for this one.
 */
public class PreviewAccessFilter extends OncePerRequestFilter {

    private final BearerToken expected;

    public PreviewAccessFilter(PreviewProperties properties) {
        this.expected = properties.enabled()
                ? BearerToken.of("docpipe.preview.token", "DOCPIPE_INGEST_TOKEN", properties.token()) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (expected == null) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "previews are turned off on this service: "
                    + "it was started without a token (DOCPIPE_INGEST_TOKEN)");
            return;
        }
        if (expected.isPresentedIn(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"docpipe\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "a preview needs the header Authorization: Bearer <token> with the ingest token");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
