package dev.fairness.data.csv;

import dev.fairness.data.TextCell;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
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
     * Takes one block of {@code bytes} bytes: {@code tokens[k][i]} indexes {@code typed[k]} for
     * kept column {@code k} (position in {@code kept}) of row {@code i}, for {@code rows} rows. The
     * arrays are reused for later blocks: they are valid only during the call.
     */
    void block(int rows, int bytes, int[][] tokens, TextCell[][] typed);
  }

  /**
   * Reads every line of {@code in} to its end, handing each block to {@code sink}; returns the
   * number of rows (empty lines are skipped).
   */
  long read(InputStream in, Sink sink) throws IOException {
    ExecutorService pool = workerPool();
    ArrayDeque<Pending> pending = new ArrayDeque<>();
    ArrayDeque<byte[]> free = new ArrayDeque<>(); // block buffers back from the workers
    ConcurrentLinkedQueue<int[][]> freeTokens = new ConcurrentLinkedQueue<>();
    long rows = 0;
    TypedCellCache[] caches = caches();
    try {
      byte[] prev = new byte[0]; // holds the partial line after the last block, from prevEnd
      int prevEnd = 0;
      int carryLen = 0;
      boolean eof = false;
      while (!eof) {
        int size = Math.max(blockBytes, carryLen * 2);
        byte[] buf = size == blockBytes && !free.isEmpty() ? free.pop() : new byte[size];
        System.arraycopy(prev, prevEnd, buf, 0, carryLen);
        int limit = carryLen + in.readNBytes(buf, carryLen, buf.length - carryLen);
        eof = limit < buf.length;
        int end = eof ? limit : lastLineEnd(buf, limit);
        if (end < 0) {
          if (limit > maxLineBytes) {
            throw AsciiCsvRows.Unsure.tooLong();
          }
          prev = buf; // no line end yet: read on into a larger buffer
          prevEnd = 0;
          carryLen = limit;
          continue;
        }
        prev = buf; // read-only from here on, by its worker and by the next copy
        prevEnd = end;
        carryLen = limit - end;
        pending.add(
            new Pending(
                pool.submit(
                    () ->
                        BlockTokens.split(
                            buf, end, cells, kept, maxLineBytes, caches, freeTokens.poll())),
                buf,
                end));
        while (pending.size() > workers) {
          rows += drain(pending.poll(), sink, free, freeTokens);
        }
      }
      while (!pending.isEmpty()) {
        rows += drain(pending.poll(), sink, free, freeTokens);
      }
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Returns the pool of {@code workers} daemon threads that split and type the blocks. */
  private ExecutorService workerPool() {
    return Executors.newFixedThreadPool(
        workers,
        r -> {
          Thread t = new Thread(r, "fairness-csv");
          t.setDaemon(true);
          return t;
        });
  }

  /** Returns one typed-cell cache per kept column, shared by the workers. */
  private TypedCellCache[] caches() {
    TypedCellCache[] caches = new TypedCellCache[kept.length];
    for (int k = 0; k < caches.length; k++) {
      caches[k] = new TypedCellCache();
    }
    return caches;
  }

  /** A block handed to a worker, its buffer and the length of its whole lines there. */
  private record Pending(Future<BlockTokens> tokens, byte[] buffer, int bytes) {}

  /** Returns the index just after the last {@code \n} before {@code limit}, or -1 if none. */
  private static int lastLineEnd(byte[] buf, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  private int drain(
      Pending p, Sink sink, ArrayDeque<byte[]> free, ConcurrentLinkedQueue<int[][]> freeTokens)
      throws IOException {
    BlockTokens b;
    try {
      b = p.tokens().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
    if (p.buffer().length == blockBytes) {
      free.push(p.buffer()); // the typed cells hold their own strings
    }
    sink.block(b.rows(), p.bytes(), b.tokens(), b.typed());
    freeTokens.add(b.tokens()); // the sink is done with them
    return b.rows();
  }
}
