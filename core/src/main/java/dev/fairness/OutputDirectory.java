package dev.fairness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The output directory of a run (spec §9.1): every file is written into a fresh temporary directory
 * inside it ({@code .fairness-tmp-*}) and moved into place, file by file, only by {@link
 * #commit()}; {@link #close()} without a commit removes the temporary directory and leaves every
 * existing file untouched.
 */
public final class OutputDirectory implements AutoCloseable {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private static final String STAGING_PREFIX = ".fairness-tmp-";

  private final Path target;
  private final Path staging;
  private final OutputLock lock;
  private final TreeSet<Path> staged = new TreeSet<>(); // files, in the order they are committed
  private final TreeSet<Path> stagedDirs = new TreeSet<>(); // their directories below staging
  private final TreeSet<String> claimed = new TreeSet<>(); // ours, removed at commit if unstaged
  private boolean committed;
  private boolean closed;

  private OutputDirectory(Path target, Path staging, OutputLock lock) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
  }

  /**
   * Creates the output directory if missing, locks it for this run ({@link OutputLock}), removes
   * staging directories left by runs that no longer run (their owner's process id is in the name),
   * and creates a new staging directory inside it. Throws a configuration error when the path
   * exists and is not a directory, cannot be created, or another run holds the lock.
   */
  public static OutputDirectory open(Path target) {
    Path dir = target.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          "--output " + target + ": exists and is not a directory; give a directory path");
    }
    OutputLock lock = null;
    try {
      Files.createDirectories(dir);
      lock = OutputLock.acquire(dir, target);
      removeStale(dir);
      return new OutputDirectory(dir, createStaging(dir), lock);
    } catch (IOException e) {
      if (lock != null) {
        lock.release();
      }
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          "--output "
              + target
              + ": cannot create the output directory ("
              + FairnessException.ioReason(e)
              + "); give a writable directory",
          e);
    }
  }

  /** Removes {@code .fairness-tmp-<pid>-*} directories whose process no longer runs. */
  private static void removeStale(Path dir) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.isDirectory(p) && staleOwner(p.getFileName().toString()))
          .forEach(stale::add);
    }
    for (Path p : stale) {
      deleteTree(p);
    }
  }

  private static boolean staleOwner(String name) {
    if (!name.startsWith(STAGING_PREFIX)) {
      return false;
    }
    String rest = name.substring(STAGING_PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash < 1 || !rest.substring(0, dash).matches("[0-9]{1,18}")) {
      return false; // not ours, or from a version without the owner in the name
    }
    long pid = Long.parseLong(rest.substring(0, dash));
    return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
  }

  /**
   * Creates a new {@code .fairness-tmp-<pid>-<n>} directory, owner-only where permissions exist.
   * Like {@link Files#createTempDirectory} but without its {@code SecureRandom} (about 15 ms of
   * security-provider start-up): the name only has to be new, which {@link Files#createDirectory}
   * checks atomically.
   */
  private static Path createStaging(Path dir) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    for (long n = System.nanoTime(); ; n++) {
      Path p =
          dir.resolve(
              STAGING_PREFIX + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(n, 36));
      try {
        return posix
            ? Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createDirectory(p);
      } catch (FileAlreadyExistsException e) {
        // taken: try the next name
      }
    }
  }

  /**
   * Returns the error for an output file that cannot be written (disk full, file too large, no
   * permission): a configuration error (exit 2) naming the directory, the file and the reason.
   */
  public FairnessException cannotWrite(String relative, IOException e) {
    String reason =
        e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage() != null ? e.getMessage() : "input/output error";
    return new FairnessException(
        FairnessException.Kind.CONFIG,
        "--output "
            + target
            + ": cannot write "
            + relative
            + " ("
            + reason
            + "); free some space or choose another --output",
        e);
  }

  /** Returns the final directory. */
  public Path target() {
    return target;
  }

  /**
   * Returns the staging path of an output file given relative to the output directory (e.g. {@code
   * explanations_shap/out.csv}), creating its parent directories.
   */
  public synchronized Path stage(String relative) {
    if (closed) {
      // a signal handler closed the run: never recreate the staging directory it removed
      throw new IllegalStateException("output directory closed");
    }
    Path p = staging.resolve(relative);
    try {
      Files.createDirectories(p.getParent());
    } catch (IOException e) {
      throw cannotWrite(relative, e);
    }
    staged.add(p);
    for (Path d = p.getParent(); !d.equals(staging); d = d.getParent()) {
      stagedDirs.add(d);
    }
    return p;
  }

  /**
   * Declares {@code relative} one of the run's own output files: when the run commits without
   * staging it, a copy left by an earlier run (say a report of a format not asked for this time) is
   * deleted, so the directory never mixes new outputs with stale ones of ours.
   */
  public synchronized void claim(String relative) {
    claimed.add(relative);
  }

  /**
   * Moves every staged file into place (replacing files of the same name), removes the staging
   * directory, and returns the final paths in sorted order. Synchronized with {@link #close()}: a
   * signal handler that closes the directory while a commit is under way waits for it, so the
   * output directory never holds a mix of old and new files.
   */
  public synchronized List<Path> commit() {
    List<Path> moved = new ArrayList<>();
    try {
      for (Path src : staged) {
        if (!Files.isRegularFile(src)) {
          continue; // staged but never written
        }
        Path dst = target.resolve(staging.relativize(src).toString());
        Files.createDirectories(dst.getParent());
        try {
          Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
          Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING);
        }
        moved.add(dst);
      }
      for (String rel : claimed) {
        if (!staged.contains(staging.resolve(rel))) {
          Files.deleteIfExists(target.resolve(rel));
        }
      }
      committed = true;
      // the staged files are gone: remove their (now empty) directories, deepest first
      for (Path d : stagedDirs.descendingSet()) {
        Files.delete(d);
      }
      Files.delete(staging);
    } catch (IOException e) {
      if (!committed) {
        throw cannotWrite(moved.size() < staged.size() ? relativeName(moved.size()) : "", e);
      }
      deleteStaging(); // something else was left in the staging directory
    }
    return moved;
  }

  private String relativeName(int index) {
    return staging.relativize(new ArrayList<>(staged).get(index)).toString();
  }

  /**
   * Removes the staging directory when the run did not commit and releases the lock; safe to call
   * more than once. Afterwards {@link #stage} refuses.
   */
  @Override
  public synchronized void close() {
    closeAndTell();
  }

  /** Closes as {@link #close()}; returns true when the outputs had been moved into place. */
  public synchronized boolean closeAndTell() {
    closed = true;
    try {
      if (!committed) {
        deleteStaging();
      }
    } finally {
      lock.release();
    }
    return committed;
  }

  private void deleteStaging() {
    // a file written at the same moment can make one pass fail: try again before giving up
    for (int attempt = 1; ; attempt++) {
      try {
        deleteTree(staging);
        return;
      } catch (UncheckedIOException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (NoSuchFileException ignored) {
          // already gone
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
