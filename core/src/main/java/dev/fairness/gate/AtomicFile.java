package dev.fairness.gate;

import dev.fairness.FairnessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: the text goes to a temporary file next to the target, which
 * is then renamed over it, so a reader (or a CI step) never sees a half-written report.
 */
public final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes {@code text} as UTF-8 to {@code target}, creating missing parent directories and
   * replacing an existing file. Throws a {@link FairnessException} of kind {@code CONFIG} (exit 2)
   * naming the path when it cannot be written; the temporary file is removed in that case.
   */
  public static void write(Path target, String text) {
    Path file = target.toAbsolutePath().normalize();
    Path tmp = null;
    try {
      if (Files.isDirectory(file)) {
        throw new FairnessException(
            FairnessException.Kind.CONFIG, target + ": is a directory; give a file path");
      }
      Path dir = file.getParent();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new FairnessException(
          FairnessException.Kind.CONFIG,
          target
              + ": cannot write the file ("
              + FairnessException.ioReason(e)
              + "); give a writable path",
          e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is the one worth reporting
        }
      }
    }
  }
}
