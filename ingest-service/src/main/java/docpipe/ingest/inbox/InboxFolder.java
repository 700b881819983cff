package docpipe.ingest.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The inbox folder and its two side folders, {@code done/} and {@code rejected/}. */
final class InboxFolder {

    private final Path root;
    private final Path done;
    private final Path rejected;

    private InboxFolder(Path root) {
        this.root = root;
        this.done = root.resolve("done");
        this.rejected = root.resolve("rejected");
    }

    static InboxFolder open(Path folder) throws IOException {
        Path root = Files.createDirectories(folder).toRealPath();
        InboxFolder inbox = new InboxFolder(root);
        Files.createDirectories(inbox.done);
        Files.createDirectories(inbox.rejected);
        return inbox;
    }

    Path root() {
        return root;
    }

    void done(Path file) {
        moveAside(file, done);
    }

    void reject(Path file, String reason) {
        Path target = moveAside(file, rejected);
        try {
            Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path moveAside(Path file, Path folder) {
        Path target = folder.resolve(file.getFileName());
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(n + "-" + file.getFileName());
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
