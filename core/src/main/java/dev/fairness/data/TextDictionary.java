package dev.fairness.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The distinct texts of a STRING column being built, coded 0, 1, ... in order of first use. */
final class TextDictionary {

  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> texts = new ArrayList<>();

  /** Returns the code of {@code text}, giving it the next one when it is new. */
  int codeOf(String text) {
    Integer c = codes.get(text);
    if (c == null) {
      c = texts.size();
      codes.put(text, c);
      texts.add(text);
    }
    return c;
  }

  /** Returns the texts, indexed by code. */
  String[] toArray() {
    return texts.toArray(new String[0]);
  }
}
