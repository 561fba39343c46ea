package org.expertportal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A real SMTP server (GreenMail) on one fixed port per test run, which tests stop and start to
 * play an outage; or, in its place, a socket that accepts connections and never answers.
 */
final class TestSmtp {

    static final int PORT = freePort();
    private static final long STARTUP_TIMEOUT_MS = 30_000;
    private static GreenMail server;
    private static ServerSocket stalling;
    private static final List<Socket> held = new CopyOnWriteArrayList<>();

    private TestSmtp() {}

    static synchronized void start() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT_MS * 1_000_000;
        while (server == null) {
            // GreenMail waits 2 s for its thread by default: too short on a loaded CI machine.
            var setup = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
            var starting = new GreenMail(setup);
            try {
                starting.start();
                server = starting;
            } catch (IllegalStateException portStillHeld) {
                // The stalled server's last connection may hold the port until the client's
                // timeout closes it: try again until it is free, within the startup timeout.
                starting.stop();
                if (System.nanoTime() > deadline) {
                    throw portStillHeld;
                }
                LockSupport.parkNanos(100_000_000);
            }
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A server that accepts the connection and then says nothing, as a hung mail server does. */
    static synchronized void stall() {
        stop();
        try {
            stalling = new ServerSocket();
            stalling.setReuseAddress(true);
            stalling.bind(new InetSocketAddress("127.0.0.1", PORT), 200);
            Thread.ofVirtual().start(() -> {
                while (!stalling.isClosed()) {
                    try {
                        held.add(stalling.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void stopStalling() {
        try {
            if (stalling != null) {
                stalling.close();
                stalling = null;
            }
            for (Socket connection : held) {
                connection.close();
            }
            held.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the running server received for one address (none while it is stopped). */
    static synchronized List<MimeMessage> receivedBy(String email) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, email)).toList();
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text part of a mail, decoded: the plain text first, then the HTML. */
    static List<String> textParts(Part part) {
        try {
            List<String> texts = new ArrayList<>();
            if (part.isMimeType("text/*")) {
                texts.add((String) part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    texts.addAll(textParts(body));
                }
            }
            return texts;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
