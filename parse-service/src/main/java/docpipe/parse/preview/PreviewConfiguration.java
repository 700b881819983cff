package docpipe.parse.preview;

import docpipe.parse.extract.DocumentReader;
import docpipe.pipeline.preview.PreviewAccessFilter;
import docpipe.pipeline.preview.PreviewProperties;
import docpipe.pipeline.preview.PreviewWorkers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The preview's own reader (its own extraction threads, not the pipeline's), its bounded workers, and the token
 * check in front of {@code /api/parse}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PreviewProperties.class)
class PreviewConfiguration {

    @Bean
    PreviewWorkers previewWorkers(PreviewProperties properties) {
        return new PreviewWorkers(properties);
    }

    @Bean
    PreviewReader previewReader(PreviewWorkers workers, PreviewProperties properties) {
        DocumentReader.Limits defaults = DocumentReader.Limits.defaults();
        return new PreviewReader(new DocumentReader(new DocumentReader.Limits(defaults.maxBytes(), defaults.maxChars(),
                properties.timeout(), properties.workers())), workers);
    }

    @Bean
    FilterRegistrationBean<PreviewAccessFilter> previewAccess(PreviewProperties properties) {
        var registration = new FilterRegistrationBean<>(new PreviewAccessFilter(properties));
        registration.addUrlPatterns("/api/parse", "/api/parse/*");
        return registration;
    }
}
