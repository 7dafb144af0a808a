package dev.fairness.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an {@code application/json} document with Jackson's streaming parser when its JMESPath keys
 * allow it, so that only one record at a time is held as a tree (issue 23 item 11). Two shapes
 * stream, with exactly the results of evaluating the expressions on the whole document:
 *
 * <ul>
 *   <li>every key a field path ({@code X}, {@code data.y}): the arrays at those paths, for example
 *       {@code {"X": [[…], …], "y": […]}};
 *   <li>every key a projection of the top-level array ({@code [*].features}, {@code [*].label}):
 *       each element's value at the path, elements where it is null left out, as JMESPath does.
 * </ul>
 *
 * Any other expression is evaluated on the whole document ({@link #plan} returns null). A key that
 * occurs twice on one of the paths is a data error here (JSON leaves open which one counts; the
 * tree keeps the last one silently).
 */
final class JsonDocumentStream {

  /** Reads one element at a time: without the whole-document reader's trailing-token check. */
  private static final ObjectMapper ELEMENTS = new ObjectMapper();

  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern FIELD_PATH = Pattern.compile(NAME + "(\\." + NAME + ")*");
  private static final Pattern PROJECTION = Pattern.compile("\\[\\*\\]\\." + FIELD_PATH.pattern());

  /** One file's values: the feature rows went to the builders, label and predicted are held. */
  record FileValues(int rows, List<JsonNode> labels, List<JsonNode> predicted) {}

  private final boolean projection;
  private final List<List<String>> paths; // features, label, predicted (null when not configured)

  private JsonDocumentStream(boolean projection, List<List<String>> paths) {
    this.projection = projection;
    this.paths = paths;
  }

  /**
   * Returns the streaming plan of the keys, or null when they must be evaluated on the whole
   * document.
   *
   * @param features the {@code features} expression (not null)
   * @param label the {@code label} expression, or null
   * @param predicted the {@code predicted_label} expression, or null
   */
  static JsonDocumentStream plan(String features, String label, String predicted) {
    String[] exprs = {features, label, predicted};
    for (boolean projection : new boolean[] {false, true}) {
      Pattern p = projection ? PROJECTION : FIELD_PATH;
      List<List<String>> paths = new ArrayList<>();
      boolean all = true;
      for (String e : exprs) {
        if (e == null) {
          paths.add(null);
        } else if (p.matcher(e).matches()) {
          String path = projection ? e.substring(4) : e;
          paths.add(List.of(path.split("\\.")));
        } else {
          all = false;
        }
      }
      if (all && (projection || independent(paths))) {
        return new JsonDocumentStream(projection, paths);
      }
    }
    return null;
  }

  /** Returns true when no path equals or extends another (each array found on its own). */
  private static boolean independent(List<List<String>> paths) {
    for (int i = 0; i < paths.size(); i++) {
      for (int j = 0; j < paths.size(); j++) {
        List<String> a = paths.get(i);
        List<String> b = paths.get(j);
        if (i != j && a != null && b != null && b.size() >= a.size()) {
          if (b.subList(0, a.size()).equals(a)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Returns a parser over {@code in} whose trees are read as the whole-document reader does. */
  static JsonParser parser(java.io.Reader in) throws IOException {
    return ELEMENTS.createParser(in);
  }

  /** Receives the feature rows of a file in order; returns false to stop reading. */
  interface RowSink {
    boolean row(JsonNode row) throws IOException;
  }

  /**
   * Reads one file from {@code p} (before its first token), feeding the feature rows to {@code
   * rows} and holding the label and predicted values.
   *
   * @param f the file, for messages
   * @return the file's values, or null when {@code rows} stopped the reading; {@code rows} counts
   *     the feature rows, -1 when {@code features} does not yield an array ("Data must contain
   *     features."); a held list is null when its expression yields no array
   * @throws DataException when a key on one of the paths occurs twice, or text follows the document
   */
  FileValues read(JsonParser p, Path f, RowSink rows) throws IOException {
    // a parser of ELEMENTS: readTree on it reads one value and leaves the rest
    Reading r = new Reading(rows, f);
    JsonToken t = p.nextToken();
    if (t == null) {
      return new FileValues(0, List.of(), List.of());
    }
    if (projection) {
      r.projection(p, t);
    } else if (t == JsonToken.START_OBJECT) {
      r.fields(p, List.of(), new HashSet<>());
    } else {
      p.skipChildren();
    }
    if (r.stopped) {
      return null;
    }
    if (p.nextToken() != null) {
      throw new DataException(
          f
              + ":"
              + p.currentLocation().getLineNr()
              + ":"
              + p.currentLocation().getColumnNr()
              + ": not valid JSON: text follows the end of the document; a JSON document is one"
              + " value");
    }
    return new FileValues(r.featureArray ? r.count : -1, r.held[1], r.held[2]);
  }

  /** The state of reading one file. */
  private final class Reading {
    private final RowSink sink;
    private final Path file;

    @SuppressWarnings("unchecked")
    private final List<JsonNode>[] held = new List[3];

    private boolean featureArray;
    private int count;
    private boolean stopped;

    Reading(RowSink sink, Path file) {
      this.sink = sink;
      this.file = file;
    }

    private void projection(JsonParser p, JsonToken t) throws IOException {
      if (t != JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      featureArray = true;
      for (int r = 1; r < 3; r++) {
        held[r] = paths.get(r) == null ? null : new ArrayList<>();
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        JsonNode element = ELEMENTS.readTree(p);
        for (int r = 0; r < 3; r++) {
          JsonNode v = at(element, paths.get(r));
          if (v == null || v.isNull()) {
            continue; // a projection leaves out null results
          }
          if (r == 0) {
            count++;
            if (!sink.row(v)) {
              stopped = true;
              return;
            }
          } else {
            held[r].add(v);
          }
        }
      }
    }

    private static JsonNode at(JsonNode node, List<String> path) {
      if (path == null) {
        return null;
      }
      for (String name : path) {
        if (node == null || !node.isObject()) {
          return null;
        }
        node = node.get(name);
      }
      return node;
    }

    /** Walks an object (current token START_OBJECT) whose path is {@code at}. */
    private void fields(JsonParser p, List<String> at, Set<List<String>> seen) throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        List<String> path = new ArrayList<>(at);
        path.add(p.currentName());
        JsonToken t = p.nextToken();
        int role = paths.indexOf(path);
        boolean onTheWay = role < 0 && leadsToATarget(path);
        if ((role >= 0 || onTheWay) && !seen.add(path)) {
          throw new DataException(
              "Line "
                  + p.currentLocation().getLineNr()
                  + " of "
                  + file
                  + ": the key "
                  + String.join(".", path)
                  + " occurs twice; JSON leaves open which one counts, so give it once");
        }
        if (role >= 0 && t == JsonToken.START_ARRAY) {
          array(p, role);
        } else if (onTheWay && t == JsonToken.START_OBJECT) {
          fields(p, path, seen);
        } else {
          p.skipChildren();
        }
        if (stopped) {
          return;
        }
      }
    }

    private boolean leadsToATarget(List<String> path) {
      for (List<String> target : paths) {
        if (target != null
            && target.size() > path.size()
            && target.subList(0, path.size()).equals(path)) {
          return true;
        }
      }
      return false;
    }

    private void array(JsonParser p, int role) throws IOException {
      if (role > 0) {
        held[role] = new ArrayList<>();
      } else {
        featureArray = true;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        JsonNode v = ELEMENTS.readTree(p);
        if (role > 0) {
          held[role].add(v);
        } else {
          count++;
          if (!sink.row(v)) {
            stopped = true;
            return;
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return (projection ? "projection " : "fields ") + Arrays.toString(paths.toArray());
  }
}
