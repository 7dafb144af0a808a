package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapCsvWriterTest {

  @Test
  void joinColumnLabelMajorAndPythonFloats() {
    StringWriter w = new StringWriter();
    ShapCsvWriter out =
        new ShapCsvWriter(
            w, List.of("age", "x,y"), TestColumn.of("id", Arrays.asList("a\"1", "b")));
    out.begin(List.of("label0", "label1"));
    out.accept(1, new double[][] {{0.5, -1e-5}, {0.0, 2850.5}});
    assertEquals(
        "id,age_label0,\"x,y_label0\",age_label1,\"x,y_label1\"\n\"b\",0.5,-1e-05,0.0,2850.5\n",
        w.toString());
  }

  @Test
  void baselineQuotesStringsOnly() {
    StringWriter w = new StringWriter();
    BaselineCsvWriter.write(
        w,
        List.of("a", "b", "c", "d"),
        new Baseline(List.<Object[]>of(new Object[] {1L, 2.5, "x", null})));
    assertEquals("a,b,c,d\n1,2.5,\"x\",\n", w.toString());
  }
}
