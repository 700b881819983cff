package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path temp;

    @Test
    void readsBackThePidItWrote() {
        PidFile pidFile = new PidFile(temp.resolve("run/broker.pid"));

        pidFile.write(4242);

        assertThat(pidFile.read()).contains(4242L);
    }

    @Test
    void findsALiveProcessWhoseCommandLineCarriesTheMarker() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            PidFile pidFile = new PidFile(temp.resolve("sleeper.pid"));
            pidFile.write(sleeper.pid());

            assertThat(pidFile.liveProcess("sleep 30")).map(ProcessHandle::pid).contains(sleeper.pid());
            assertThat(pidFile.liveProcess("-Ddocpipe.role=broker")).isEmpty();
        }
        finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    @Test
    void ignoresAPidWhoseProcessHasExited() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        PidFile pidFile = new PidFile(temp.resolve("finished.pid"));
        pidFile.write(finished.pid());

        assertThat(pidFile.liveProcess("true")).isEmpty();
    }

    @Test
    void treatsAMissingOrGarbledFileAsNoPid() throws Exception {
        PidFile missing = new PidFile(temp.resolve("missing.pid"));
        Path garbled = Files.writeString(temp.resolve("garbled.pid"), "not a pid");

        assertThat(missing.read()).isEmpty();
        assertThat(new PidFile(garbled).read()).isEmpty();
        missing.delete();
    }
}
