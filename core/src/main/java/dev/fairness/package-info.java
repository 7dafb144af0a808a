/**
 * The engine façade: {@link dev.fairness.Analyzer} runs the sequence of spec §11 over the parts in
 * the sub-packages; {@link dev.fairness.OutputDirectory} makes outputs appear only when complete;
 * {@link dev.fairness.RunLog} and {@link dev.fairness.Progress} are the only channels to the user.
 * Nothing in core prints or exits; failures are {@link dev.fairness.FairnessException}s whose kind
 * decides the exit code.
 *
 * <p>Dependency direction: {@code config → bias → {data, model} → stats → metrics → result →
 * report}; {@code explain} uses {@code model}, {@code data} and {@code result}.
 */
package dev.fairness;
