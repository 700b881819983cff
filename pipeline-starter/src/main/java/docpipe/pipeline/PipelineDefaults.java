package docpipe.pipeline;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts {@code docpipe-pipeline-defaults.yml} among the application's default properties, under any default
 * the application itself set, so the settings all services share (broker, serialisation, health, metrics,
 * logging) are written once and each service's own file only says what is its own. Being defaults, they
 * give way to everything else: the service's file, environment variables, arguments.
 */
class PipelineDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "docpipe-pipeline-defaults.yml";
    private static final String DEFAULT_PROPERTIES = "defaultProperties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> merged = new LinkedHashMap<>(shared());
        var sources = environment.getPropertySources();
        PropertySource<?> existing = sources.get(DEFAULT_PROPERTIES);
        if (existing instanceof EnumerablePropertySource<?> own) {
            for (String name : own.getPropertyNames()) {
                merged.put(name, own.getProperty(name));
            }
            sources.replace(DEFAULT_PROPERTIES, new MapPropertySource(DEFAULT_PROPERTIES, merged));
        } else {
            sources.addLast(new MapPropertySource(DEFAULT_PROPERTIES, merged));
        }
    }

    private static Map<String, Object> shared() {
        Map<String, Object> properties = new LinkedHashMap<>();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))) {
                if (source instanceof EnumerablePropertySource<?> yaml) {
                    for (String name : yaml.getPropertyNames()) {
                        properties.put(name, yaml.getProperty(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return properties;
    }
}
