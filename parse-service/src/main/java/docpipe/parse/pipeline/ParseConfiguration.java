package docpipe.parse.pipeline;

import docpipe.parse.extract.DocumentReader;
import docpipe.parse.isolation.ChildProcessExtraction;
import docpipe.parse.isolation.Extraction;
import docpipe.parse.isolation.InProcessExtraction;
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
     * @param isolation     {@code process} (the default): each extraction runs in a child JVM that is killed when
     *                      it outlasts the timeout and whose heap is capped; {@code in-process}: on this JVM's
     *                      threads, where a parser that ignores interrupts keeps its thread (development only)
     * @param childHeap     the {@code -Xmx} of each child JVM
     * @param childReader   empty: the child reads with the service's reader; else the class of an
     *                      {@code ExtractionChild.ChildReader} it runs instead (tests simulate a parse that never ends)
     */
    @ConfigurationProperties("docpipe.parse")
    record ParseProperties(DataSize maxFileSize, int maxCharacters, Duration timeout, int workers, Isolation isolation,
                           String childHeap, String childReader) {

        ParseProperties {
            childReader = childReader == null || childReader.isBlank() ? null : childReader;
            isolation = isolation == null ? Isolation.PROCESS : isolation;
            childHeap = childHeap == null || childHeap.isBlank() ? "512m" : childHeap;
        }
    }

    enum Isolation { PROCESS, IN_PROCESS }

    @Bean
    Extraction extraction(ParseProperties properties) {
        if (properties.isolation() == Isolation.IN_PROCESS) {
            return new InProcessExtraction(new DocumentReader(new DocumentReader.Limits(properties.maxFileSize().toBytes(),
                    properties.maxCharacters(), properties.timeout(), properties.workers())));
        }
        return new ChildProcessExtraction(new ChildProcessExtraction.Options(properties.maxFileSize().toBytes(),
                properties.maxCharacters(), properties.timeout(), properties.workers(), properties.childHeap(),
                Duration.ofSeconds(30), properties.childReader()));
    }
}
