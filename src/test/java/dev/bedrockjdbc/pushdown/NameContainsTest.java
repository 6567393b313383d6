package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.tables.CustomModels;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

/** LIKE patterns and names to the nameContains value the API accepts. */
class NameContainsTest {
  static final FilterSpec.Contains NAME =
      (FilterSpec.Contains) CustomModels.TABLE.filter(CustomModels.TABLE.column("model_name"));
  /** ListEvaluationJobs' nameContains: lower case, single dashes between, ending in a letter or digit. */
  static final FilterSpec.Contains EVALUATION =
      new FilterSpec.Contains("job_name", "nameContains", Pattern.compile("[a-z0-9](-*[a-z0-9]){0,62}"), 63);

  @Test void eachTableHasItsOwnPattern() {
    assertEquals("bot-v", NameContains.fromLike(EVALUATION, "%My_bot-v%", null), "upper case and _ are not accepted");
    assertEquals("ab", NameContains.fromLike(EVALUATION, "%ab-%", null), "it cannot end in a dash");
    assertEquals("a--b", NameContains.fromName(EVALUATION, "a--b"));
    assertNull(NameContains.fromLike(EVALUATION, "%ABC%", null));
  }

  @Test void aVeryLongRunIsSearchedInItsStartOnly() {
    String run = "!".repeat(NameContains.SEARCHED) + "abc";
    assertNull(NameContains.fromName(NAME, run), "a pre-filter may use less of the run; the work stays bounded");
    assertEquals("a".repeat(63), NameContains.fromName(NAME, "a".repeat(1_000_000)));
  }

  @Test void longestLiteralRunBetweenWildcards() {
    assertEquals("support", NameContains.fromLike(NAME, "%support%", null));
    assertEquals("support", NameContains.fromLike(NAME, "support%", null));
    assertEquals("support", NameContains.fromLike(NAME, "%support", null));
    assertEquals("claims", NameContains.fromLike(NAME, "%ab%claims%x", null));
    assertEquals("bot", NameContains.fromLike(NAME, "s_pp_rt%bot", null), "_ is a wildcard");
  }

  @Test void escapedWildcardsAreLiteral() {
    assertEquals("a_b", NameContains.fromLike(NAME, "%a!_b%", '!'));
    assertEquals("ab", NameContains.fromLike(NAME, "%ab!%cd%", '!'), "an escaped % is a literal the API cannot take");
    assertNull(NameContains.fromLike(NAME, "abc!", '!'), "a dangling escape is an error in SQL: push nothing");
  }

  @Test void onlyWhatThePatternAccepts() {
    assertNull(NameContains.fromLike(NAME, "%%", null));
    assertNull(NameContains.fromLike(NAME, "%_%", null));
    assertEquals("model", NameContains.fromLike(NAME, "%my model%", null), "space is not allowed: longest valid piece");
    assertEquals("v1", NameContains.fromLike(NAME, "%.v1%", null));
    assertEquals("a-b", NameContains.fromLike(NAME, "%a-b%", null));
    assertEquals("a-", NameContains.fromLike(NAME, "%a--b%", null), "no two separators in a row");
    assertEquals("b", NameContains.fromLike(NAME, "%-b%", null), "must start with a letter or digit");
    assertNull(NameContains.fromLike(NAME, "%日本%", null));
    assertEquals(63, NameContains.fromLike(NAME, "%" + "a".repeat(100) + "%", null).length(), "at most 63 characters");
  }

  @Test void exactNames() {
    assertEquals("support-bot_v2", NameContains.fromName(NAME, "support-bot_v2"));
    assertNull(NameContains.fromName(NAME, ""));
  }
}
