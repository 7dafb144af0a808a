/**
 * CI gates over a finished result: the {@code --assert} grammar of spec §10.3 ({@link
 * dev.fairness.gate.Assertion}) and its evaluation ({@link dev.fairness.gate.AssertionCheck}).
 *
 * <p>Depends on {@code result}, {@code text.ValueText} and {@code config} only; no I/O except where
 * a class says it writes a file.
 */
package dev.fairness.gate;
