/**
 * Calls the user's model (spec §8): serialises feature rows into request payloads ({@link
 * dev.fairness.model.PayloadCodec}), sends them through a transport (a long-lived subprocess,
 * {@link dev.fairness.model.SubprocessModelInvoker}, or an HTTP endpoint, {@link
 * dev.fairness.model.HttpModelInvoker}), parses the responses ({@link
 * dev.fairness.model.ResponseParser}) and turns them into predicted labels ({@link
 * dev.fairness.model.PredictedLabels}) or score vectors. {@link dev.fairness.model.ModelClient} is
 * the entry point: batching, pipelining, fallback to per-record requests and ordering.
 *
 * <p>Allowed dependencies: {@code dev.fairness} (RunLog, exceptions), {@code config}, {@code data}
 * (cell typing only), {@code text}, Jackson and JMESPath. Nothing here prints or exits; the model's
 * stderr goes to the {@link dev.fairness.RunLog} at debug level.
 */
package dev.fairness.model;
