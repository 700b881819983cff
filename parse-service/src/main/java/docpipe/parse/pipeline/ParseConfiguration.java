package docpipe.parse.pipeline;

import docpipe.parse.extract.DocumentReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ParseConfiguration {

    @Bean
    DocumentReader documentReader() {
        return new DocumentReader();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
