package dev.fairness.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHeaderRuleTest {

  /** Expected lists are pandas 1.5.3 read_csv(...).columns of one-row files with these headers. */
  @Test
  void duplicateNamesAreRenamedAsPandasDoes() {
    assertEquals(
        List.of("a", "a.2", "a.1", "a.3"),
        CsvHeaderRule.pandasNames(List.of("a", "a", "a.1", "a")));
    assertEquals(
        List.of("a", "b", "a.2", "b.1", "a.1"),
        CsvHeaderRule.pandasNames(List.of("a", "b", "a", "b", "a.1")));
    assertEquals(
        List.of("a", "a.1", "a.2", "a.3"),
        CsvHeaderRule.pandasNames(List.of("a", "a", "a.2", "a")));
    assertEquals(List.of("a.1", "a", "a.2"), CsvHeaderRule.pandasNames(List.of("a.1", "a", "a")));
    assertEquals(List.of("x", "y"), CsvHeaderRule.pandasNames(List.of("x", "y")));
  }

  @Test
  void aHeaderLikeRowHasTextWhereTheNextRowHasNumbers() {
    CsvHeaderRule rule = new CsvHeaderRule(List.of("A", "B"), CsvHeaderMode.AUTO);
    assertTrue(rule.looksLikeHeader(List.of("race", "age"), List.of("x", "45")));
    assertFalse(rule.looksLikeHeader(List.of("x", "44"), List.of("y", "45")));
    assertFalse(rule.looksLikeHeader(List.of("a", "b"), List.of("x", "y")));
    assertFalse(rule.looksLikeHeader(List.of("a", "b"), null));
  }
}
