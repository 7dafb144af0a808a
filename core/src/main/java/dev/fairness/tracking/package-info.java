/**
 * Logging a finished analysis to an MLflow tracking server through MLflow's REST API
 * (docs/mlflow.md): the experiment and run ({@code experiments/get-by-name}, {@code
 * experiments/create}, {@code runs/create} or an existing {@code MLFLOW_RUN_ID}), params, every
 * metric value and tags in {@code runs/log-batch} requests within MLflow's batch limits, and the
 * output files as artifacts through the {@code mlflow-artifacts} proxy. Settings come from the
 * variables MLflow's own clients read. Never prints or exits; a failure is a {@link
 * dev.fairness.tracking.TrackingException}, raised after the local outputs are already in place.
 *
 * <p>Allowed dependencies: {@code dev.fairness.result}, {@link dev.fairness.FairnessException},
 * Jackson and the JDK's HTTP client.
 */
package dev.fairness.tracking;
