package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellWordsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("python3 model/serve.py", List.of("python3", "model/serve.py")),
        Arguments.of("  a \t b\n c  ", List.of("a", "b", "c")),
        Arguments.of("", List.of()),
        Arguments.of("   ", List.of()),
        Arguments.of(
            "java -cp 'my dir/x.jar' Main", List.of("java", "-cp", "my dir/x.jar", "Main")),
        Arguments.of("echo \"a b\" c", List.of("echo", "a b", "c")),
        Arguments.of("'it'\\''s'", List.of("it's")),
        Arguments.of("a\\ b", List.of("a b")),
        Arguments.of("\"say \\\"hi\\\" \\$HOME \\\\ \\n\"", List.of("say \"hi\" $HOME \\ \\n")),
        Arguments.of("'$HOME \\n'", List.of("$HOME \\n")),
        Arguments.of("x'' \"\" y", List.of("x", "", "y")),
        Arguments.of("pre'mid'\"post\"", List.of("premidpost")),
        Arguments.of("a | b; c", List.of("a", "|", "b;", "c")),
        Arguments.of("a\\\nb", List.of("ab")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void splitsLikeAPosixShell(String line, List<String> words) {
    assertEquals(words, ShellWords.split(line));
  }

  @Test
  void unbalancedSingleQuoteIsAConfigError() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ShellWords.split("python 'serve.py"));
    assertEquals(
        "--model-command: unbalanced single quote at character 8 of python 'serve.py;"
            + " close the quote or escape it with a backslash",
        e.getMessage());
  }

  @Test
  void unbalancedDoubleQuoteIsAConfigError() {
    ConfigException e = assertThrows(ConfigException.class, () -> ShellWords.split("a \"b\\\""));
    assertTrue(
        e.getMessage().startsWith("--model-command: unbalanced double quote at character 3"));
  }

  @Test
  void trailingBackslashIsAConfigError() {
    ConfigException e = assertThrows(ConfigException.class, () -> ShellWords.split("a b\\"));
    assertEquals(
        "--model-command: the command ends with a lone backslash; remove it or quote it",
        e.getMessage());
  }
}
