package dev.fairness.report;

import dev.fairness.text.Mentions;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * A Freemarker output format that auto-escapes interpolated text for GitHub-flavoured Markdown, so
 * that data strings (column names, facet values) render as literal text inside table cells and
 * lists: the inline-significant characters are backslash-escaped, line breaks become spaces and
 * {@code @} mentions are defused. Digits, {@code .}, {@code -} and {@code +} are left alone so
 * numbers stay readable in the source.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {

  /** The only instance. */
  static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  /** {@code @} then a zero-width space, so {@code @name} in data never notifies anyone. */
  private static final String SIGNIFICANT = "\\`*_[]<>|#!~&$";

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  /**
   * Returns {@code text} with Markdown-significant characters escaped, no line breaks, and no live
   * {@code @} mentions ({@link Mentions}).
   */
  @Override
  public String escapePlainText(String text) {
    text = Mentions.defuse(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
      } else if (SIGNIFICANT.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Markup(plainTextContent, markupContent);
  }

  /** Markdown markup held by templates (Freemarker's markup-output value for this format). */
  static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
    Markup(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
