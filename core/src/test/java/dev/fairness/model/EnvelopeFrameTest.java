package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeFrameTest {

  @Test
  void writesOneEscapedLine() throws Exception {
    EnvelopeFrame frame = new EnvelopeFrame("text/csv", "text/csv", "a=\"b\"", null);
    byte[] body = "1,\"x\\y\"\n2,é\t".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    frame.write(7, new ModelRequest(body, body.length, 2), out);
    assertEquals(
        "{\"id\":7,\"content_type\":\"text/csv\",\"accept\":\"text/csv\",\"records\":2,"
            + "\"custom_attributes\":\"a=\\\"b\\\"\",\"body\":\"1,\\\"x\\\\y\\\"\\n2,é\\u0009\"}\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void parsesBodiesAndErrorsAndRejectsAnythingElse() {
    assertEquals(
        new EnvelopeFrame.Response(3, "0.1\n0.2", null),
        parse("{\"id\":3,\"body\":\"0.1\\n0.2\"}"));
    assertEquals(
        new EnvelopeFrame.Response(4, null, "boom"), parse("{\"id\":4,\"error\":\"boom\"}"));
    assertNull(parse("{\"id\":4}"));
    assertNull(parse("{\"body\":\"x\"}"));
    assertNull(parse("<html>"));
    assertNull(parse("{\"id\":1,\"body\":\"x\"} trailing"));
  }

  private static EnvelopeFrame.Response parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return EnvelopeFrame.parse(b, b.length);
  }
}
