package dev.bedrockjdbc.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The service's own constraints on ListCustomModels and GetCustomModel requests, transcribed from the
 * reference documents (bedrock-api.md 1.2, 1.3, 1.5 and 3; bedrock-tables.md "ListCustomModels"), not from
 * the driver's code. It is deliberately a second copy: if the driver's idea of the API drifts from the
 * service's, requests the driver thinks valid come back 400 here, which a shared copy could never show.
 * Patterns are matched in full (bedrock-api.md 1.2: "An emulator should use full-match").
 */
public final class ServiceConstraints {
  /** A string member: length bounds (inclusive) and a pattern, or null where the model gives none. */
  public record Text(String member, int minLength, int maxLength, Pattern pattern) {
    /** Whether the service accepts this value. */
    public boolean accepts(String v) {
      return v.length() >= minLength && v.length() <= maxLength && (pattern == null || pattern.matcher(v).matches());
    }

    /** The value, or the service's ValidationException for it, checking lengths before the pattern. */
    String check(String v) throws ApiError {
      if (v.length() < minLength) {
        throw ApiError.constraint(member, v, "Member must have length greater than or equal to " + minLength);
      }
      if (v.length() > maxLength) {
        throw ApiError.constraint(member, v, "Member must have length less than or equal to " + maxLength);
      }
      if (pattern != null && !pattern.matcher(v).matches()) {
        throw ApiError.constraint(member, v, "Member must satisfy regular expression pattern: " + pattern.pattern());
      }
      return v;
    }
  }

  /** An enum member: the exact, case-sensitive wire values. */
  public record Choice(String member, List<String> values) {
    public boolean accepts(String v) {
      return values.contains(v);
    }

    String check(String v) throws ApiError {
      if (!accepts(v)) {
        throw ApiError.constraint(member, v, "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
      }
      return v;
    }
  }

  /** P-MODELARN (bedrock-api.md 1.2), the {@code ModelArn} shape: a custom or a foundation model. */
  public static final String P_MODELARN =
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))"
          + "(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}"
          + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}))";
  /** P-FMARN (bedrock-api.md 1.2), the {@code FoundationModelArn} shape. */
  public static final String P_FMARN =
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}"
          + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}";
  /** The {@code CustomModelName} pattern (nameContains, and a summary's modelName). */
  public static final String P_CUSTOM_MODEL_NAME = "([0-9a-zA-Z][_-]?){1,63}";

  public static final Text NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_CUSTOM_MODEL_NAME));
  public static final Text BASE_MODEL_ARN_EQUALS = new Text("baseModelArnEquals", 20, 1011, Pattern.compile(P_MODELARN));
  /** "no length bound" (bedrock-api.md 1.2; bedrock-tables.md lists no min/max either). */
  public static final Text FOUNDATION_MODEL_ARN_EQUALS =
      new Text("foundationModelArnEquals", 0, Integer.MAX_VALUE, Pattern.compile(P_FMARN));
  /** {@code PaginationToken}: 1..2048, {@code \S*}. */
  public static final Text NEXT_TOKEN = new Text("nextToken", 1, 2048, Pattern.compile("\\S*"));
  /** GetCustomModel's {@code modelIdentifier} (bedrock-api.md 3): 1..2048. The documents say its pattern admits
   *  names, custom and foundation ARNs and IDs, but do not give it, so only the length is checked. */
  public static final Text MODEL_IDENTIFIER = new Text("modelIdentifier", 1, 2048, null);

  public static final int MAX_RESULTS_MIN = 1;
  public static final int MAX_RESULTS_MAX = 1000;

  public static final Choice SORT_BY = new Choice("sortBy", List.of("CreationTime"));
  public static final Choice SORT_ORDER = new Choice("sortOrder", List.of("Ascending", "Descending"));
  public static final Choice MODEL_STATUS = new Choice("modelStatus", List.of("Active", "Creating", "Failed"));
  /** {@code isOwned} is a boolean on the wire: the SDK sends {@code true} or {@code false} (bedrock-api.md 1.3). */
  public static final Choice IS_OWNED = new Choice("isOwned", List.of("true", "false"));

  /**
   * creationTimeBefore/After as sent on the wire: ISO-8601 UTC with a literal Z, the fraction absent or in
   * groups of 3 digits (bedrock-api.md 1.3 and the checklist of section 7: "0, 3, 6 or 9 fractional digits
   * and a Z"). The model puts no range on the value itself.
   */
  public static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3}|\\.\\d{6}|\\.\\d{9})?Z");

  /**
   * What a summary's {@code modelArn} looks like: the custom-model branch of P-MODELARN (bedrock-tables.md:
   * "custom-model/(imported|provider.model[:version[:variant]])/12 chars", service pattern CustomModelArn).
   */
  public static final Pattern CUSTOM_MODEL_ARN = Pattern.compile(
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))"
          + "(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12}");
  /** A summary's {@code modelName}: CustomModelName, 1..63 (bedrock-api.md 1.5). */
  public static final Text MODEL_NAME = new Text("modelName", 1, 63, Pattern.compile(P_CUSTOM_MODEL_NAME));

  private ServiceConstraints() {
  }

  /** Whether the service accepts this maxResults value as sent on the wire. */
  public static boolean acceptsMaxResults(String v) {
    try {
      long n = Long.parseLong(v);
      return n >= MAX_RESULTS_MIN && n <= MAX_RESULTS_MAX;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether the service accepts this creationTimeBefore/After value as sent on the wire. */
  public static boolean acceptsTimestamp(String v) {
    if (!TIMESTAMP.matcher(v).matches()) {
      return false;
    }
    try {
      Instant.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false; // the right form but no such date or time, e.g. month 13
    }
  }
}
