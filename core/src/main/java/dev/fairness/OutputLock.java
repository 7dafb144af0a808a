package dev.fairness;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The lock that keeps two runs out of one output directory: a file {@code .fairness.lock} holding
 * the owner's process id, locked with {@link FileChannel#tryLock()} and removed by {@link
 * #release()}. A second run does not wait: {@link #acquire} refuses it, naming the running one.
 */
final class OutputLock {

  static final String NAME = ".fairness.lock";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dir} for this process.
   *
   * @throws FairnessException (configuration, exit 2) when another run holds the lock
   * @throws IOException when the lock file cannot be written
   */
  static OutputLock acquire(Path dir, Path asGiven) throws IOException {
    Path file = dir.resolve(NAME);
    String owner = Long.toString(ProcessHandle.current().pid());
    while (true) {
      try {
        Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        // held or left by another run: tryLock tells which
      }
      Object before = key(file);
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this JVM holds it already
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
      if (lock == null) {
        String other = readOwner(ch);
        ch.close();
        throw new FairnessException(
            FairnessException.Kind.CONFIG,
            "--output "
                + asGiven
                + ": another fairness run (process "
                + other
                + ") is writing to this directory; wait for it to end or choose another --output");
      }
      // the run that held the file may have removed it meanwhile: then lock the new one. (Only
      // stat the path: opening and closing it again would drop this process's lock.)
      if (before != null && before.equals(key(file))) {
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(false);
        return new OutputLock(file, ch, lock);
      }
      lock.release();
      ch.close();
    }
  }

  private static Object key(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() != null ? a.fileKey() : a.creationTime();
    } catch (IOException e) {
      return null;
    }
  }

  private static String readOwner(FileChannel ch) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      ch.read(b, 0);
      String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
      return s.matches("[0-9]{1,19}") ? s : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Removes the lock file and releases the lock; safe to call more than once. */
  void release() {
    if (!channel.isOpen()) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left behind: the next run locks it again
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // closing releases the lock in any case
    }
  }
}
