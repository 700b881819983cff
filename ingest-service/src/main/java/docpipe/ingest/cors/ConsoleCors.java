package docpipe.ingest.cors;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.time.Duration;
import java.util.List;

/**
 * Lets the console's origin (and only it) upload and reprocess from the browser. The filter runs before the
 * security chain, so a preflight ({@code OPTIONS}, which carries no token) is answered here and never reaches the
 * bearer-token check, while the real request still needs the token. No cookies are involved (the token travels in
 * {@code Authorization}), so credentials stay disallowed.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleCors {

    @Bean
    FilterRegistrationBean<CorsFilter> consoleCorsFilter(CorsProperties properties) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source(properties)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static UrlBasedCorsConfigurationSource source(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofMinutes(30));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
