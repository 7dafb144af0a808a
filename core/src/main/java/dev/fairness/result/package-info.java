/**
 * Immutable records of everything a run produces (spec §9): the analysis.json model and the report
 * model are the same records. {@link dev.fairness.result.AnalysisJsonWriter} writes analysis.json
 * in Clarify's layout.
 *
 * <p>Depends on nothing in this project except {@code text.ValueText} and {@code
 * FairnessException}; engines ({@code metrics}, {@code explain}) produce these records and
 * renderers ({@code report}) consume them.
 */
package dev.fairness.result;
