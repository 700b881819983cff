package docpipe.parse.isolation;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.parse.extract.UnreadableDocumentException;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The main class of an extraction child: reads one request after the other from stdin and answers each on stdout,
 * until stdin closes. Its heap is capped by the parent's {@code -Xmx}, and the parent kills it when a parse outlasts
 * its time, which is the only way to stop a PDFBox parse that ignores interrupts.
 *
 * <p>Arguments: max bytes, max characters, timeout in milliseconds, and optionally the class of a
 * {@link ChildReader} (tests use it to simulate a parser that never returns).
 */
public final class ExtractionChild {

    /** What the child runs on each request; the default is the service's {@link DocumentReader}. */
    public interface ChildReader {
        ParsedDocument read(byte[] bytes, String fileName, String declaredType) throws Exception;
    }

    private ExtractionChild() {
    }

    public static void main(String[] args) throws Exception {
        // stdout carries the answers: anything else a library prints goes to stderr instead
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        // a child whose service is gone (killed, so it never closed our stdin) must not spin on a parse forever
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));

        ChildReader reader = reader(args);
        JsonMapper json = JsonMapper.builder().build();
        while (true) {
            String fileName;
            String declaredType;
            byte[] bytes;
            try {
                fileName = Wire.readString(requests);
                declaredType = Wire.readString(requests);
                bytes = Wire.readBytes(requests);
            } catch (EOFException parentClosed) {
                return;
            }
            try {
                ParsedDocument parsed = reader.read(bytes, fileName, declaredType.isEmpty() ? null : declaredType);
                answers.writeByte(Wire.PARSED);
                Wire.writeBytes(answers, json.writeValueAsBytes(parsed));
            } catch (UnreadableDocumentException e) {
                answers.writeByte(Wire.UNREADABLE);
                Wire.writeString(answers, e.reason());
                Wire.writeString(answers, e.getMessage());
            } catch (Exception | StackOverflowError e) {
                answers.writeByte(Wire.FAILED);
                Wire.writeString(answers, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            answers.flush();
        }
    }

    private static ChildReader reader(String[] args) throws ReflectiveOperationException {
        if (args.length > 3) {
            return (ChildReader) Class.forName(args[3]).getDeclaredConstructor().newInstance();
        }
        DocumentReader reader = new DocumentReader(new DocumentReader.Limits(Long.parseLong(args[0]),
                Integer.parseInt(args[1]), Duration.ofMillis(Long.parseLong(args[2])), 1));
        return (bytes, fileName, declaredType) -> reader.read(new ByteArrayInputStream(bytes), fileName, declaredType);
    }
}
