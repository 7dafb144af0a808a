package dev.fairness.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * A reader in front of the parser of an {@code application/json} dataset whose keys cannot be
 * streamed ({@link JsonDocumentStream}), which is then held in memory whole (about 30 bytes of heap
 * per byte of JSON): it fails with a {@link DataException} once the document passes the limit,
 * before the heap runs out. The limit is a fortieth of the maximum heap (25 MiB with the launcher's
 * {@code -Xmx1g}): more heap raises it.
 */
final class DocumentLimit extends FilterReader {

  private final Path file;
  private final long limit;
  private long seen;

  DocumentLimit(Reader in, Path file) {
    super(in);
    this.file = file;
    this.limit = Runtime.getRuntime().maxMemory() / 40;
  }

  @Override
  public int read() throws IOException {
    int c = in.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    seen += n;
    if (seen > limit) {
      throw new DataException(
          file
              + ": the JSON document is longer than "
              + limit
              + " bytes, and with these features/label expressions an application/json dataset"
              + " is held in memory whole (about 30 times its size); write them as field paths"
              + " (X, data.y) or projections of the top-level array ([*].features), which are"
              + " streamed, convert it to JSON Lines (application/jsonlines, read record by"
              + " record), or give the JVM more heap (FAIRNESS_JAVA_OPTS=-Xmx…)");
    }
  }
}
