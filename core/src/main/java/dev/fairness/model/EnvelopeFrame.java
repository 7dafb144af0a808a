package dev.fairness.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code envelope} framing of the subprocess protocol (spec §8.5): one JSON line per request,
 * one per response.
 */
final class EnvelopeFrame {

  private static final JsonFactory JSON = ModelJson.factory();
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final byte[] headerTail;
  private final byte[] optional;
  private final byte[] chunk = new byte[1 << 16];

  /** What a response line says: a body or an error message. */
  record Response(long id, String body, String error) {}

  EnvelopeFrame(String contentType, String accept, String customAttributes, String targetModel) {
    StringBuilder b = new StringBuilder();
    b.append(",\"content_type\":").append(quote(contentType));
    b.append(",\"accept\":").append(quote(accept));
    this.headerTail = b.toString().getBytes(StandardCharsets.UTF_8);
    StringBuilder o = new StringBuilder();
    if (customAttributes != null) {
      o.append(",\"custom_attributes\":").append(quote(customAttributes));
    }
    if (targetModel != null) {
      o.append(",\"target_model\":").append(quote(targetModel));
    }
    this.optional = o.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes one request line (with its {@code \n}); the body becomes a JSON string. */
  void write(long id, ModelRequest request, OutputStream out) throws IOException {
    out.write(("{\"id\":" + id).getBytes(StandardCharsets.US_ASCII));
    out.write(headerTail);
    out.write((",\"records\":" + request.records()).getBytes(StandardCharsets.US_ASCII));
    out.write(optional);
    out.write(",\"body\":\"".getBytes(StandardCharsets.US_ASCII));
    byte[] body = request.body();
    int n = 0;
    for (int i = 0; i < request.length(); i++) {
      if (n > chunk.length - 8) {
        out.write(chunk, 0, n);
        n = 0;
      }
      byte b = body[i];
      if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
        chunk[n++] = b;
      } else if (b == '\n') {
        chunk[n++] = '\\';
        chunk[n++] = 'n';
      } else if (b == '"' || b == '\\') {
        chunk[n++] = '\\';
        chunk[n++] = b;
      } else {
        chunk[n++] = '\\';
        chunk[n++] = 'u';
        chunk[n++] = '0';
        chunk[n++] = '0';
        chunk[n++] = HEX[(b >> 4) & 0xF];
        chunk[n++] = HEX[b & 0xF];
      }
    }
    chunk[n++] = '"';
    chunk[n++] = '}';
    chunk[n++] = '\n';
    out.write(chunk, 0, n);
    out.flush();
  }

  /**
   * Parses a response line; returns null when it is not a JSON object with a numeric {@code id} and
   * a string {@code body} or {@code error}.
   */
  static Response parse(byte[] line, int length) {
    try (JsonParser p = JSON.createParser(line, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      long id = -1;
      String body = null;
      String error = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("id") && v == JsonToken.VALUE_NUMBER_INT) {
          id = p.getLongValue();
        } else if (name.equals("body") && v == JsonToken.VALUE_STRING) {
          body = p.getText();
        } else if (name.equals("error") && v != JsonToken.VALUE_NULL) {
          error = v == JsonToken.VALUE_STRING ? p.getText() : p.readValueAsTree().toString();
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null || id < 0 || (body == null && error == null)) {
        return null;
      }
      return new Response(id, body, error);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String quote(String s) {
    return new String(ValueEncoder.jsonString(s), StandardCharsets.UTF_8);
  }
}
