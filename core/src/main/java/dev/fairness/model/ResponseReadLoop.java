package dev.fairness.model;

import dev.fairness.data.InputLimits;
import dev.fairness.model.SubprocessModelInvoker.Pending;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * The reader thread's loop of the subprocess transport: reads the model's stdout line by line and
 * completes the awaiting requests in order, one envelope per request or, with {@code lines}
 * framing, one line per record. A surplus line, a wrong envelope or an over-long line fails the
 * transport; the end of output is reported to {@code onEnd}.
 */
final class ResponseReadLoop implements Runnable {

  private final InputStream stdout;
  private final SubprocessRequests requests;
  private final boolean lines;
  private final LinesTally tally;
  private final long maxLineBytes;
  private final BooleanSupplier closing;
  private final Runnable onEnd;

  ResponseReadLoop(
      InputStream stdout,
      SubprocessRequests requests,
      boolean lines,
      LinesTally tally,
      long maxLineBytes,
      BooleanSupplier closing,
      Runnable onEnd) {
    this.stdout = stdout;
    this.requests = requests;
    this.lines = lines;
    this.tally = tally;
    this.maxLineBytes = maxLineBytes;
    this.closing = closing;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    LineReader in = new LineReader(stdout, maxLineBytes);
    PayloadBuffer line = new PayloadBuffer(1 << 16);
    PayloadBuffer joined = new PayloadBuffer(1 << 16);
    int got = 0;
    try {
      while (in.readLine(line)) {
        if (lines) {
          tally.line(line);
        }
        Pending p = requests.head();
        if (p == null || requests.failure() != null) {
          if (lines && requests.failure() == null) {
            requests.fail(new ModelInvocationException(tally.surplusMessage()));
          } else if (requests.failure() == null && !closing.getAsBoolean()) {
            protocolError(requests.nextId(), line);
          }
          if (lines && closing.getAsBoolean()) {
            line.truncate(0);
            continue; // drain to the end: every line beyond the answers is counted
          }
          return;
        }
        if (lines) {
          if (got > 0) {
            joined.append((byte) '\n');
          }
          joined.append(line.array(), 0, line.length());
          if (++got == p.request.records()) {
            requests.complete(p, joined.toString(), null);
            joined.truncate(0);
            got = 0;
          }
        } else {
          EnvelopeFrame.Response r = EnvelopeFrame.parse(line.array(), line.length());
          if (r == null || r.id() != p.id) {
            protocolError(p.id, line);
            return;
          }
          requests.complete(p, r.body(), r.error());
        }
        line.truncate(0);
      }
    } catch (LineReader.TooLong e) {
      lineTooLong();
      return;
    } catch (IOException e) {
      // Treated as end of output below.
    }
    onEnd.run();
  }

  private void lineTooLong() {
    Pending p = requests.head();
    requests.fail(
        new ModelInvocationException(
            "Model wrote a response line longer than "
                + maxLineBytes
                + " bytes for request "
                + (p != null ? p.id : requests.nextId())
                + "; "
                + InputLimits.raiseHint(InputLimits.LINE_PROPERTY)));
  }

  private void protocolError(long id, PayloadBuffer line) {
    String text = line.toString();
    requests.fail(
        new ModelInvocationException(
            "Model wrote an invalid response line for request "
                + id
                + ": "
                + (text.length() > 200 ? text.substring(0, 200) : text)));
  }
}
