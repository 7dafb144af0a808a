package dev.fairness.model;

import dev.fairness.RunLog;
import java.util.List;

/**
 * Cuts rows into request bodies (spec §8.7): in order, at most {@code max_batch_records} records
 * (one with a {@code $record} template) and at most {@code max_payload_bytes} bytes per body; a
 * single record above the byte limit travels alone, with a warning.
 */
final class RequestBatcher {

  private final PayloadCodec codec;
  private final int maxRecords;
  private final long maxBytes;
  private final RunLog log;
  private int lastLength = 4096;

  RequestBatcher(PayloadCodec codec, int maxRecords, long maxBytes, RunLog log) {
    this.codec = codec;
    this.maxRecords = codec.oneRecordPerRequest() ? 1 : maxRecords;
    this.maxBytes = maxBytes;
    this.log = log;
  }

  /**
   * Returns the request that starts at row {@code start} and takes as many rows as the limits allow
   * (at least one).
   *
   * @param firstRecord the 1-based record number of {@code rows.get(0)}, for the warning
   */
  ModelRequest next(List<Object[]> rows, int start, long firstRecord) {
    return build(rows, start, rows.size() - start, firstRecord);
  }

  /** Returns the request for exactly the row {@code index} alone. */
  ModelRequest single(List<Object[]> rows, int index, long firstRecord) {
    return build(rows, index, 1, firstRecord);
  }

  private ModelRequest build(List<Object[]> rows, int start, int available, long firstRecord) {
    PayloadBuffer buf = new PayloadBuffer(available == 1 ? 256 : lastLength + lastLength / 8);
    codec.open(buf);
    int limit = Math.min(maxRecords, available);
    int count = 0;
    while (count < limit) {
      int mark = buf.length();
      if (count > 0) {
        codec.separator(buf);
      }
      codec.record(rows.get(start + count), buf);
      if (buf.length() + codec.closeLength() > maxBytes) {
        if (count > 0) {
          buf.truncate(mark);
          break;
        }
        log.warn(
            "Record "
                + (firstRecord + start)
                + " alone needs "
                + (buf.length() + codec.closeLength())
                + " bytes, more than local.max_payload_bytes "
                + maxBytes
                + "; sending it alone");
        count = 1;
        break;
      }
      count++;
    }
    codec.close(buf);
    if (available > 1) {
      lastLength = buf.length();
    }
    return new ModelRequest(buf.array(), buf.length(), count);
  }
}
