package dev.fairness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output directory of a run (spec §9.1): every file is written into a fresh temporary directory
 * inside it ({@code .fairness-tmp-*}) and moved into place, file by file, only by {@link
 * #commit()}; {@link #close()} without a commit removes the temporary directory and leaves every
 * existing file untouched.
 */
public final class OutputDirectory implements AutoCloseable {

  private final Path target;
  private final Path staging;
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
      return new OutputDirectory(dir, Files.createTempDirectory(dir, ".fairness-tmp-"));
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

  /** Returns the final directory. */
  public Path target() {
    return target;
  }

  /**
   * Returns the staging path of an output file given relative to the output directory (e.g. {@code
   * explanations_shap/out.csv}), creating its parent directories.
   */
  public Path stage(String relative) {
    Path p = staging.resolve(relative);
    try {
      Files.createDirectories(p.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Returns the final path of an output file given relative to the output directory. */
  public Path finalPath(String relative) {
    return target.resolve(relative);
  }

  /**
   * Moves every staged file into place (replacing files of the same name), removes the staging
   * directory, and returns the final paths in sorted order. Synchronized with {@link #close()}: a
   * signal handler that closes the directory while a commit is under way waits for it, so the
   * output directory never holds a mix of old and new files.
   */
  public synchronized List<Path> commit() {
    List<Path> moved = new ArrayList<>();
    try (Stream<Path> files = Files.walk(staging)) {
      List<Path> staged = files.filter(Files::isRegularFile).sorted().toList();
      for (Path src : staged) {
        Path dst = target.resolve(staging.relativize(src).toString());
        Files.createDirectories(dst.getParent());
        try {
          Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
          Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING);
        }
        moved.add(dst);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    committed = true;
    deleteStaging();
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
