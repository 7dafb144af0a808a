package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of a model's output: line ends, reads that split them, and the length limit. */
class LineReaderTest {

  /** Returns the lines of {@code text}, read {@code chunk} bytes at a time. */
  private static List<String> lines(String text, int chunk, long limit) throws IOException {
    LineReader r = new LineReader(chunked(text, chunk), limit);
    List<String> out = new ArrayList<>();
    PayloadBuffer line = new PayloadBuffer(4);
    while (r.readLine(line)) {
      out.add(line.toString());
      line.truncate(0);
    }
    return out;
  }

  private static InputStream chunked(String text, int chunk) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void dropsLineEndsWhereverTheReadsSplitThem() throws IOException {
    String text = "abcde\r\nx\n\r\nlast";
    for (int chunk = 1; chunk <= text.length(); chunk++) {
      assertEquals(List.of("abcde", "x", "", "last"), lines(text, chunk, 5), "chunk " + chunk);
    }
  }

  @Test
  void refusesALineLongerThanTheLimit() {
    for (int chunk : new int[] {1, 3, 100}) {
      LineReader.TooLong e =
          assertThrows(LineReader.TooLong.class, () -> lines("ok\nabcdef\r\n", chunk, 5));
      assertEquals("line longer than 5 bytes", e.getMessage());
      assertThrows(LineReader.TooLong.class, () -> lines("abcdefgh", chunk, 5)); // never ends
    }
  }
}
