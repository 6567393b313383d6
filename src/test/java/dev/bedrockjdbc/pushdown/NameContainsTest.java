package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** LIKE patterns and names to the nameContains value the API accepts. */
class NameContainsTest {
  @Test void longestLiteralRunBetweenWildcards() {
    assertEquals("support", NameContains.fromLike("%support%", null));
    assertEquals("support", NameContains.fromLike("support%", null));
    assertEquals("support", NameContains.fromLike("%support", null));
    assertEquals("claims", NameContains.fromLike("%ab%claims%x", null));
    assertEquals("bot", NameContains.fromLike("s_pp_rt%bot", null), "_ is a wildcard");
  }

  @Test void escapedWildcardsAreLiteral() {
    assertEquals("a_b", NameContains.fromLike("%a!_b%", '!'));
    assertEquals("ab", NameContains.fromLike("%ab!%cd%", '!'), "an escaped % is a literal the API cannot take");
    assertNull(NameContains.fromLike("abc!", '!'), "a dangling escape is an error in SQL: push nothing");
  }

  @Test void onlyWhatThePatternAccepts() {
    assertNull(NameContains.fromLike("%%", null));
    assertNull(NameContains.fromLike("%_%", null));
    assertEquals("model", NameContains.fromLike("%my model%", null), "space is not allowed: longest valid piece");
    assertEquals("v1", NameContains.fromLike("%.v1%", null));
    assertEquals("a-b", NameContains.fromLike("%a-b%", null));
    assertEquals("a-", NameContains.fromLike("%a--b%", null), "no two separators in a row");
    assertEquals("b", NameContains.fromLike("%-b%", null), "must start with a letter or digit");
    assertNull(NameContains.fromLike("%日本%", null));
    assertEquals(63, NameContains.fromLike("%" + "a".repeat(100) + "%", null).length(), "at most 63 characters");
  }

  @Test void exactNames() {
    assertEquals("support-bot_v2", NameContains.fromName("support-bot_v2"));
    assertNull(NameContains.fromName(""));
  }
}
