package docpipe.query.security;

import docpipe.pipeline.security.BearerToken;
import docpipe.pipeline.security.BearerTokenFilter;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads need the read token when {@code docpipe.query.read-token} is set, and are open when it is not. Whatever
 * carries no document data stays open either way: probes, metrics, the API description and the console's own page,
 * scripts and settings (the console's calls to {@code /api/**} send the token the user typed in). Everything else
 * needs the token, so a new endpoint is protected by default. Stateless: no sessions, no CSRF (no cookies to forge).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] OPEN = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/info/**",
            "/actuator/prometheus", "/actuator/prometheus/**", "/v3/api-docs*", "/v3/api-docs/**",
            "/", "/index.html", "/favicon.ico", "/console/**"};

    @Bean
    SecurityFilterChain reads(HttpSecurity http, ReadAccessProperties access, JsonMapper json) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        BearerToken token = access.token().orElse(null);
        if (token == null) {
            log.info("read endpoints are open (docpipe.query.read-token is not set)");
            return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).build();
        }
        log.info("read endpoints require a bearer token (docpipe.query.read-token)");
        return http
                .addFilterBefore(new BearerTokenFilter(token, "reader", "READER"), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // an error page is rendered for a request that was already let through
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(OPEN).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new ReadProblemEntryPoint(json)))
                .build();
    }
}
