package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonTree} reads and writes what an {@code ObjectMapper} would: the same node types and key
 * order, the same errors at the same places, the same pretty-printed text.
 */
class JsonTreeTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": 1, \"b\": [true, false, null, \"x\\u00e9\"], \"c\": {\"d\": {}}}",
        "{\"i\": 2147483647, \"l\": 2147483648, \"n\": -9223372036854775809, \"f\": 1.5e3}",
        "{\"z\": -0.0, \"e\": [], \"o\": {}, \"big\": 1e999}",
        "[1, [2, [3, {\"x\": [4]}]], 5]",
        "\"text\"",
        "null",
        "",
        "   \n ",
        "{\"a\": 1}\n]",
        "{\"a\": 1,}",
        "{\"a\": NaN}",
        "{\"a\": tru}",
        "[1, 2",
        "{\"a\": \"unterminated"
      })
  void readsAndWritesLikeAnObjectMapper(String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String expected = outcome(() -> MAPPER.readTree(bytes));
    assertEquals(expected, outcome(() -> JsonTree.read(bytes)));
    if (expected.startsWith("tree")) {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
      DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
      printer.indentObjectsWith(indenter);
      printer.indentArraysWith(indenter);
      JsonNode tree = JsonTree.read(bytes);
      assertEquals(
          JsonMapper.builder().build().writer(printer).writeValueAsString(tree),
          JsonTree.write(tree, printer.createInstance()));
    }
  }

  /** Issue 23: a duplicate key is refused (an ObjectMapper keeps the last one silently). */
  @Test
  void duplicateKeysAreRefused() {
    byte[] text = "{\"a\": 1, \"b\": {\"c\": 2, \"c\": 3}}".getBytes(StandardCharsets.UTF_8);
    JacksonException e = assertThrows(JacksonException.class, () -> JsonTree.read(text));
    assertEquals(
        "Duplicate key \"c\"; give each key once (JSON keeps only one)", e.getOriginalMessage());
    assertEquals(1, e.getLocation().getLineNr());
  }

  /** Issue 23: content after the root value is named without Jackson's feature names. */
  @ParameterizedTest
  @ValueSource(strings = {"{} {}", "{\"a\": 1} 2"})
  void trailingContentIsNamedPlainly(String text) {
    JacksonException e =
        assertThrows(
            JacksonException.class, () -> JsonTree.read(text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        e.getOriginalMessage().startsWith("Content found after the configuration's closing brace"),
        e.getOriginalMessage());
    assertFalse(e.getOriginalMessage().contains("Feature"), e.getOriginalMessage());
  }

  private static String outcome(Callable<JsonNode> read) throws Exception {
    try {
      JsonNode n = read.call();
      if (n == null || n.isMissingNode()) {
        return "empty";
      }
      StringBuilder types = new StringBuilder();
      types(n, types);
      return "tree " + n + " " + types;
    } catch (JacksonException e) {
      return "error "
          + e.getOriginalMessage()
          + " at "
          + e.getLocation().getLineNr()
          + ":"
          + e.getLocation().getColumnNr();
    }
  }

  private static void types(JsonNode n, StringBuilder out) {
    out.append(n.getClass().getSimpleName()).append(' ');
    n.elements().forEachRemaining(c -> types(c, out));
    n.fields().forEachRemaining(e -> types(e.getValue(), out.append(e.getKey()).append('=')));
  }

  @Test
  void emptyTextHasNoTree() throws Exception {
    assertNull(JsonTree.read(new byte[0]));
  }
}
