package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.aws.ApiShapes;
import dev.bedrockjdbc.scan.ListRequest;
import dev.bedrockjdbc.schema.CustomModelColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The translation from SQL predicates to API calls, as a pure function. Every parameter it sends is implied
 * by the predicates (the API may return more rows, never fewer); values the API would reject are never sent;
 * predicates no row can satisfy need no call. Calcite still evaluates the exact predicates afterwards.
 */
public final class RequestPlanner {
  /** More values than this on one column are not split into request streams: a scan is cheaper. */
  static final int MAX_STREAMS = 20;
  private static final long SECOND = 1000;

  private RequestPlanner() {
  }

  /**
   * The calls for a query.
   *
   * @param conditions   pushable conjuncts, all bound (no parameters)
   * @param descending   null: no pushed sort; else sortBy=CreationTime in that order
   * @param rowCap       rows the query can use at most, when nothing above the scan drops rows; else -1
   * @param pageSize     the connection's page size
   * @param needsSummaryOnlyColumns whether the query reads a column GetCustomModel does not return
   */
  public static RequestPlan plan(List<Condition> conditions, Boolean descending, long rowCap, int pageSize,
      boolean needsSummaryOnlyColumns) {
    Map<CustomModelColumn, Set<Object>> equal = new EnumMap<>(CustomModelColumn.class);
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;
    List<String> nameRuns = new ArrayList<>();
    for (Condition c : conditions) {
      List<Object> values = c.values();
      switch (c.kind()) {
        case EQUALS -> {
          Set<Object> set = new LinkedHashSet<>(values);
          set.remove(null); // col = NULL is never true
          if (c.column() == CustomModelColumn.CREATION_TIME) {
            if (set.size() != 1) {
              if (set.isEmpty()) {
                return new RequestPlan.NoCall("creation_time = NULL");
              }
              continue; // several instants: left to Calcite
            }
            long t = (Long) set.iterator().next();
            lo = Math.max(lo, t);
            hi = Math.min(hi, t);
          } else {
            equal.merge(c.column(), set, (a, b) -> {
              a.retainAll(b);
              return a;
            });
          }
        }
        case LIKE -> {
          Object pattern = values.get(0);
          if (pattern == null) {
            return new RequestPlan.NoCall("LIKE NULL");
          }
          String run = NameContains.fromLike((String) pattern, c.escape());
          if (run != null && (c.caseSensitive() || NameContains.caseless(run))) {
            nameRuns.add(run);
          }
        }
        case GREATER, GREATER_EQUAL, LESS, LESS_EQUAL -> {
          Object v = values.get(0);
          if (v == null) {
            return new RequestPlan.NoCall("comparison with NULL");
          }
          long t = (Long) v;
          switch (c.kind()) {
            case GREATER -> lo = Math.max(lo, t + 1);
            case GREATER_EQUAL -> lo = Math.max(lo, t);
            case LESS -> hi = Math.min(hi, t - 1);
            default -> hi = Math.min(hi, t);
          }
        }
        default -> throw new AssertionError(c.kind());
      }
    }
    if (lo > hi) {
      return new RequestPlan.NoCall("empty creation_time range");
    }
    // Values no row can have: the API would reject them, and the answer is empty.
    keepValid(equal, CustomModelColumn.MODEL_ARN, v -> ApiShapes.CUSTOM_MODEL_ARN.matcher((String) v).matches());
    keepValid(equal, CustomModelColumn.BASE_MODEL_ARN, v -> ApiShapes.isBaseModelArn((String) v));
    keepValid(equal, CustomModelColumn.FOUNDATION_MODEL_ARN,
        v -> ApiShapes.FOUNDATION_MODEL_ARN.matcher((String) v).matches());
    keepValid(equal, CustomModelColumn.MODEL_STATUS, ApiShapes.MODEL_STATUSES::contains);
    for (Map.Entry<CustomModelColumn, Set<Object>> e : equal.entrySet()) {
      if (e.getValue().isEmpty()) {
        return new RequestPlan.NoCall("no " + e.getKey().columnName() + " value can match");
      }
    }
    Set<Object> arns = equal.get(CustomModelColumn.MODEL_ARN);
    // A lookup cannot vouch for a foundation model, so a filter on one keeps the listing that can.
    if (arns != null && arns.size() <= MAX_STREAMS && !equal.containsKey(CustomModelColumn.FOUNDATION_MODEL_ARN)) {
      return new RequestPlan.Lookup(arns.stream().map(String.class::cast).toList(), needsSummaryOnlyColumns);
    }
    return listing(equal, lo, hi, nameRuns, descending, rowCap, pageSize);
  }

  private static RequestPlan listing(Map<CustomModelColumn, Set<Object>> equal, long lo, long hi,
      List<String> nameRuns, Boolean descending, long rowCap, int pageSize) {
    Set<Object> names = equal.getOrDefault(CustomModelColumn.MODEL_NAME, Set.of());
    if (names.size() == 1) {
      String run = NameContains.fromName((String) names.iterator().next());
      if (run != null) {
        nameRuns.add(run);
      }
    }
    String nameContains = nameRuns.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElse(null);
    // Widened to whole seconds and one more second on each side: whatever the service's bound semantics
    // (inclusive, exclusive, truncated to seconds), no row of the SQL range is left out.
    Instant after = lo == Long.MIN_VALUE ? null : Instant.ofEpochMilli(Math.floorDiv(lo, SECOND) * SECOND - SECOND);
    Instant before = hi == Long.MAX_VALUE ? null
        : Instant.ofEpochMilli(Math.floorDiv(hi + SECOND, SECOND) * SECOND + SECOND);
    int first = (int) Math.min(pageSize, rowCap >= 1 ? rowCap : pageSize);
    ListRequest base = new ListRequest(before, after, nameContains,
        single(equal, CustomModelColumn.BASE_MODEL_ARN), single(equal, CustomModelColumn.FOUNDATION_MODEL_ARN),
        single(equal, CustomModelColumn.IS_OWNED), single(equal, CustomModelColumn.MODEL_STATUS), descending, first);
    if (rowCap == 0) {
      return new RequestPlan.NoCall("LIMIT 0");
    }
    CustomModelColumn split = splitColumn(equal, nameContains);
    List<RequestPlan.Stream> streams = new ArrayList<>();
    if (split == null) {
      streams.add(new RequestPlan.Stream(base, base.foundationModelArnEquals()));
    } else {
      for (Object v : equal.get(split)) {
        ListRequest r = switch (split) {
          case MODEL_NAME -> base.withNameContains(NameContains.fromName((String) v));
          case BASE_MODEL_ARN -> base.withBaseModelArn((String) v);
          case FOUNDATION_MODEL_ARN -> base.withFoundationModelArn((String) v);
          case MODEL_STATUS -> base.withModelStatus((String) v);
          default -> throw new AssertionError(split);
        };
        streams.add(new RequestPlan.Stream(r, r.foundationModelArnEquals()));
      }
    }
    return new RequestPlan.Listing(streams, descending, rowCap, pageSize);
  }

  /** The one multi-valued column to split into request streams (the fewest values), or null. */
  private static CustomModelColumn splitColumn(Map<CustomModelColumn, Set<Object>> equal, String nameContains) {
    CustomModelColumn best = null;
    for (Map.Entry<CustomModelColumn, Set<Object>> e : equal.entrySet()) {
      int n = e.getValue().size();
      boolean splittable = switch (e.getKey()) {
        case BASE_MODEL_ARN, FOUNDATION_MODEL_ARN, MODEL_STATUS -> true;
        // Every name needs an acceptable run, and a LIKE's run would be lost: only names alone.
        case MODEL_NAME -> nameContains == null
            && e.getValue().stream().allMatch(v -> NameContains.fromName((String) v) != null);
        default -> false;
      };
      if (splittable && n > 1 && n <= MAX_STREAMS && (best == null || n < equal.get(best).size())) {
        best = e.getKey();
      }
    }
    return best;
  }

  @SuppressWarnings("unchecked")
  private static <T> T single(Map<CustomModelColumn, Set<Object>> equal, CustomModelColumn column) {
    Set<Object> values = equal.get(column);
    return values != null && values.size() == 1 ? (T) values.iterator().next() : null;
  }

  private static void keepValid(Map<CustomModelColumn, Set<Object>> equal, CustomModelColumn column,
      Predicate<Object> valid) {
    Set<Object> values = equal.get(column);
    if (values != null) {
      values.removeIf(valid.negate());
    }
  }
}
