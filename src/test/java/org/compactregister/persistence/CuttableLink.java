package org.compactregister.persistence;

import org.compactregister.model.RegisterLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network link between the app and the test's PostgreSQL server that the test can cut and mend,
 * as a network drop or a server restart would: a TCP relay on a port of localhost. Cutting closes
 * every connection through it and refuses new ones; mending takes them again on the same port.
 */
public final class CuttableLink implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private CuttableLink(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        mend();
    }

    /** A link to {@code server}'s host and port. */
    public static CuttableLink to(RegisterLocation.Server server) throws IOException {
        return new CuttableLink(server.host(), server.port());
    }

    /** {@code database} reached through this link instead of directly. */
    public RegisterLocation.Server through(RegisterLocation.Server database) {
        return new RegisterLocation.Server("localhost", port, database.database(), database.user());
    }

    /** Closes every connection through the link and refuses new ones. */
    public synchronized void cut() throws IOException {
        ServerSocket socket = listening;
        listening = null;
        if (socket != null) {
            socket.close();
        }
        for (Socket connection : open) {
            connection.close();
        }
        open.clear();
    }

    /** Takes connections again, on the same port. */
    public synchronized void mend() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = socket;
        Thread accepting = new Thread(() -> accept(socket), "cuttable-link-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (SocketException closed) {
                // cut, or the other end closed
            } catch (IOException e) {
                // the same
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "cuttable-link-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
