package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.function.Executable;

/** Writes test files and runs the loader for the data tests. */
final class DataFiles {

  private DataFiles() {}

  static Path write(Path dir, String name, String content) {
    return writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      if (name.endsWith(".gz")) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
          out.write(content);
        }
      } else {
        Files.write(p, content);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path testdata(String name) {
    return Path.of(System.getProperty("testdata.dir", "../testdata"), "data", name);
  }

  static Dataset load(ConfigFixture c) {
    return load(c, CsvHeaderMode.AUTO, ColumnNeeds.rolesOnly(), RunLog.silent());
  }

  static Dataset load(ConfigFixture c, CsvHeaderMode mode, ColumnNeeds needs, RunLog log) {
    return DatasetLoader.load(c.build(), null, mode, needs, log);
  }

  static String error(Executable e) {
    return assertThrows(DataException.class, e).getMessage();
  }

  static List<Object> values(Column c) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(c.get(i));
    }
    return out;
  }
}
