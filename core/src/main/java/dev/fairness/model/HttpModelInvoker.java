package dev.fairness.model;

import dev.fairness.FairnessException;
import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.InputLimits;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP transport (spec §8.6): {@code POST} to {@code local.endpoint_url} over HTTP/1.1 with the
 * Clarify headers, up to {@code max_concurrency} requests in flight, retries after {@code
 * 0.5·2^attempt} s on 429, 5xx, connection failures and timeouts (at most {@code max_retries}),
 * redirects never followed. A request that still fails becomes a {@link ModelResponseException}
 * whose text has the status and the first 500 characters of the body.
 */
public final class HttpModelInvoker implements ModelInvoker {

  private final URI uri;
  private final PredictorConfig predictor;
  private final LocalConfig local;
  private final RunLog log;
  private final long maxBodyBytes;
  private final ExecutorService executor;
  private final HttpClient client;
  private final Semaphore inFlight;
  private final java.util.Set<CompletableFuture<String>> pending =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * Creates the transport for {@code local.endpoint_url}.
   *
   * @throws ConfigException when the URL is not an absolute http or https URL
   */
  public HttpModelInvoker(PredictorConfig predictor, LocalConfig local, RunLog log) {
    this(predictor, local, log, InputLimits.DEFAULT_MAX_LINE_BYTES);
  }

  /** Creates the transport; a response body longer than {@code maxBodyBytes} is a model error. */
  HttpModelInvoker(PredictorConfig predictor, LocalConfig local, RunLog log, long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.predictor = predictor;
    this.local = local;
    this.log = log;
    try {
      this.uri = URI.create(local.endpointUrl());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "local.endpoint_url: " + e.getMessage() + "; give an http:// or https:// URL", e);
    }
    if (uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new ConfigException(
          "local.endpoint_url: " + uri + " is not an http:// or https:// URL");
    }
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "model-http");
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
    this.inFlight = new Semaphore(local.maxConcurrency());
  }

  @Override
  public int window() {
    return local.maxConcurrency() + 1;
  }

  @Override
  public CompletableFuture<String> submit(ModelRequest request) {
    if (closed) {
      return CompletableFuture.failedFuture(
          new ModelInvocationException("HTTP model client was closed"));
    }
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(
          new ModelInvocationException("Interrupted while calling the model", e));
    }
    CompletableFuture<String> result = new CompletableFuture<>();
    pending.add(result);
    result.whenComplete(
        (b, e) -> {
          pending.remove(result);
          inFlight.release();
        });
    attempt(build(request), 0, result);
    return result;
  }

  private HttpRequest build(ModelRequest request) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofNanos((long) (local.timeoutSeconds() * 1e9)))
            .header("Content-Type", predictor.contentType())
            .header("Accept", predictor.acceptType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.body(), 0, request.length()));
    if (predictor.customAttributes() != null) {
      b.header("X-Amzn-SageMaker-Custom-Attributes", predictor.customAttributes());
    }
    if (predictor.targetModel() != null) {
      b.header("X-Amzn-SageMaker-Target-Model", predictor.targetModel());
    }
    for (Map.Entry<String, String> h : local.httpHeaders().entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    return b.build();
  }

  private void attempt(HttpRequest request, int attempt, CompletableFuture<String> result) {
    java.util.concurrent.atomic.AtomicReference<LimitedBody> body =
        new java.util.concurrent.atomic.AtomicReference<>();
    CompletableFuture<java.net.http.HttpResponse<byte[]>> exchange =
        client.sendAsync(
            request,
            info -> {
              LimitedBody b = LimitedBody.of(maxBodyBytes, uri, info);
              body.set(b);
              return b;
            });
    // HttpClient's own timeout ends at the headers: this deadline covers the body too
    CompletableFuture<Void> deadline = new CompletableFuture<>();
    deadline
        .orTimeout((long) (local.timeoutSeconds() * 1e9), TimeUnit.NANOSECONDS)
        .whenComplete(
            (v, e) -> {
              if (e != null && !exchange.isDone()) {
                ExchangeTimeout t = new ExchangeTimeout();
                LimitedBody b = body.get();
                if (b != null) {
                  b.cancel(t);
                }
                exchange.completeExceptionally(t);
                exchange.cancel(true);
              }
            });
    exchange.whenComplete(
        (response, error) -> {
          deadline.complete(null);
          answered(request, attempt, result, response, error);
        });
  }

  private void answered(
      HttpRequest request,
      int attempt,
      CompletableFuture<String> result,
      java.net.http.HttpResponse<byte[]> response,
      Throwable error) {
    if (result.isDone()) {
      return;
    }
    String problem;
    boolean retryable;
    if (error != null) {
      Throwable cause =
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error;
      if (cause instanceof ModelInvocationException fatal) {
        // the body's own refusal (LimitedBody): final, a retry would meet it again
        result.completeExceptionally(fatal);
        return;
      }
      if (cause instanceof ExchangeTimeout || cause instanceof java.net.http.HttpTimeoutException) {
        problem =
            "HTTP request to "
                + uri
                + " did not complete within "
                + SubprocessModelInvoker.seconds(local.timeoutSeconds())
                + " s (local.timeout_seconds)";
        retryable = true;
      } else if (!(cause instanceof IOException)) {
        result.completeExceptionally(
            new ModelInvocationException(
                "HTTP request to " + uri + " failed: " + FairnessException.internalReason(cause),
                cause));
        return;
      } else {
        problem =
            "HTTP request to "
                + uri
                + " failed: "
                + FairnessException.ioReason((IOException) cause);
        retryable = true;
      }
    } else {
      int status = response.statusCode();
      String body = new String(response.body(), StandardCharsets.UTF_8);
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (status >= 200 && status < 300 && html(type)) {
        // an error page or a login portal, not predictions: a retry would get the same
        result.completeExceptionally(
            new ModelInvocationException(
                "Model's HTTP response from "
                    + uri
                    + " is "
                    + type
                    + ", not "
                    + predictor.acceptType()
                    + " predictions: "
                    + (body.length() > 200 ? body.substring(0, 200) : body)));
        return;
      }
      if (status >= 200 && status < 300) {
        result.complete(body);
        return;
      }
      problem = "HTTP " + status + ": " + (body.length() > 500 ? body.substring(0, 500) : body);
      String location = response.headers().firstValue("Location").orElse(null);
      if (status >= 300 && status < 400 && location != null) {
        problem += " (redirect to " + location + ", not followed: set local.endpoint_url to it)";
      }
      retryable = status == 429 || status >= 500;
    }
    if (!retryable || attempt >= local.maxRetries() || closed) {
      result.completeExceptionally(new ModelResponseException(problem));
      return;
    }
    double delay = 0.5 * Math.pow(2, attempt);
    log.debug(
        "Retrying model request in "
            + SubprocessModelInvoker.seconds(delay)
            + " s after: "
            + problem);
    Executor later =
        CompletableFuture.delayedExecutor((long) (delay * 1000), TimeUnit.MILLISECONDS, executor);
    later.execute(() -> attempt(request, attempt + 1, result));
  }

  private static boolean html(String contentType) {
    String media = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return media.equals("text/html") || media.equals("application/xhtml+xml");
  }

  /** The whole exchange (headers and body) took longer than {@code local.timeout_seconds}. */
  private static final class ExchangeTimeout extends IOException {
    private static final long serialVersionUID = 1L;

    ExchangeTimeout() {
      super("exchange timed out");
    }
  }

  @Override
  public void close() {
    closed = true;
    ModelInvocationException e = new ModelInvocationException("HTTP model client was closed");
    for (CompletableFuture<String> f : pending) {
      f.completeExceptionally(e);
    }
    executor.shutdownNow();
  }
}
