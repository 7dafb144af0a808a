package dev.fairness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version filtered into {@code fairness-version.properties} at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

  /** Returns the tool version, e.g. {@code 0.1.0}. */
  static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/fairness-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"fairness " + version()};
  }
}
