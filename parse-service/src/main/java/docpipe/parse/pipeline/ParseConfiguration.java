package docpipe.parse.pipeline;

import docpipe.parse.extract.DocumentReader;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ParseConfiguration {

    /**
     * The bounds of one extraction, so a hostile or broken file fails with a reason instead of a hang or
     * an out-of-memory.
     *
     * @param maxFileSize   the largest file read
     * @param maxCharacters the most characters extracted (Tika's write limit)
     * @param timeout       the longest one extraction may take
     * @param workers       extractions that may run at once
     */
    @ConfigurationProperties("docpipe.parse")
    record ParseProperties(DataSize maxFileSize, int maxCharacters, Duration timeout, int workers) {
    }

    @Bean
    DocumentReader documentReader(ParseProperties properties) {
        return new DocumentReader(new DocumentReader.Limits(properties.maxFileSize().toBytes(),
                properties.maxCharacters(), properties.timeout(), properties.workers()));
    }
}
