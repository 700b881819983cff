package docpipe.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something accepts TCP connections on {@code host:port}. */
record PortProbe(String host, int port) {

    PortProbe(String hostAndPort) {
        this(hostAndPort.substring(0, hostAndPort.lastIndexOf(':')),
                Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1)));
    }

    boolean open() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }
}
