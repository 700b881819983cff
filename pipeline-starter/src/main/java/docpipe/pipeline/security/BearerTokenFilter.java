package docpipe.pipeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Spring Security's view of a docpipe bearer token: a request that presents it is authenticated as the given client
 * with the given roles; any other request goes on unauthenticated, and the service's authorization rules and entry
 * point decide what it may reach and how a refusal reads. Place it before {@code AnonymousAuthenticationFilter}.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final BearerToken token;
    private final String client;
    private final List<String> roles;

    /** @param roles authorities without the {@code ROLE_} prefix, e.g. {@code WRITER} */
    public BearerTokenFilter(BearerToken token, String client, String... roles) {
        this.token = token;
        this.client = client;
        this.roles = List.of(roles).stream().map(role -> "ROLE_" + role).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token.isPresentedIn(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            Authentication authenticated = UsernamePasswordAuthenticationToken.authenticated(client, null,
                    AuthorityUtils.createAuthorityList(roles));
            var context = SecurityContextHolder.getContextHolderStrategy();
            var securityContext = context.createEmptyContext();
            securityContext.setAuthentication(authenticated);
            context.setContext(securityContext);
        }
        chain.doFilter(request, response);
    }
}
