import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The model of spec §9.3, served over the envelope protocol (spec §8.5): CSV records
 * {@code x,z,a,b,c,d} (b as True/False) in, one score {@code σ(0.5·x − c + 0.25·z)} per line out.
 * Run as {@code java ToyModel.java}; needs only a JDK.
 */
public class ToyModel {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String line; (line = in.readLine()) != null; ) {
      String id = line.replaceAll(".*\"id\":(\\d+).*", "$1");
      String body = unescape(field(line, "body"));
      StringBuilder scores = new StringBuilder();
      for (String rec : body.split("\n")) {
        String[] c = rec.split(",", -1);
        double x = Double.parseDouble(c[0]);
        double z = Double.parseDouble(c[1]);
        double cc = Double.parseDouble(c[4]);
        double s = 1.0 / (1.0 + Math.exp(-(0.5 * x - cc + 0.25 * z)));
        if (scores.length() > 0) {
          scores.append("\\n");
        }
        scores.append(s);
      }
      out.print("{\"id\":" + id + ",\"body\":\"" + scores + "\"}\n");
      out.flush();
    }
  }

  static String field(String json, String name) {
    int k = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
    StringBuilder sb = new StringBuilder();
    for (int i = k; i < json.length(); i++) {
      char ch = json.charAt(i);
      if (ch == '\\') {
        sb.append(ch).append(json.charAt(++i));
      } else if (ch == '"') {
        break;
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch != '\\') {
        sb.append(ch);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }
}
