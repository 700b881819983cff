package docpipe.ingest.inbox;

import docpipe.ingest.intake.BrokerUnavailableException;
import com.mongodb.MongoException;
import docpipe.ingest.intake.DocumentIntake;
import docpipe.ingest.intake.IntakeBusyException;
import docpipe.ingest.intake.Receipt;
import docpipe.ingest.intake.RejectedFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingests the files dropped into the inbox folder the same way as uploads, then moves each aside:
 * to {@code done/}, or to {@code rejected/} with the reason in a text file beside it. Symbolic links
 * and anything that is not a regular file directly inside the folder are refused.
 */
@Component
@ConditionalOnProperty(prefix = "docpipe.inbox", name = "folder")
class InboxWatcher {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final InboxFolder inbox;
    private final DocumentIntake intake;
    private final InboxProperties properties;
    private final Clock clock;

    InboxWatcher(InboxProperties properties, DocumentIntake intake, Clock clock) throws IOException {
        this.inbox = InboxFolder.open(properties.folder());
        this.intake = intake;
        this.properties = properties;
        this.clock = clock;
        log.info("Watching inbox {}", inbox.root());
    }

    @Scheduled(fixedDelayString = "${docpipe.inbox.poll:PT2S}", initialDelayString = "PT1S")
    void scan() {
        for (Path file : settledFiles()) {
            take(file);
        }
    }

    private List<Path> settledFiles() {
        Instant settledBefore = clock.instant().minus(properties.settle());
        try (Stream<Path> entries = Files.list(inbox.root())) {
            return entries.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> lastModified(p).isBefore(settledBefore))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Cannot list inbox {}: {}", inbox.root(), e.getMessage());
            return List.of();
        }
    }

    private void take(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                inbox.reject(file, "Not a regular file (symbolic links and special files are refused).");
                return;
            }
            Receipt receipt = intake.accept(() -> Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), name,
                    Files.size(file));
            inbox.done(file);
            log.info("Inbox file '{}' ingested as {}{}", name, receipt.id(), receipt.duplicate() ? " (duplicate)" : "");
        } catch (RejectedFileException e) {
            log.info("Inbox file '{}' rejected: {}", name, e.getMessage());
            inbox.reject(file, e.getMessage());
        } catch (BrokerUnavailableException e) {
            // The bytes are stored and the reconciler announces them later: the file is done here.
            inbox.done(file);
        } catch (IOException | UncheckedIOException | IntakeBusyException | MongoException e) {
            log.warn("Inbox file '{}' not taken this time; will retry: {}", name, e.getMessage());
        }
    }

    private static Instant lastModified(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .lastModifiedTime().toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
