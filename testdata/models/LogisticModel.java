/*
 * Example model for `fairness` (spec §8.5): logistic regression served over the subprocess
 * protocol. Copy it and replace score() with your model.
 *
 *   java LogisticModel.java adult_logistic.json                  # envelope framing (default)
 *   java LogisticModel.java adult_logistic.json --framing lines  # one CSV row in, one score out
 *
 * Requests are CSV rows of numbers (content type text/csv); the answer has one score per row,
 * score = 1 / (1 + exp(-(sum_j weights[j] * x[j] + bias))). No dependencies: the small model file
 * is parsed by hand. In envelope framing a row that cannot be scored makes the whole request
 * answer {"id":n,"error":"..."} (the tool then retries record by record); in lines framing the
 * program reports it on stderr and exits with code 2.
 */
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class LogisticModel {

  private final double[] weights;
  private final double bias;

  LogisticModel(double[] weights, double bias) {
    this.weights = weights;
    this.bias = bias;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java LogisticModel.java model.json [--framing envelope|lines]");
      System.exit(2);
    }
    String framing = args.length >= 3 && args[1].equals("--framing") ? args[2] : "envelope";
    String ct = System.getenv().getOrDefault("CLARIFY_CONTENT_TYPE", "text/csv");
    String at = System.getenv().getOrDefault("CLARIFY_ACCEPT_TYPE", "text/csv");
    if (!ct.equals("text/csv") || !at.equals("text/csv")) {
      System.err.println("LogisticModel speaks text/csv only, not " + ct + " -> " + at);
      System.exit(2);
    }
    LogisticModel model = load(Path.of(args[0]));
    Io io = new Io(System.in, System.out);
    if (framing.equals("lines")) {
      model.serveLines(io);
    } else {
      model.serveEnvelope(io);
    }
    io.flush();
  }

  /** Returns the score of one row. */
  double score(double[] x) {
    double z = bias;
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * x[j];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  void serveLines(Io io) throws IOException {
    double[] x = new double[weights.length];
    Bytes line = new Bytes();
    for (long n = 1; io.readLine(line); n++) {
      String problem = parseRow(line.b, 0, line.n, x);
      if (problem != null) {
        System.err.println("line " + n + ": " + problem);
        io.flush();
        System.exit(2);
      }
      io.out.append(Double.toString(score(x)));
      io.out.append('\n');
    }
  }

  void serveEnvelope(Io io) throws IOException {
    double[] x = new double[weights.length];
    Bytes line = new Bytes();
    Bytes body = new Bytes();
    while (io.readLine(line)) {
      if (line.n == 0) {
        continue;
      }
      long id = field(line, "\"id\":");
      int start = indexOf(line, "\"body\":\"");
      if (id < 0 || start < 0) {
        System.err.println("not a request line");
        System.exit(2);
      }
      unescape(line, start + 8, body);
      int mark = io.out.length();
      io.out.append("{\"id\":").append(id).append(",\"body\":\"");
      String problem = null;
      int rowStart = 0;
      for (int row = 1; (rowStart < body.n || row == 1) && problem == null; row++) {
        int end = rowStart;
        while (end < body.n && body.b[end] != '\n') {
          end++;
        }
        problem = parseRow(body.b, rowStart, end, x);
        if (problem != null) {
          problem = "record " + row + ": " + problem;
          break;
        }
        if (row > 1) {
          io.out.append("\\n");
        }
        io.out.append(Double.toString(score(x)));
        rowStart = end + 1;
      }
      if (problem != null) {
        io.out.setLength(mark);
        io.out.append("{\"id\":").append(id).append(",\"error\":\"")
            .append(problem.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}\n");
      } else {
        io.out.append("\"}\n");
      }
    }
  }

  /** Parses one CSV row of numbers into x; returns a problem description or null. */
  String parseRow(byte[] b, int from, int to, double[] x) {
    if (to > from && b[to - 1] == '\r') {
      to--;
    }
    int j = 0;
    int p = from;
    while (true) {
      if (j == x.length) {
        return "more than " + x.length + " values";
      }
      int end = p;
      while (end < to && b[end] != ',') {
        end++;
      }
      double v = parseNumber(b, p, end);
      if (Double.isNaN(v)) {
        return "value " + (j + 1) + " is not a number: " + new String(b, p, end - p, StandardCharsets.UTF_8);
      }
      x[j++] = v;
      if (end >= to) {
        break;
      }
      p = end + 1;
    }
    return j == x.length ? null : "has " + j + " values, expected " + x.length;
  }

  static double parseNumber(byte[] b, int from, int to) {
    while (from < to && b[from] == ' ') {
      from++;
    }
    while (to > from && b[to - 1] == ' ') {
      to--;
    }
    int i = from;
    boolean negative = i < to && b[i] == '-';
    if (negative || (i < to && b[i] == '+')) {
      i++;
    }
    long v = 0;
    int digits = 0;
    while (i < to && b[i] >= '0' && b[i] <= '9' && digits < 18) {
      v = v * 10 + (b[i++] - '0');
      digits++;
    }
    if (i == to && digits > 0) {
      return negative ? -v : v;
    }
    try {
      return to > from ? Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII)) : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Copies the JSON string starting at {@code from} (after its opening quote), unescaped. */
  static void unescape(Bytes line, int from, Bytes out) {
    out.n = 0;
    out.ensure(line.n);
    byte[] b = line.b;
    for (int i = from; i < line.n; i++) {
      byte c = b[i];
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        byte e = b[++i];
        switch (e) {
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          case 'u' -> {
            c = (byte) Integer.parseInt(new String(b, i + 1, 4, StandardCharsets.US_ASCII), 16);
            i += 4;
          }
          default -> c = e;
        }
      }
      out.b[out.n++] = c;
    }
  }

  static long field(Bytes line, String key) {
    int at = indexOf(line, key);
    if (at < 0) {
      return -1;
    }
    long v = 0;
    for (int i = at + key.length(); i < line.n && line.b[i] >= '0' && line.b[i] <= '9'; i++) {
      v = v * 10 + (line.b[i] - '0');
    }
    return v;
  }

  static int indexOf(Bytes line, String key) {
    byte[] k = key.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + k.length <= line.n; i++) {
      for (int j = 0; j < k.length; j++) {
        if (line.b[i + j] != k[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Reads "weights": [...] and "bias": x from the model file. */
  static LogisticModel load(Path file) throws IOException {
    String json = Files.readString(file);
    int w = json.indexOf("\"weights\"");
    int open = json.indexOf('[', w);
    int close = json.indexOf(']', open);
    List<Double> list = new ArrayList<>();
    for (String part : json.substring(open + 1, close).split(",")) {
      list.add(Double.parseDouble(part.trim()));
    }
    int bAt = json.indexOf("\"bias\"");
    int colon = json.indexOf(':', bAt);
    int end = colon + 1;
    while (end < json.length() && ",}\n".indexOf(json.charAt(end)) < 0) {
      end++;
    }
    double[] weights = list.stream().mapToDouble(Double::doubleValue).toArray();
    return new LogisticModel(weights, Double.parseDouble(json.substring(colon + 1, end).trim()));
  }

  /** A growable byte array. */
  static final class Bytes {
    byte[] b = new byte[1 << 16];
    int n;

    void ensure(int size) {
      if (b.length < size) {
        b = java.util.Arrays.copyOf(b, Math.max(size, b.length * 2));
      }
    }
  }

  /** Buffered stdin lines and stdout text; output is flushed whenever input would block. */
  static final class Io {
    private final InputStream in;
    private final OutputStream os;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    final StringBuilder out = new StringBuilder(1 << 16);

    Io(InputStream in, OutputStream os) {
      this.in = in;
      this.os = os;
    }

    boolean readLine(Bytes line) throws IOException {
      line.n = 0;
      boolean any = false;
      while (true) {
        if (pos == end) {
          if (in.available() == 0 || out.length() > (1 << 20)) {
            flush();
          }
          end = in.read(buf, 0, buf.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            return any;
          }
        }
        any = true;
        int start = pos;
        while (pos < end && buf[pos] != '\n') {
          pos++;
        }
        int len = pos - start;
        line.ensure(line.n + len);
        System.arraycopy(buf, start, line.b, line.n, len);
        line.n += len;
        if (pos < end) {
          pos++;
          return true;
        }
      }
    }

    void flush() throws IOException {
      if (out.length() > 0) {
        os.write(out.toString().getBytes(StandardCharsets.UTF_8));
        out.setLength(0);
      }
      os.flush();
    }
  }
}
