package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void suggestsTheNearestNameWithinATypo() {
    List<String> cols = List.of("race", "sex", "age", "two_year_recid", "y");
    assertEquals("race", DidYouMean.nearest("Race", cols));
    assertEquals("sex", DidYouMean.nearest("sexx", cols));
    assertEquals("two_year_recid", DidYouMean.nearest("two_year_recud", cols));
    assertEquals("y", DidYouMean.nearest("Y", cols));
    assertNull(DidYouMean.nearest("q", cols));
    assertNull(DidYouMean.nearest("income", cols));
    assertEquals("; did you mean label?", DidYouMean.hint("labell", List.of("label", "local")));
    assertEquals("", DidYouMean.hint("zzz", List.of("label")));
  }

  @Test
  void distanceIsLevenshtein() {
    assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    assertEquals(0, DidYouMean.distance("", ""));
    assertEquals(4, DidYouMean.distance("", "abcd"));
  }
}
