package dev.fairness.data;

import dev.fairness.FairnessException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Lists and opens dataset files (spec §2.2 {@code dataset_uri}, §3.1): a file or every regular file
 * below a directory, sorted by relative path compared byte-wise, hidden ({@code .}-prefixed) files
 * and directories skipped; {@code .gz} files gunzipped; strict UTF-8 with a leading BOM dropped.
 */
public final class DatasetFiles {

  private DatasetFiles() {}

  /**
   * Returns the files of a dataset location; throws {@link DataException} naming {@code key} when
   * it does not exist.
   */
  static List<Path> list(Path location, String key) {
    if (Files.isRegularFile(location)) {
      return List.of(location);
    }
    if (Files.exists(location) && !Files.isDirectory(location)) {
      throw new DataException(
          key
              + ": "
              + location
              + " is not a regular file (a device, a FIFO or a pipe such as <(…) cannot be read"
              + " twice); write the data to a file and give that");
    }
    if (!Files.isDirectory(location)) {
      throw new DataException(
          key + ": " + location + " does not exist; give an existing file or directory");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(location)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(location.relativize(p)))
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      throw new DataException(
          key
              + ": cannot list "
              + location
              + ": "
              + FairnessException.ioReason(
                  e instanceof UncheckedIOException u ? u.getCause() : (IOException) e),
          e);
    }
    files.sort((a, b) -> compareBytes(relative(location, a), relative(location, b)));
    return files;
  }

  /** Opens a file as strict UTF-8 text, gunzipping {@code .gz} files and dropping a BOM. */
  public static Reader openText(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(openBytes(file), 1 << 16);
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (!(head.length == 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, dec);
  }

  /** Commons CSV's message for a quote that is never closed. */
  private static final Pattern UNCLOSED_QUOTE =
      Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

  /**
   * Returns the data error for an I/O failure while reading a file: {@code Dataset <file> is not
   * valid UTF-8 (line <n>)} for bad bytes (the line found by re-scanning the bytes), else a read
   * error.
   */
  public static DataException readError(Path file, Throwable e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof CharacterCodingException) {
      if (utf16(file)) {
        return new DataException(
            "Dataset "
                + file
                + " is UTF-16, not UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8 <file> > <new"
                + " file>",
            t);
      }
      return new DataException(
          "Dataset " + file + " is not valid UTF-8 (line " + invalidUtf8Line(file) + ")", t);
    }
    String reason =
        t instanceof IOException io ? FairnessException.ioReason(io) : "input/output error";
    Matcher quote = UNCLOSED_QUOTE.matcher(reason);
    if (quote.find()) { // Commons CSV's wording
      return new DataException(
          file
              + ":"
              + quote.group(1)
              + ": a quoted field is not closed before the end of the file; close or remove the"
              + " quote",
          t);
    }
    return new DataException(file + ": cannot be read (" + reason + ")", t);
  }

  /**
   * Returns true when the file starts with a UTF-16 byte order mark or has a NUL in its first 2.
   */
  private static boolean utf16(Path file) {
    try (InputStream in = openBytes(file)) {
      byte[] h = in.readNBytes(2);
      return h.length == 2
          && (((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE)
              || ((h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF)
              || h[0] == 0
              || h[1] == 0);
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens a file as raw bytes, gunzipping {@code .gz} files; a BOM is kept. */
  public static InputStream openBytes(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (gzipped(file)) {
      return new GZIPInputStream(in, 1 << 16);
    }
    return in;
  }

  /** Returns how many bytes {@link #openBytes} will give, or -1 for a gunzipped file (unknown). */
  public static long plainSize(Path file) throws IOException {
    return gzipped(file) ? -1 : Files.size(file);
  }

  private static boolean gzipped(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }

  /** Returns the 1-based line of the first invalid UTF-8 byte, or -1 when the file is valid. */
  static long invalidUtf8Line(Path file) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream s = openBytes(file)) {
      boolean eof = false;
      while (true) {
        if (!eof && in.hasRemaining()) {
          int n = s.read(in.array(), in.position(), in.remaining());
          if (n < 0) {
            eof = true;
          } else {
            in.position(in.position() + n);
          }
        }
        in.flip();
        int start = in.position();
        CoderResult r = dec.decode(in, out, eof);
        for (int i = start; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
          }
        }
        if (r.isError()) {
          return line;
        }
        out.clear();
        in.compact();
        if (eof && in.position() == 0) {
          return -1;
        }
      }
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] relative(Path root, Path file) {
    StringBuilder sb = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int compareBytes(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }
}
