package dev.fairness.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the data lines of a plain CSV file (the common case of {@link AsciiCsvRows}: ASCII, {@code
 * \n} line ends, no quotes) over all cores. The bytes are cut into blocks at line ends; worker
 * threads split each block into cells and type every distinct cell text of a kept column once
 * ({@link BlockTokens}); this thread then adds the typed cells to the column builders block by
 * block, in file order, so the columns — and every message — are exactly those of the one-thread
 * reader. Anything outside the common case throws {@link AsciiCsvRows.Unsure} and the caller reads
 * the dataset again with the full reader.
 */
final class BlockCsvReader {

  /** Bytes per block: large enough to amortize a task, small enough to bound memory. */
  static final int BLOCK_BYTES = 1 << 20;

  private final int cells;
  private final int[] kept;
  private final long maxLineBytes;
  private final int workers;
  private final int blockBytes;

  /**
   * Creates a reader.
   *
   * @param cells the number of cells every line must have
   * @param kept the indices of the cells to keep, ascending
   * @param maxLineBytes the longest line taken without the full reader's field-limit check
   */
  BlockCsvReader(int cells, int[] kept, long maxLineBytes) {
    this(cells, kept, maxLineBytes, BLOCK_BYTES);
  }

  /** Creates a reader with another block size (tests cut tiny blocks). */
  BlockCsvReader(int cells, int[] kept, long maxLineBytes, int blockBytes) {
    this.blockBytes = blockBytes;
    this.cells = cells;
    this.kept = kept.clone();
    this.maxLineBytes = maxLineBytes;
    this.workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** Receives the typed cells of one block, in file order. */
  interface Sink {
    /**
     * Takes one block: {@code tokens[k][i]} indexes {@code typed[k]} for kept column {@code k}
     * (position in {@code kept}) of row {@code i}, for {@code rows} rows.
     */
    void block(int rows, int[][] tokens, TextCell[][] typed);
  }

  /**
   * Reads every line of {@code in} to its end, handing each block to {@code sink}; returns the
   * number of rows (empty lines are skipped).
   */
  long read(InputStream in, Sink sink) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "fairness-csv");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<BlockTokens>> pending = new ArrayDeque<>();
    long rows = 0;
    BlockTokens.TypedCache[] caches = new BlockTokens.TypedCache[kept.length];
    for (int k = 0; k < caches.length; k++) {
      caches[k] = new BlockTokens.TypedCache();
    }
    try {
      byte[] carry = new byte[0];
      int carryLen = 0;
      boolean eof = false;
      while (!eof) {
        byte[] buf = new byte[Math.max(blockBytes, carryLen * 2)];
        System.arraycopy(carry, 0, buf, 0, carryLen);
        int limit = carryLen + in.readNBytes(buf, carryLen, buf.length - carryLen);
        eof = limit < buf.length;
        int end = eof ? limit : lastLineEnd(buf, limit);
        if (end < 0) {
          if (limit > maxLineBytes) {
            throw new AsciiCsvRows.Unsure("line longer than the field limit");
          }
          carry = buf; // no line end yet: read on into a larger buffer
          carryLen = limit;
          continue;
        }
        carryLen = limit - end;
        carry = Arrays.copyOfRange(buf, end, limit);
        int blockEnd = end;
        pending.add(
            pool.submit(() -> BlockTokens.split(buf, blockEnd, cells, kept, maxLineBytes, caches)));
        while (pending.size() > workers) {
          rows += drain(pending.poll(), sink);
        }
      }
      while (!pending.isEmpty()) {
        rows += drain(pending.poll(), sink);
      }
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Returns the index just after the last {@code \n} before {@code limit}, or -1 if none. */
  private static int lastLineEnd(byte[] buf, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  private static int drain(Future<BlockTokens> f, Sink sink) throws IOException {
    BlockTokens b;
    try {
      b = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
    sink.block(b.rows(), b.tokens(), b.typed());
    return b.rows();
  }
}
