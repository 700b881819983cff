package docpipe.ingest.security;

import docpipe.pipeline.TokenPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Authenticates a request whose {@code Authorization: Bearer} token equals the configured one (constant time). */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    BearerTokenFilter(String token) {
        TokenPolicy.check("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", token);
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            byte[] offered = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(offered, token)) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated("ingest-client", null, AuthorityUtils.createAuthorityList("ROLE_WRITER")));
            }
        }
        chain.doFilter(request, response);
    }
}
