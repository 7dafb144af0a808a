package dev.fairness.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes JSON trees with the streaming parser and generator alone. An {@code
 * ObjectMapper} costs about as much to set up (its serializer and deserializer factories, type
 * factory, date formats and their locale data) as the rest of the configuration work, and the
 * configuration needs none of it. The trees and texts are those of {@code
 * JsonMapper.readTree(byte[])} with {@code FAIL_ON_TRAILING_TOKENS} and of {@code
 * ObjectWriter.writeValueAsString}: same node types (int, long, big-integer, double), a duplicated
 * key keeping its first position and last value, the same error messages and locations.
 */
final class JsonTree {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * Returns the tree of a JSON text: null for an empty text (no token), else the root value. Throws
   * the parser's exception for malformed JSON, and {@code MismatchedInputException} for content
   * after the root value.
   */
  static JsonNode read(byte[] text) throws IOException {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      JsonNode root =
          switch (t) {
            case START_OBJECT -> container(p, NODES.objectNode());
            case START_ARRAY -> container(p, NODES.arrayNode());
            default -> scalar(p, t);
          };
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw MismatchedInputException.from(
            p,
            JsonNode.class,
            "Content found after the configuration's closing brace (a "
                + trailing
                + " token); remove it, or merge it into the one JSON object");
      }
      return root;
    }
  }

  /** Reads the members of a container whose start token was just read, without recursion. */
  private static JsonNode container(JsonParser p, ContainerNode<?> root) throws IOException {
    Deque<ContainerNode<?>> open = new ArrayDeque<>();
    ContainerNode<?> current = root;
    while (current != null) {
      boolean descended = false;
      if (current instanceof ObjectNode object) {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken t = p.nextToken();
          if (object.has(name)) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                p, "Duplicate key \"" + name + "\"; give each key once (JSON keeps only one)");
          }
          JsonNode value = child(p, t);
          object.replace(name, value);
          if (value instanceof ContainerNode<?> c) {
            open.push(current);
            current = c;
            descended = true;
            break;
          }
        }
      } else {
        ArrayNode array = (ArrayNode) current;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          JsonNode value = child(p, t);
          array.add(value);
          if (value instanceof ContainerNode<?> c) {
            open.push(current);
            current = c;
            descended = true;
            break;
          }
        }
      }
      if (!descended) {
        current = open.poll();
      }
    }
    return root;
  }

  /** Returns a new empty container for a start token, else the scalar node. */
  private static JsonNode child(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.START_OBJECT) {
      return NODES.objectNode();
    }
    if (t == JsonToken.START_ARRAY) {
      return NODES.arrayNode();
    }
    return scalar(p, t);
  }

  private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == null) { // the parser reports a truncated text itself; kept as a safety net
      throw MismatchedInputException.from(p, JsonNode.class, "Unexpected end-of-input");
    }
    return switch (t) {
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT ->
          switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw MismatchedInputException.from(p, JsonNode.class, "Unexpected token " + t);
    };
  }

  /** Returns the text of a tree written with the pretty printer (no final newline). */
  static String write(JsonNode node, PrettyPrinter printer) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      writeValue(g, node);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator g, JsonNode node) throws IOException {
    if (node instanceof ObjectNode object) {
      g.writeStartObject(object);
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof ArrayNode array) {
      g.writeStartArray(array, array.size());
      for (JsonNode v : array) {
        writeValue(g, v);
      }
      g.writeEndArray();
    } else if (node.isNull()) {
      g.writeNull();
    } else {
      // value nodes write themselves without a serializer provider
      ((JsonSerializable) node).serialize(g, null);
    }
  }
}
