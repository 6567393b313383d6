package dev.bedrockjdbc.catalog;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A predicate on one column that a List request can pre-filter on, and the API parameter that carries it.
 * Every parameter is a pre-filter: the API may return more rows than the SQL predicate selects, never fewer,
 * and Calcite evaluates the exact predicate afterwards unless {@code exact} says the API selects exactly
 * those rows.
 */
public sealed interface FilterSpec {
  /** The column's SQL name. */
  String column();

  /**
   * {@code column = v} / {@code IN (...)} sent as {@code parameter=v}, one request stream per value of an IN
   * list when {@code split}; a value {@code sendable} rejects (outside the API's enum or pattern: a value
   * added after this SDK may still be a row's) is not sent, and Calcite alone decides.
   *
   * @param exact whether the API applies it exactly (an enum, compared as SQL compares)
   */
  record Equals(String column, String parameter, boolean exact, Predicate<String> sendable, boolean split)
      implements FilterSpec {
  }

  /**
   * A BOOLEAN column sent as {@code parameter=true|false}; exact for {@code exactValue} only (for is_owned,
   * {@code isOwned=false} also lists models without an owner, which SQL's {@code NOT is_owned} drops).
   */
  record Flag(String column, String parameter, Boolean exactValue) implements FilterSpec {
  }

  /**
   * {@code LIKE} and {@code =} on a name, sent as a substring every matching name must contain: the longest
   * literal run of the pattern (or the name) that {@code accepted} matches in full, at most {@code maxLength}.
   */
  record Contains(String column, String parameter, Pattern accepted, int maxLength) implements FilterSpec {
  }

  /**
   * Comparisons and {@code =} on a TIMESTAMP, sent as {@code after}/{@code before} bounds widened to whole
   * seconds and one more second on each side (the API's bound semantics are not documented).
   */
  record Range(String column, String afterParameter, String beforeParameter) implements FilterSpec {
  }

  /**
   * A JSON list of enum values holds {@code v}: {@code column LIKE '%"v"%'} (the quoted value, so that a longer
   * value containing it does not match) sent as {@code parameter=v} when {@code sendable} accepts it. The
   * API's own test (ListFoundationModels' byCustomizationType), never taken as exact.
   */
  record Element(String column, String parameter, Predicate<String> sendable) implements FilterSpec {
  }

  /** {@code column = v} / {@code IN (...)} on the table's key, answered by point lookups (its {@link Lookup}). */
  record Key(String column, Predicate<String> sendable) implements FilterSpec {
  }

  /**
   * An equality that nothing is sent for, but that the table's plain listing answers exactly when the value is
   * {@code listedValue}: guardrails' {@code version = 'DRAFT'} needs no listing per guardrail. {@code sendable}:
   * the values the API takes for the column where a Get names it (GetGuardrail's guardrailVersion).
   */
  record Listed(String column, String listedValue, Predicate<String> sendable) implements FilterSpec {
  }

  /**
   * {@code account_id} or {@code region} = v / IN (...): not sent, but only the connection's targets (an account in a
   * region) the values name are called. Exact: a row's value is the target it was read from.
   */
  record Scope(String column) implements FilterSpec {
  }
}
