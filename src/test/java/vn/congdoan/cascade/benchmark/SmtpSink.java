package vn.congdoan.cascade.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's mail server: an SMTP server on the loopback interface that accepts every message, counts it
 * and keeps nothing else — as a local mail server that queues a message and answers at once would. The
 * benchmark measured first with GreenMail, whose mailbox store finds a recipient's mailbox by a linear search over
 * every mailbox (and creates one per new recipient the same way): with 10,000 units' officers as recipients that was
 * 41 % of the JVM's CPU samples while the reminders went out, quadratic in the number of units, and the application
 * was measured waiting for the test's mail server (docs/benchmarks.md, issue 17). GreenMail stays the tests' server.
 * Speaks what Jakarta Mail sends: EHLO/HELO, MAIL, RCPT, DATA (dot-stuffed, up to a line with a single dot), RSET,
 * NOOP, QUIT.
 */
final class SmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "smtp-sink");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger messages = new AtomicInteger();

  SmtpSink() throws IOException {
    server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "smtp-sink-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Messages accepted (a message to several recipients counts once). */
  int messages() {
    return messages.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.execute(() -> converse(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void converse(Socket socket) {
    try (socket; InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
        OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream())) {
      reply(out, "220 smtp-sink ESMTP");
      for (String line; (line = readLine(in)) != null; ) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
        switch (command) {
          case "EHLO" -> reply(out, "250-smtp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
          case "HELO", "NOOP", "MAIL", "RCPT", "RSET" -> reply(out, "250 OK");
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            for (String data; (data = readLine(in)) != null && !data.equals("."); ) {
              // the content is not kept
            }
            messages.incrementAndGet();
            reply(out, "250 OK queued");
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (SocketException e) {
      // the client closed the connection
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** A line without its CRLF (or LF), or null at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      line.write(b);
    }
    return line.size() > 0 ? line.toString(StandardCharsets.UTF_8) : null;
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
