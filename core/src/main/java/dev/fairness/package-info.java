/**
 * The engine façade: {@link dev.fairness.Analyzer} runs the sequence of spec §11 over the parts in
 * the sub-packages; {@link dev.fairness.OutputDirectory} makes outputs appear only when complete;
 * {@link dev.fairness.RunLog} and {@link dev.fairness.Progress} are the only channels to the user.
 * Nothing in core prints or exits; failures are {@link dev.fairness.FairnessException}s whose kind
 * decides the exit code.
 *
 * <p>Package dependencies ({@code A → B}: A uses B; {@code PackageRulesTest} checks them and that
 * they have no cycle): {@code text} and {@code stats} are leaves; {@code result → text}; {@code
 * metrics → stats, result}; {@code config → metrics} (the metric ids); {@code mitigate} is a leaf
 * (threshold mitigation over arrays); {@code report → result, metrics, text, mitigate}; {@code gate
 * → result, config, text}; {@code data → config, text, data.csv} and {@code data.csv → data};
 * {@code bias.count → data, text}; {@code groups → stats, result}; {@code bias → bias.count,
 * config, data, groups, metrics, result, stats, text}; {@code model → config, data, text}; {@code
 * explain → config, data, model, result, text}. This package ({@code Analyzer} and its stages) uses
 * them all; every package may use {@code FairnessException} and {@code RunLog}, and nothing else of
 * this package.
 */
package dev.fairness;
