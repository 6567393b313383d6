package dev.bedrockjdbc.emulator;

import dev.bedrockjdbc.aws.ApiShapes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A validated ListCustomModels request: every constraint of the API model is checked here and answered
 * with a ValidationException, because the SDK checks none of them on the client (bedrock-api.md 1.4).
 */
final class ListQuery {
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3}|\\.\\d{6}|\\.\\d{9})?Z");
  private static final Pattern TOKEN = Pattern.compile("\\S{1,2048}");

  final Instant before;
  final Instant after;
  final String nameContains;
  final String baseModelArn;
  final String foundationModelArn;
  final int maxResults;
  final String nextToken;
  final boolean sorted;
  final boolean descending;
  final Boolean isOwned;
  final String modelStatus;
  /** The parameters that define the result set (all but the paging ones), for binding page tokens. */
  final String fingerprint;

  ListQuery(Map<String, String> params, int defaultPageSize) throws ApiError {
    before = timestamp(params, "creationTimeBefore");
    after = timestamp(params, "creationTimeAfter");
    nameContains = matching(params, "nameContains", ApiShapes.CUSTOM_MODEL_NAME, 1, 63);
    baseModelArn = matching(params, "baseModelArnEquals", ApiShapes.MODEL_ARN, 20, 1011);
    foundationModelArn = matching(params, "foundationModelArnEquals", ApiShapes.FOUNDATION_MODEL_ARN, 1, Integer.MAX_VALUE);
    maxResults = maxResults(params.get("maxResults"), defaultPageSize);
    nextToken = matching(params, "nextToken", TOKEN, 1, 2048);
    String sortBy = params.get("sortBy");
    if (sortBy != null && !sortBy.equals("CreationTime")) {
      throw ApiError.constraint("sortBy", sortBy, "Member must satisfy enum value set: [CreationTime]");
    }
    String sortOrder = params.get("sortOrder");
    if (sortOrder != null && !sortOrder.equals("Ascending") && !sortOrder.equals("Descending")) {
      throw ApiError.constraint("sortOrder", sortOrder, "Member must satisfy enum value set: [Ascending, Descending]");
    }
    sorted = sortBy != null;
    descending = "Descending".equals(sortOrder);
    String owned = params.get("isOwned");
    if (owned != null && !owned.equals("true") && !owned.equals("false")) {
      throw ApiError.validation("Value '" + owned + "' at 'isOwned' is not a valid boolean");
    }
    isOwned = owned == null ? null : Boolean.valueOf(owned);
    modelStatus = params.get("modelStatus");
    if (modelStatus != null && !ApiShapes.MODEL_STATUSES.contains(modelStatus)) {
      throw ApiError.constraint("modelStatus", modelStatus, "Member must satisfy enum value set: [Active, Creating, Failed]");
    }
    Map<String, String> defining = new TreeMap<>(params);
    defining.remove("nextToken");
    defining.remove("maxResults");
    fingerprint = defining.toString();
  }

  /** The matching models in the order the service returns them. */
  List<EmulatedModel> select(List<EmulatedModel> models, String callerAccount, Semantics semantics) {
    Predicate<EmulatedModel> p = m -> true;
    if (nameContains != null) {
      p = p.and(m -> contains(m.modelName(), nameContains, semantics)
          || semantics.nameMatchesJobName() && m.jobName() != null && contains(m.jobName(), nameContains, semantics));
    }
    if (after != null) {
      Instant bound = semantics.boundsToSeconds() ? after.truncatedTo(ChronoUnit.SECONDS) : after;
      p = p.and(m -> semantics.boundsInclusive() ? !m.creationTime().isBefore(bound) : m.creationTime().isAfter(bound));
    }
    if (before != null) {
      Instant bound = semantics.boundsToSeconds() ? before.truncatedTo(ChronoUnit.SECONDS) : before;
      p = p.and(m -> semantics.boundsInclusive() ? !m.creationTime().isAfter(bound) : m.creationTime().isBefore(bound));
    }
    if (baseModelArn != null) {
      p = p.and(m -> baseModelArn.equals(m.baseModelArn()));
    }
    if (foundationModelArn != null) {
      p = p.and(m -> foundationModelArn.equals(m.foundationModelArn()));
    }
    if (isOwned != null) {
      p = p.and(m -> isOwned == callerAccount.equals(m.ownerAccountId()));
    }
    if (modelStatus != null) {
      p = p.and(m -> modelStatus.equals(m.modelStatus()));
    }
    List<EmulatedModel> out = new ArrayList<>();
    for (EmulatedModel m : models) {
      if (p.test(m)) {
        out.add(m);
      }
    }
    if (sorted) {
      // Ties on creation time are broken by ARN, so that pages never overlap.
      Comparator<EmulatedModel> c =
          Comparator.comparing(EmulatedModel::creationTime).thenComparing(EmulatedModel::modelArn);
      out.sort(descending ? c.reversed() : c);
    }
    return out;
  }

  private static boolean contains(String text, String part, Semantics semantics) {
    return semantics.nameCaseSensitive()
        ? text.contains(part)
        : text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  private static Instant timestamp(Map<String, String> params, String member) throws ApiError {
    String v = params.get(member);
    if (v == null) {
      return null;
    }
    if (!TIMESTAMP.matcher(v).matches()) {
      throw ApiError.validation("Value '" + v + "' at '" + member + "' is not a valid ISO-8601 timestamp");
    }
    return Instant.parse(v);
  }

  private static String matching(Map<String, String> params, String member, Pattern pattern, int min, int max)
      throws ApiError {
    String v = params.get(member);
    if (v == null) {
      return null;
    }
    if (v.length() < min) {
      throw ApiError.constraint(member, v, "Member must have length greater than or equal to " + min);
    }
    if (v.length() > max) {
      throw ApiError.constraint(member, v, "Member must have length less than or equal to " + max);
    }
    if (!pattern.matcher(v).matches()) {
      throw ApiError.constraint(member, v, "Member must satisfy regular expression pattern: " + pattern.pattern());
    }
    return v;
  }

  private static int maxResults(String v, int defaultPageSize) throws ApiError {
    if (v == null) {
      return defaultPageSize;
    }
    final long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiError.validation("Value '" + v + "' at 'maxResults' is not a valid integer");
    }
    if (n < 1) {
      throw ApiError.constraint("maxResults", v, "Member must have value greater than or equal to 1");
    }
    if (n > 1000) {
      throw ApiError.constraint("maxResults", v, "Member must have value less than or equal to 1000");
    }
    return (int) n;
  }
}
