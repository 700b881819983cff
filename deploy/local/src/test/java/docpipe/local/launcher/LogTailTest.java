package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path temp;

    @Test
    void returnsTheLastLinesInOrder() throws Exception {
        Path log = Files.writeString(temp.resolve("x.log"),
                IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void canLeaveOutStackFramesSoThatTheCausesShow() throws Exception {
        Path log = Files.writeString(temp.resolve("x.log"), String.join("\n",
                "APPLICATION FAILED TO START",
                "java.lang.IllegalStateException: boom",
                "\tat a.B.c(B.java:1)",
                "\tat a.B.d(B.java:2)",
                "Caused by: java.net.ConnectException: refused",
                "\t... 27 common frames omitted"));

        assertThat(LogTail.lastLinesWithoutStackFrames(log, 3)).containsExactly(
                "APPLICATION FAILED TO START", "java.lang.IllegalStateException: boom",
                "Caused by: java.net.ConnectException: refused");
    }

    @Test
    void saysSoWhenThereIsNoLog() {
        assertThat(LogTail.lastLines(temp.resolve("none.log"), 5)).singleElement().asString().contains("no log");
    }
}
