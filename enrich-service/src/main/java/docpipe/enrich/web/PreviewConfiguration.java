package docpipe.enrich.web;

import docpipe.pipeline.preview.PreviewAccessFilter;
import docpipe.pipeline.preview.PreviewProperties;
import docpipe.pipeline.preview.PreviewWorkers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The annotate preview's bounded workers and the token check in front of {@code /api/annotate}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PreviewProperties.class)
class PreviewConfiguration {

    @Bean
    PreviewWorkers previewWorkers(PreviewProperties properties) {
        return new PreviewWorkers(properties);
    }

    @Bean
    FilterRegistrationBean<PreviewAccessFilter> previewAccess(PreviewProperties properties) {
        var registration = new FilterRegistrationBean<>(new PreviewAccessFilter(properties));
        registration.addUrlPatterns("/api/annotate", "/api/annotate/*");
        return registration;
    }
}
