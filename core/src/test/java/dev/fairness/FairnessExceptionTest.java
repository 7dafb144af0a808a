package dev.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: I/O and parser failures in words, never a Java class name. */
class FairnessExceptionTest {

  @Test
  void ioReasonSaysWhatHappened(@TempDir Path dir) {
    assertEquals("file not found", FairnessException.ioReason(new NoSuchFileException("/x")));
    assertEquals("permission denied", FairnessException.ioReason(new AccessDeniedException("/x")));
    assertEquals("not UTF-8 text", FairnessException.ioReason(new MalformedInputException(1)));
    assertEquals(
        "file not found",
        FairnessException.ioReason(new FileNotFoundException("/x (No such file or directory)")));
    assertEquals(
        "no space left on device",
        FairnessException.ioReason(new FileSystemException("/x", null, "No space left on device")));
    assertEquals(
        "input/output error",
        FairnessException.ioReason(new IOException("java.lang.IllegalStateException: boom")));
    assertEquals("input/output error", FairnessException.ioReason(new IOException()));
    IOException directory =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> Files.readAllBytes(dir));
    assertEquals("it is a directory", FairnessException.ioReason(directory));
  }

  @Test
  void jsonAndInternalReasonsHaveNoClassNames() {
    assertEquals(
        "Unexpected character ('}' (code 125))",
        FairnessException.jsonReason(
            "Unexpected character ('}' (code 125))\n at [Source: (byte[])\"{}\"; line: 1]"));
    assertEquals(
        "Cannot deserialize value of type Integer from the file",
        FairnessException.jsonReason(
            "Cannot deserialize value of type java.lang.Integer from [Source: x; line: 1]"));
    assertEquals(
        "an unexpected failure", FairnessException.internalReason(new NullPointerException()));
    assertEquals(
        "an unexpected failure",
        FairnessException.internalReason(new IllegalStateException("java.util.Foo failed")));
    assertEquals(
        "index 3 out of bounds",
        FairnessException.internalReason(new IllegalStateException("index 3 out of bounds")));
  }
}
