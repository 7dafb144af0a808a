package dev.fairness.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket server on 127.0.0.1 that reads one HTTP/1.1 request per connection and answers with
 * whatever bytes a test scripts, at whatever pace: what JDK's HttpServer cannot do (lie about the
 * {@code Content-Length}, drip a body one byte at a time).
 */
final class RawHttpServer implements AutoCloseable {

  /** Writes the answer to one request; {@code body} is the request body. */
  interface Script {
    void answer(String body, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();

  RawHttpServer(Script script) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket s = socket.accept();
                  Thread t = new Thread(() -> serve(s, script), "raw-http");
                  t.setDaemon(true);
                  t.start();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Returns the URL of the server's /invocations path. */
  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/invocations";
  }

  /** Returns how many requests arrived. */
  int requests() {
    return requests.get();
  }

  private void serve(Socket s, Script script) {
    try (s) {
      InputStream in = s.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        head.write(b);
      }
      int length = 0;
      for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).strip());
        }
      }
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      requests.incrementAndGet();
      script.answer(body, s.getOutputStream());
      s.getOutputStream().flush();
    } catch (IOException | InterruptedException e) {
      // the client went away: fine for these tests
    }
  }

  /** Writes {@code text} as ISO-8859-1 bytes and flushes. */
  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
