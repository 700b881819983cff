package docpipe.pipeline.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.nio.charset.StandardCharsets;

/**
 * What every docpipe service that uses Spring Security (ingest for writes, query for reads) shares. Its clients are
 * known by bearer token ({@link BearerTokenFilter}) and it has no user accounts: saying so keeps Boot from making up
 * a user with a generated password, and from logging that password. And a request path Spring Security's firewall
 * refuses (path parameters, encoded slashes or dots, {@code ..} segments) is answered 400 as problem details, as
 * every other error. Services without Spring Security on their classpath (parse, enrich) never load this.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConditionalOnClass({UserDetailsService.class, RequestRejectedHandler.class})
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService noUserAccounts() {
        return username -> {
            throw new UsernameNotFoundException("docpipe services have no user accounts, only bearer tokens");
        };
    }

    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemForRejectedRequest() {
        return (request, response, rejected) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"the request path is not in the plain form this service accepts (no ;parameters, "
                    + "encoded / or ., .. segments or //)\"}");
        };
    }
}
