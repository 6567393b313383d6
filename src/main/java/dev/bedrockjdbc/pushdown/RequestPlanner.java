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
 * by the predicates (the API may return more rows, never fewer); a value the API would reject is not sent,
 * and its predicate is left to Calcite alone; only SQL itself (a comparison with NULL, an empty range or
 * set, LIMIT 0) decides that no call is needed. Calcite still evaluates the exact predicates afterwards.
 */
public final class RequestPlanner {
  /** More values than this on one column are not split into request streams: a scan is cheaper. */
  public static final int MAX_STREAMS = 20;
  private static final long SECOND = 1000;
  /**
   * The creation-time bounds sent: the years the API's four-digit ISO-8601 form can write, less the widening.
   * A bound outside (a BI tool's 9999-12-31 sentinel, Long.MAX_VALUE) leaves that side open.
   */
  private static final long EARLIEST_BOUND = Instant.parse("0001-01-02T00:00:00Z").toEpochMilli();
  private static final long LATEST_BOUND = Instant.parse("9999-12-30T00:00:00Z").toEpochMilli();

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
            // Saturated: > Long.MAX_VALUE keeps the range open rather than wrapping around.
            case GREATER -> lo = Math.max(lo, t == Long.MAX_VALUE ? t : t + 1);
            case GREATER_EQUAL -> lo = Math.max(lo, t);
            case LESS -> hi = Math.min(hi, t == Long.MIN_VALUE ? t : t - 1);
            default -> hi = Math.min(hi, t);
          }
        }
        default -> throw new AssertionError(c.kind());
      }
    }
    if (lo > hi) {
      return new RequestPlan.NoCall("empty creation_time range");
    }
    for (Map.Entry<CustomModelColumn, Set<Object>> e : equal.entrySet()) {
      if (e.getValue().isEmpty()) {
        return new RequestPlan.NoCall("no " + e.getKey().columnName() + " value can match");
      }
    }
    // A value outside the driver's copy of the API's shapes (a status added next year, a newer ARN form)
    // may still be a row's value: the column is not pushed at all, and Calcite alone decides, so its filter
    // may drop rows and a limit cannot stop the scan.
    boolean allSent = sendOnlyIfAllValid(equal, CustomModelColumn.MODEL_ARN, ApiShapes::isCustomModelArn)
        & sendOnlyIfAllValid(equal, CustomModelColumn.BASE_MODEL_ARN, ApiShapes::isBaseModelArn)
        & sendOnlyIfAllValid(equal, CustomModelColumn.FOUNDATION_MODEL_ARN,
            v -> ApiShapes.FOUNDATION_MODEL_ARN.matcher(v).matches())
        & sendOnlyIfAllValid(equal, CustomModelColumn.MODEL_STATUS, ApiShapes.MODEL_STATUSES::contains);
    if (!allSent && rowCap > 0) {
      rowCap = -1;
    }
    Set<Object> arns = equal.get(CustomModelColumn.MODEL_ARN);
    if (arns != null && arns.size() <= MAX_STREAMS) {
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
    Instant after = lo < EARLIEST_BOUND || lo > LATEST_BOUND ? null
        : Instant.ofEpochMilli(Math.floorDiv(lo, SECOND) * SECOND - SECOND);
    Instant before = hi < EARLIEST_BOUND || hi > LATEST_BOUND ? null
        : Instant.ofEpochMilli(Math.floorDiv(hi + SECOND, SECOND) * SECOND + SECOND);
    int first = (int) Math.min(pageSize, rowCap >= 1 ? rowCap : pageSize);
    ListRequest base = new ListRequest(before, after, nameContains,
        single(equal, CustomModelColumn.BASE_MODEL_ARN), single(equal, CustomModelColumn.FOUNDATION_MODEL_ARN),
        single(equal, CustomModelColumn.IS_OWNED), single(equal, CustomModelColumn.MODEL_STATUS), descending, first);
    if (rowCap == 0) {
      return new RequestPlan.NoCall("LIMIT 0");
    }
    CustomModelColumn split = splitColumn(equal, nameContains);
    List<ListRequest> streams = new ArrayList<>();
    if (split == null) {
      streams.add(base);
    } else {
      for (Object v : equal.get(split)) {
        ListRequest r = switch (split) {
          case MODEL_NAME -> base.withNameContains(NameContains.fromName((String) v));
          case BASE_MODEL_ARN -> base.withBaseModelArn((String) v);
          case FOUNDATION_MODEL_ARN -> base.withFoundationModelArn((String) v);
          case MODEL_STATUS -> base.withModelStatus((String) v);
          default -> throw new AssertionError(split);
        };
        streams.add(r);
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

  /** Removes the column's values unless each is valid; false if it removed them. */
  private static boolean sendOnlyIfAllValid(Map<CustomModelColumn, Set<Object>> equal, CustomModelColumn column,
      Predicate<String> valid) {
    Set<Object> values = equal.get(column);
    if (values != null && !values.stream().allMatch(v -> valid.test((String) v))) {
      equal.remove(column);
      return false;
    }
    return true;
  }
}
