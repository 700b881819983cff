package docpipe.parse.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames between the service and an extraction child over its stdin and stdout. A request: file name, declared
 * type, the bytes. An answer: a status byte, then the parsed document as JSON, or a reason and a message.
 */
final class Wire {

    static final byte PARSED = 0;
    static final byte UNREADABLE = 1;
    static final byte FAILED = 2;

    private Wire() {
    }

    static void writeRequest(DataOutputStream out, String fileName, String declaredType, byte[] bytes) throws IOException {
        writeString(out, fileName == null ? "" : fileName);
        writeString(out, declaredType == null ? "" : declaredType);
        writeBytes(out, bytes);
        out.flush();
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("a frame of negative length");
        }
        return in.readNBytes(length);
    }
}
