package dev.bedrockjdbc.emulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A validated ListCustomModels request: every constraint of the API model is checked here and answered
 * with a ValidationException, because the SDK checks none of them on the client (bedrock-api.md 1.4). The
 * constraints are the emulator's own {@link ServiceConstraints}, never the driver's.
 */
final class ListQuery {
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
  /** The operation and the parameters that define the result set (all but the paging ones), for binding page
   *  tokens: a token from another operation's stream never matches. */
  final String fingerprint;

  ListQuery(Map<String, String> params, int defaultPageSize) throws ApiError {
    before = timestamp(params, "creationTimeBefore");
    after = timestamp(params, "creationTimeAfter");
    nameContains = text(params, ServiceConstraints.NAME_CONTAINS);
    baseModelArn = text(params, ServiceConstraints.BASE_MODEL_ARN_EQUALS);
    foundationModelArn = text(params, ServiceConstraints.FOUNDATION_MODEL_ARN_EQUALS);
    maxResults = maxResults(params.get("maxResults"), defaultPageSize);
    nextToken = text(params, ServiceConstraints.NEXT_TOKEN);
    String sortBy = choice(params, ServiceConstraints.SORT_BY);
    String sortOrder = choice(params, ServiceConstraints.SORT_ORDER);
    sorted = sortBy != null;
    descending = "Descending".equals(sortOrder);
    String owned = params.get("isOwned");
    if (owned != null && !ServiceConstraints.IS_OWNED.accepts(owned)) {
      throw ApiError.validation("Value '" + owned + "' at 'isOwned' is not a valid boolean");
    }
    isOwned = owned == null ? null : Boolean.valueOf(owned);
    modelStatus = choice(params, ServiceConstraints.MODEL_STATUS);
    Map<String, String> defining = new TreeMap<>(params);
    defining.remove("nextToken");
    defining.remove("maxResults");
    fingerprint = "ListCustomModels " + defining;
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

  /** A time bound as sent, or null; shared with {@link CatalogueQuery}. */
  static Instant timestamp(Map<String, String> params, String member) throws ApiError {
    String v = params.get(member);
    if (v == null) {
      return null;
    }
    if (!ServiceConstraints.acceptsTimestamp(v)) {
      throw ApiError.validation("Value '" + v + "' at '" + member + "' is not a valid ISO-8601 timestamp");
    }
    return Instant.parse(v);
  }

  private static String text(Map<String, String> params, ServiceConstraints.Text constraint) throws ApiError {
    String v = params.get(constraint.member());
    return v == null ? null : constraint.check(v);
  }

  private static String choice(Map<String, String> params, ServiceConstraints.Choice constraint) throws ApiError {
    String v = params.get(constraint.member());
    return v == null ? null : constraint.check(v);
  }

  /** maxResults as sent (1..1000), or the default page size; shared with {@link CatalogueQuery}. */
  static int maxResults(String v, int defaultPageSize) throws ApiError {
    if (v == null) {
      return defaultPageSize;
    }
    final long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiError.validation("Value '" + v + "' at 'maxResults' is not a valid integer");
    }
    if (n < ServiceConstraints.MAX_RESULTS_MIN) {
      throw ApiError.constraint("maxResults", v,
          "Member must have value greater than or equal to " + ServiceConstraints.MAX_RESULTS_MIN);
    }
    if (n > ServiceConstraints.MAX_RESULTS_MAX) {
      throw ApiError.constraint("maxResults", v,
          "Member must have value less than or equal to " + ServiceConstraints.MAX_RESULTS_MAX);
    }
    return (int) n;
  }
}
