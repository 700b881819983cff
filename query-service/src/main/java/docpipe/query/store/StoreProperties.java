package docpipe.query.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The MongoDB side of the read model.
 *
 * @param createIndexes whether to create the indexes at start-up (idempotent; turn off where a DBA owns them)
 */
@ConfigurationProperties("docpipe.query.store")
public record StoreProperties(boolean createIndexes) {
}
