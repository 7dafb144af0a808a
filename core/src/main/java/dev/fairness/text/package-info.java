/**
 * Renders values as text the way Python's {@code str()} does: {@link dev.fairness.text.ValueText}
 * for cell values, {@link dev.fairness.text.ShortestDouble} for doubles; and keeps data text from
 * mentioning people in Markdown ({@link dev.fairness.text.Mentions}).
 *
 * <p>A leaf: depends on nothing in this project; every other package may use it. {@code
 * ShortestDouble} takes its digits from {@code SchubfachDouble} and {@code SchubfachMath},
 * Raffaello Giulietti's Schubfach algorithm vendored from jackson-core with its MIT licence header;
 * no class uses jackson-core's internal {@code io.schubfach} package.
 */
package dev.fairness.text;
