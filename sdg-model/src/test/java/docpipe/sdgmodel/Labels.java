package docpipe.sdgmodel;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find {@code shared/labels/sdg}: beside the repository, as on CI and in every worktree. */
final class Labels {

    private Labels() {
    }

    static SdgData data() {
        return new SdgData(folder());
    }

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/labels/sdg");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/labels/sdg not found beside the repository");
    }

    static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
