/**
 * Renders values as text the way Python's {@code str()} does: {@link dev.fairness.text.ValueText}
 * for cell values, {@link dev.fairness.text.ShortestDouble} for doubles; and keeps data text from
 * mentioning people in Markdown ({@link dev.fairness.text.Mentions}).
 *
 * <p>A leaf: depends on nothing in this project; every other package may use it. {@code
 * ShortestDouble} is the only class that imports jackson-core's Schubfach formatter.
 */
package dev.fairness.text;
