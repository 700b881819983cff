package docpipe.ingest.security;

import docpipe.ingest.intake.IngestProperties;
import docpipe.pipeline.security.BearerToken;
import docpipe.pipeline.security.BearerTokenFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Writes need the bearer token and are rate-limited per client address; reads, health and metrics are
 * open. Stateless: no sessions, no CSRF (there are no cookies to forge).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, IngestProperties properties, RateLimitProperties rateLimit)
            throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint();
        BearerToken token = BearerToken.of("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", properties.token());
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .addFilterBefore(new BearerTokenFilter(token, "ingest-client", "WRITER"), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimit), BearerTokenFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .build();
    }
}
