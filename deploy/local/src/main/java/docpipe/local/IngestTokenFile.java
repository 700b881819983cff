package docpipe.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The ingest token of a data directory: made up at random on its first start, kept in {@code <data>/ingest-token}
 * readable by its owner only, and the same on every later start, so scripts and the inbox keep working. A token set
 * in {@code DOCPIPE_INGEST_TOKEN} wins and is not written anywhere.
 */
final class IngestTokenFile {

    static final String FILE_NAME = "ingest-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    IngestTokenFile(DataDirectory data) {
        this.file = data.root().resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** @param fromEnvironment {@code DOCPIPE_INGEST_TOKEN}, blank when unset */
    String tokenOr(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            if (Files.isRegularFile(file)) {
                tightenPermissions();
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            return create();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the ingest token in " + file, e);
        }
    }

    /** 24 random bytes as hex: 192 bits, typeable, safe in a header and a shell. */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String create() throws IOException {
        String token = newToken();
        Files.deleteIfExists(file);
        try {
            // created with owner-only permissions, so there is no moment in which others could read it
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return token;
    }

    /** A file copied or restored with looser permissions is put back to owner-only. */
    private void tightenPermissions() throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: nothing to tighten
        }
    }
}
