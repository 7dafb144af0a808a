package dev.fairness.config;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the location strings of the configuration into absolute paths (spec §1): relative paths are
 * resolved against the configuration file's directory, {@code s3://} URIs are rejected, and {@code
 * file:} URIs (a user expectation the spec does not mention) are accepted as local paths.
 */
final class PathResolver {

  private final Path configDir;
  private final Problems problems;

  PathResolver(Path configDir, Problems problems) {
    this.configDir = configDir;
    this.problems = problems;
  }

  /** Returns the configuration file's directory, against which relative paths are resolved. */
  Path configDir() {
    return configDir;
  }

  /** Returns the absolute, normalised path of {@code value} found at {@code pointer}, or null. */
  Path resolve(String value, String pointer) {
    if (value == null) {
      return null;
    }
    if (value.toLowerCase(Locale.ROOT).startsWith("s3://")) {
      problems.general(Section.dotted(pointer) + ": S3 URIs are not supported; use a local path");
      return null;
    }
    if (value.isEmpty()) {
      problems.schema(pointer, "empty path; give a file or directory path");
      return null;
    }
    try {
      Path p =
          value.toLowerCase(Locale.ROOT).startsWith("file:")
              ? Path.of(URI.create(value))
              : Path.of(value);
      return configDir.resolve(p).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      problems.schema(pointer, "not a valid local path " + value + " (" + e.getMessage() + ")");
      return null;
    }
  }
}
