package docpipe.local;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The store is up when it answers {@code {ping: 1}} over the MongoDB wire protocol (one OP_MSG), which needs no driver.
 */
record StoreHealth(String host, int port) implements HealthCheck {

    private static final int OP_MSG = 2013;

    @Override
    public boolean healthy() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(pingMessage());
            out.flush();
            return answeredOk(readReply(socket.getInputStream()));
        }
        catch (IOException e) {
            return false;
        }
    }

    @Override
    public String target() {
        return "mongodb://" + host + ":" + port;
    }

    static byte[] pingMessage() {
        byte[] body = pingCommand();
        ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(message.capacity()).putInt(1).putInt(0).putInt(OP_MSG);
        message.putInt(0); // flag bits
        message.put((byte) 0); // section kind 0: the command document
        message.put(body);
        return message.array();
    }

    /** BSON for {@code {ping: 1, $db: "admin"}}. */
    private static byte[] pingCommand() {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        elements.write(0x10); // int32
        elements.writeBytes(cString("ping"));
        elements.writeBytes(littleEndian(1));
        elements.write(0x02); // string
        elements.writeBytes(cString("$db"));
        byte[] admin = cString("admin");
        elements.writeBytes(littleEndian(admin.length));
        elements.writeBytes(admin);
        elements.write(0x00);
        byte[] content = elements.toByteArray();
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(littleEndian(content.length + 4));
        document.writeBytes(content);
        return document.toByteArray();
    }

    private static byte[] readReply(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] lengthBytes = data.readNBytes(4);
        int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (length < 16 || length > 1 << 20) {
            throw new IOException("unexpected reply length " + length);
        }
        return data.readNBytes(length - 4);
    }

    /** The reply's document holds {@code ok: 1.0} (a BSON double). */
    static boolean answeredOk(byte[] reply) {
        byte[] key = { 0x01, 'o', 'k', 0x00 };
        for (int i = 0; i + key.length + 8 <= reply.length; i++) {
            if (reply[i] == key[0] && reply[i + 1] == key[1] && reply[i + 2] == key[2] && reply[i + 3] == key[3]) {
                return ByteBuffer.wrap(reply, i + key.length, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble() == 1.0;
            }
        }
        return false;
    }

    private static byte[] cString(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        byte[] terminated = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, terminated, 0, bytes.length);
        return terminated;
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
}
