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

  private final Path target;
  private final Path staging;
  private final TreeSet<Path> staged = new TreeSet<>(); // files, in the order they are committed
  private final TreeSet<Path> stagedDirs = new TreeSet<>(); // their directories below staging
  private final TreeSet<String> claimed = new TreeSet<>(); // ours, removed at commit if unstaged
  private boolean committed;

  private OutputDirectory(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Creates the output directory if missing and a new staging directory inside it. Throws a
   * configuration error when the path exists and is not a directory, or cannot be created.
   */
  public static OutputDirectory open(Path target) {
    Path dir = target.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          "--output " + target + ": exists and is not a directory; give a directory path");
    }
    try {
      Files.createDirectories(dir);
      return new OutputDirectory(dir, createStaging(dir));
    } catch (IOException e) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          "--output "
              + target
              + ": cannot create the output directory ("
              + e
              + "); give a writable directory",
          e);
    }
  }

  /**
   * Creates a new {@code .fairness-tmp-<n>} directory, owner-only where permissions exist. Like
   * {@link Files#createTempDirectory} but without its {@code SecureRandom} (about 15 ms of
   * security-provider start-up): the name only has to be new, which {@link Files#createDirectory}
   * checks atomically.
   */
  private static Path createStaging(Path dir) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    for (long n = System.nanoTime(); ; n++) {
      Path p = dir.resolve(".fairness-tmp-" + Long.toUnsignedString(n, 36));
      try {
        return posix
            ? Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createDirectory(p);
      } catch (FileAlreadyExistsException e) {
        // taken: try the next name
      }
    }
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
    Path p = staging.resolve(relative);
    try {
      Files.createDirectories(p.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
        throw new UncheckedIOException(e);
      }
      deleteStaging(); // something else was left in the staging directory
    }
    return moved;
  }

  /** Removes the staging directory when the run did not commit. */
  @Override
  public synchronized void close() {
    if (!committed) {
      deleteStaging();
    }
  }

  private void deleteStaging() {
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> files = Files.walk(staging)) {
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
