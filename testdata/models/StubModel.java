/*
 * Test stub for the model transports (not an example to copy: see LogisticModel.java). Speaks the
 * envelope framing, or lines framing with --lines; answers each CSV row with its first cell, and
 * misbehaves on request:
 *
 *   java StubModel.java ok
 *   java StubModel.java exit-after N      answers N requests, then writes to stderr and exits 3
 *   java StubModel.java silent N          answers N requests, then never again (ignores end of input)
 *   java StubModel.java garbage           answers every request with a line that is not JSON
 *   java StubModel.java endless           answers the first request with a line that never ends
 *   java StubModel.java wrong-rows        answers one row fewer than requested
 *   java StubModel.java slow-start S      sleeps S seconds before the first answer
 *   java StubModel.java error-multi       {"error":...} for requests of more than one record
 *   java StubModel.java error-on X        {"error":...} for requests containing a row starting X
 *   java StubModel.java env               answers with CLARIFY_CONTENT_TYPE|CLARIFY_CUSTOM_ATTRIBUTES
 *   java StubModel.java banner TEXT       prints the line TEXT before reading anything (then as ok)
 *   java StubModel.java linger S          as ok, but stays S seconds after its input ends
 *
 * With the environment variable STUB_PID_FILE set, the stub writes its process id to that file when
 * the first request arrives (so a test knows a model call is in progress and which process to check).
 * With STUB_EOF_FILE set, it creates that file when its input ends (the tool is stopping it).
 */
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class StubModel {

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "ok";
    boolean lines = List.of(args).contains("--lines");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int answered = 0;
    if (mode.equals("banner")) {
      System.out.println(args[1]);
      System.out.flush();
    }
    String line;
    while ((line = in.readLine()) != null) {
      String pidFile = System.getenv("STUB_PID_FILE");
      if (pidFile != null && answered == 0) {
        java.nio.file.Path tmp = java.nio.file.Path.of(pidFile + ".tmp");
        java.nio.file.Files.writeString(tmp, Long.toString(ProcessHandle.current().pid()));
        java.nio.file.Files.move(
            tmp, java.nio.file.Path.of(pidFile), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      if (mode.equals("silent") && answered == Integer.parseInt(args[1])) {
        Thread.sleep(Long.MAX_VALUE);
      }
      if (mode.equals("slow-start") && answered == 0) {
        Thread.sleep((long) (Double.parseDouble(args[1]) * 1000));
      }
      if (mode.equals("exit-after") && answered == Integer.parseInt(args[1])) {
        System.err.println("stub: giving up after " + answered + " requests");
        System.exit(3);
      }
      answered++;
      if (lines) {
        System.out.println(line.split(",", -1)[0]);
        System.out.flush();
        continue;
      }
      long id = Long.parseLong(line.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
      String body = unescape(line.substring(line.indexOf("\"body\":\"") + 8, line.lastIndexOf('"')));
      List<String> rows = List.of(body.split("\n", -1));
      String error = null;
      if (mode.equals("error-multi") && rows.size() > 1) {
        error = "batch too large";
      }
      if (mode.equals("error-on") && rows.stream().anyMatch(r -> r.startsWith(args[1]))) {
        error = "cannot score " + args[1];
      }
      if (mode.equals("endless")) {
        byte[] x = "x".repeat(4096).getBytes(StandardCharsets.UTF_8);
        while (true) {
          System.out.write(x, 0, x.length); // blocks once the pipe is full and nobody reads
        }
      }
      if (mode.equals("garbage")) {
        System.out.println("<html>oops</html>");
      } else if (error != null) {
        System.out.println("{\"id\":" + id + ",\"error\":\"" + error + "\"}");
      } else {
        List<String> out = new ArrayList<>();
        for (String r : rows) {
          out.add(mode.equals("env")
              ? System.getenv("CLARIFY_CONTENT_TYPE") + "|" + System.getenv("CLARIFY_CUSTOM_ATTRIBUTES")
              : r.split(",", -1)[0]);
        }
        if (mode.equals("wrong-rows")) {
          out.remove(out.size() - 1);
        }
        String text = String.join("\\n", out).replace("\"", "\\\"");
        System.out.println("{\"id\":" + id + ",\"body\":\"" + text + "\"}");
      }
      System.out.flush();
    }
    String eofFile = System.getenv("STUB_EOF_FILE");
    if (eofFile != null) {
      java.nio.file.Files.writeString(java.nio.file.Path.of(eofFile), "eof");
    }
    if (mode.equals("linger")) {
      Thread.sleep((long) (Double.parseDouble(args[1]) * 1000));
    }
  }

  static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
  }
}
