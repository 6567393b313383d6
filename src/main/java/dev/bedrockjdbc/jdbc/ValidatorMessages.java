package dev.bedrockjdbc.jdbc;

import static org.apache.calcite.util.Static.RESOURCE;

import org.apache.calcite.runtime.Resources;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of Calcite's validator resources produced a message. The patterns are made from the resources
 * themselves (each formatted with placeholders), so a message Calcite rewords in a later release still
 * matches, where a search for words such as "not found" would drift.
 */
final class ValidatorMessages {
  private static final String HOLE = "\u0000";
  private static final List<Pattern> UNKNOWN_COLUMN = List.of(
      pattern(RESOURCE.columnNotFound(HOLE)),
      pattern(RESOURCE.columnNotFoundDidYouMean(HOLE, HOLE)),
      pattern(RESOURCE.columnNotFoundInTable(HOLE, HOLE)),
      pattern(RESOURCE.columnNotFoundInTableDidYouMean(HOLE, HOLE, HOLE)));
  private static final List<Pattern> UNKNOWN_TABLE = List.of(
      pattern(RESOURCE.tableNameNotFound(HOLE)),
      pattern(RESOURCE.tableNameNotFoundDidYouMean(HOLE, HOLE)),
      pattern(RESOURCE.objectNotFound(HOLE)),
      pattern(RESOURCE.objectNotFoundWithin(HOLE, HOLE)),
      pattern(RESOURCE.objectNotFoundDidYouMean(HOLE, HOLE)),
      pattern(RESOURCE.objectNotFoundWithinDidYouMean(HOLE, HOLE, HOLE)),
      pattern(RESOURCE.schemaNotFound(HOLE)));

  private ValidatorMessages() {
  }

  static boolean unknownColumn(String message) {
    return matches(UNKNOWN_COLUMN, message);
  }

  static boolean unknownTable(String message) {
    return matches(UNKNOWN_TABLE, message);
  }

  private static boolean matches(List<Pattern> patterns, String message) {
    return message != null && patterns.stream().anyMatch(p -> p.matcher(message).matches());
  }

  private static Pattern pattern(Resources.Inst resource) {
    return Pattern.compile(Arrays.stream(resource.str().split(HOLE, -1)).map(Pattern::quote)
        .collect(Collectors.joining(".*")), Pattern.DOTALL);
  }
}
