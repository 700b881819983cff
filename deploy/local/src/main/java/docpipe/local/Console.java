package docpipe.local;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The launcher's own output: one timestamped line per event, on standard output. */
final class Console {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;

    Console(PrintStream out) {
        this.out = out;
    }

    void info(String message) {
        out.println(LocalTime.now().format(TIME) + " docpipe: " + message);
        out.flush();
    }

    void plain(String line) {
        out.println(line);
        out.flush();
    }
}
