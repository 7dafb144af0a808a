package dev.fairness.gate;

import dev.fairness.FairnessException;
import dev.fairness.config.ConfigException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A thresholds file: a team's fairness policy kept in the repository, the alternative to repeated
 * {@code --assert}. UTF-8 text with one assertion (spec §10.3 grammar) per line; blank lines and
 * lines whose first non-blank character is {@code #} are ignored, and a {@code #} preceded by
 * whitespace starts a trailing comment.
 *
 * <pre>
 * # four-fifths rule on the model's outcomes
 * post.DI@Sex=Female &gt;= 0.8   # disparate impact
 * abs(pre.CI) &lt; 0.5
 * </pre>
 */
public final class ThresholdsFile {

  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s#.*$");

  private ThresholdsFile() {}

  /**
   * Returns the assertions of the file in line order. Throws {@link ConfigException} (exit 2) when
   * the file cannot be read, or when any line is not an assertion: every bad line is reported as
   * {@code <file>:<line>: <expression>: invalid assertion, ...} (the first as the message, the rest
   * as detail lines).
   */
  public static List<Assertion> parse(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          "--thresholds " + file + ": file not found; give the path of a thresholds file", e);
    } catch (CharacterCodingException e) {
      throw new ConfigException("--thresholds " + file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(
          "--thresholds "
              + file
              + ": cannot read the file ("
              + FairnessException.ioReason(e)
              + "); give the path of a thresholds file (one assertion per line)",
          e);
    }
    return parse(file.toString(), lines);
  }

  /**
   * Returns the assertions of the given lines, named {@code source} in error messages; same rules
   * and errors as {@link #parse(Path)}.
   */
  public static List<Assertion> parse(String source, List<String> lines) {
    List<Assertion> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ConfigException first = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String text = TRAILING_COMMENT.matcher(line).replaceFirst("").strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      try {
        out.add(Assertion.parse(text));
      } catch (ConfigException e) {
        // Assertion words its message for the command line ("--assert <expr>: ..."); here the
        // location is the file and line instead.
        String why = e.getMessage();
        if (why.startsWith("--assert ")) {
          why = why.substring("--assert ".length());
        }
        problems.add(source + ":" + (i + 1) + ": " + why);
        if (first == null) {
          first = e;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems.get(0), problems.subList(1, problems.size()), first);
    }
    return out;
  }
}
