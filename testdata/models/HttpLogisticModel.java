/*
 * Example model for `fairness` (spec §8.6): the logistic regression of LogisticModel.java served
 * over HTTP with the JDK's built-in server. Copy it and replace score() with your model.
 *
 *   java HttpLogisticModel.java adult_logistic.json --port 8080
 *   java HttpLogisticModel.java adult_logistic.json --port 0    # any free port
 *
 * The first line on stdout is the port it listens on (127.0.0.1 only). POST a text/csv body of
 * numeric rows to any path; the answer is text/csv with one score per row. A row that cannot be
 * scored gives 400 with the reason. No dependencies: the small model file is parsed by hand.
 */
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

public class HttpLogisticModel {

  private final double[] weights;
  private final double bias;

  HttpLogisticModel(double[] weights, double bias) {
    this.weights = weights;
    this.bias = bias;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java HttpLogisticModel.java model.json [--port N]");
      System.exit(2);
    }
    int port = args.length >= 3 && args[1].equals("--port") ? Integer.parseInt(args[2]) : 8080;
    HttpLogisticModel model = load(Path.of(args[0]));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.createContext("/", model::handle);
    server.setExecutor(Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors())));
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();
  }

  /** Returns the score of one row. */
  double score(double[] x) {
    double z = bias;
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * x[j];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        send(exchange, 405, "POST a text/csv body");
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      double[] x = new double[weights.length];
      StringBuilder out = new StringBuilder(body.length / 2 + 16);
      int rowStart = 0;
      for (int row = 1; rowStart < body.length || row == 1; row++) {
        int end = rowStart;
        while (end < body.length && body[end] != '\n') {
          end++;
        }
        String problem = parseRow(body, rowStart, end, x);
        if (problem != null) {
          send(exchange, 400, "record " + row + ": " + problem);
          return;
        }
        if (row > 1) {
          out.append('\n');
        }
        out.append(score(x));
        rowStart = end + 1;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/csv");
      send(exchange, 200, out.toString());
    }
  }

  static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, b.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(b);
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

  /** Reads "weights": [...] and "bias": x from the model file. */
  static HttpLogisticModel load(Path file) throws IOException {
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
    return new HttpLogisticModel(weights, Double.parseDouble(json.substring(colon + 1, end).trim()));
  }
}
