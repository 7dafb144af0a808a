package dev.fairness.model;

import dev.fairness.data.InputLimits;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP response body read into bytes and refused once it passes a limit (the JSON Lines line
 * limit, {@link InputLimits#maxLineBytes()}): a model server that never ends its answer must not
 * fill the heap. Past the limit the exchange is cancelled and the body fails with a {@link
 * ModelInvocationException} saying how to raise it; a declared {@code Content-Length} beyond the
 * limit is refused before any byte is read.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final long limit;
  private final URI uri;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  LimitedBody(long limit, URI uri) {
    this.limit = limit;
    this.uri = uri;
  }

  /**
   * Returns the body of a response whose headers are {@code info}: refused at once when its {@code
   * Content-Length} is beyond the limit, so the exchange ends without waiting for the bytes.
   */
  static LimitedBody of(long limit, URI uri, HttpResponse.ResponseInfo info) {
    LimitedBody b = new LimitedBody(limit, uri);
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > limit) {
      b.body.completeExceptionally(b.tooLong("declares a Content-Length of " + declared));
    }
    return b;
  }

  /** Ends the exchange (the whole-exchange timeout ran out); the body fails with {@code error}. */
  synchronized void cancel(Throwable error) {
    body.completeExceptionally(error);
    if (subscription != null) {
      subscription.cancel();
    }
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (body.isDone()) {
      s.cancel();
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  private ModelInvocationException tooLong(String what) {
    return new ModelInvocationException(
        "Model's HTTP response from "
            + uri
            + " "
            + what
            + ", more than the limit of "
            + limit
            + " bytes; "
            + InputLimits.raiseHint(InputLimits.LINE_PROPERTY));
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      if (bytes.size() + (long) b.remaining() > limit) {
        subscription.cancel();
        body.completeExceptionally(
            new ModelInvocationException(
                "Model's HTTP response from "
                    + uri
                    + " is longer than "
                    + limit
                    + " bytes; "
                    + InputLimits.raiseHint(InputLimits.LINE_PROPERTY)));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable t) {
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
