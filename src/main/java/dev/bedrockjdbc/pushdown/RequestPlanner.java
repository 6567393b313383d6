package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The translation from SQL predicates to API calls, as a pure function of the table's description. Every
 * parameter it sends is implied by the predicates (the API may return more rows, never fewer); a value the API
 * would reject is not sent, and its predicate is left to Calcite alone; only SQL itself (a comparison with
 * NULL, an empty range or set, LIMIT 0) decides that no call is needed. Calcite still evaluates the exact
 * predicates afterwards.
 */
public final class RequestPlanner {
  /** More values than this on one column are not split into request streams: a scan is cheaper. */
  public static final int MAX_STREAMS = 20;
  private static final long SECOND = 1000;
  /**
   * The time bounds sent: the years the API's four-digit ISO-8601 form can write, less the widening. A bound
   * outside (a BI tool's 9999-12-31 sentinel, Long.MAX_VALUE) leaves that side open.
   */
  private static final long EARLIEST_BOUND = Instant.parse("0001-01-02T00:00:00Z").toEpochMilli();
  private static final long LATEST_BOUND = Instant.parse("9999-12-30T00:00:00Z").toEpochMilli();

  private RequestPlanner() {
  }

  /**
   * The calls for a query.
   *
   * @param conditions   pushable conjuncts, all bound (no parameters)
   * @param descending   null: no pushed sort; else the table's sort in that order
   * @param rowCap       rows the query can use at most, when nothing above the scan drops rows; else -1
   * @param pageSize     the connection's page size
   * @param needsSummaryOnlyColumns whether the query reads a column the table's Get does not return
   */
  public static RequestPlan plan(TableSpec table, List<Condition> conditions, Boolean descending, long rowCap,
      int pageSize, boolean needsSummaryOnlyColumns) {
    if (table.children() != null) {
      rowCap = -1; // the cap counts rows; a parent item may have any number of them, none included
    }
    Map<Integer, Set<Object>> equal = new TreeMap<>();
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;
    List<String> nameRuns = new ArrayList<>();
    Map<String, Object> elements = new LinkedHashMap<>();
    for (Condition c : conditions) {
      FilterSpec filter = table.filter(c.column());
      if (filter instanceof FilterSpec.Scope) {
        continue; // chooses the targets called (TargetScope), not a parameter
      }
      List<Object> values = c.values();
      switch (c.kind()) {
        case EQUALS -> {
          Set<Object> set = new LinkedHashSet<>(values);
          set.remove(null); // col = NULL is never true
          if (filter instanceof FilterSpec.Range) {
            if (set.size() != 1) {
              if (set.isEmpty()) {
                return new RequestPlan.NoCall(c.name() + " = NULL");
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
          if (filter instanceof FilterSpec.Element e) {
            String element = element((String) pattern, c.escape());
            if (element != null && c.caseSensitive() && e.sendable().test(element)) {
              elements.putIfAbsent(e.parameter(), element); // any one of them: each is implied
            }
            continue;
          }
          String run = NameContains.fromLike((FilterSpec.Contains) filter, (String) pattern, c.escape());
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
      return new RequestPlan.NoCall("empty " + table.column(table.rangeColumn()).name() + " range");
    }
    for (Map.Entry<Integer, Set<Object>> e : equal.entrySet()) {
      if (e.getValue().isEmpty()) {
        return new RequestPlan.NoCall("no " + table.column(e.getKey()).name() + " value can match");
      }
    }
    // A value outside the driver's copy of the API's shapes (a status added next year, a newer ARN form)
    // may still be a row's value: the column is not pushed at all, and Calcite alone decides, so its filter
    // may drop rows and a limit cannot stop the scan.
    boolean allSent = true;
    for (int column : List.copyOf(equal.keySet())) {
      Predicate<String> sendable = sendable(table.filter(column));
      if (sendable != null && !equal.get(column).stream().allMatch(v -> sendable.test((String) v))) {
        equal.remove(column);
        allSent = false;
      }
    }
    if (!allSent && rowCap > 0) {
      rowCap = -1;
    }
    if (table.partition() >= 0 && !equal.containsKey(table.partition())) {
      // Not a predicate: the table's rows are the union of one listing per value.
      equal.put(table.partition(), new LinkedHashSet<>(table.partitionValues()));
    }
    List<Object> keys = lookupKeys(table, equal);
    // A Get that cannot complete a row the query reads in full is no lookup: the listing has every column.
    if (keys != null && (!needsSummaryOnlyColumns || table.lookup().completion() != null)) {
      return new RequestPlan.Lookups(table.lookup(), table.list().name(), keys, needsSummaryOnlyColumns);
    }
    TableSpec.Expansion expansion = table.expansion();
    if (expansion != null && !equal.containsKey(expansion.groupColumn()) && !listedAnswers(table, equal)) {
      if (rowCap == 0) {
        return new RequestPlan.NoCall("LIMIT 0");
      }
      RequestPlan groups = listing(table, equal, elements, lo, hi, nameRuns, descending, -1, pageSize);
      return groups instanceof RequestPlan.Listing l ? new RequestPlan.Expanded(l, expansion, rowCap) : groups;
    }
    return listing(table, equal, elements, lo, hi, nameRuns, descending, rowCap, pageSize);
  }

  /**
   * The value a LIKE pattern {@code %"v"%} says a JSON list holds, or null for any other pattern: v is plain text
   * (no {@code %}, quote or backslash, which JSON would escape). An unescaped {@code _} in v is taken as itself:
   * the lists hold enum values ({@code FINE_TUNING}), and no enum value is another with a character in place of
   * its underscore, so {@code '%"FINE_TUNING"%'} selects the lists holding FINE_TUNING, as people write it.
   */
  static String element(String pattern, Character escape) {
    if (pattern.length() < 5 || !pattern.startsWith("%\"") || !pattern.endsWith("\"%")
        || (escape != null && (escape == '%' || escape == '"'))) {
      return null;
    }
    StringBuilder v = new StringBuilder();
    for (int i = 2; i < pattern.length() - 2; i++) {
      char ch = pattern.charAt(i);
      if (escape != null && ch == escape) {
        if (++i == pattern.length() - 2) {
          return null;
        }
        ch = pattern.charAt(i);
      } else if (ch == '%') {
        return null;
      }
      if (ch == '"' || ch == '\\' || ch < ' ') {
        return null;
      }
      v.append(ch);
    }
    return v.toString();
  }

  /**
   * The keys of every row the query can return, when the equalities name them all (at most {@link #MAX_STREAMS}):
   * for a key of one column, the values of an equality on it (its filter a {@link FilterSpec.Key}); for a key of
   * several, every combination of the values of equalities on each of its columns (all of them sendable), each a
   * list in the key's order, as a Get takes them. Null when the table has no lookup or the query names no keys.
   */
  private static List<Object> lookupKeys(TableSpec table, Map<Integer, Set<Object>> equal) {
    List<Integer> columns = table.keyColumns();
    if (table.lookup() == null || columns.isEmpty()) {
      return null;
    }
    if (columns.size() == 1) {
      Set<Object> values = table.filter(columns.get(0)) instanceof FilterSpec.Key ? equal.get(columns.get(0)) : null;
      return values == null || values.size() > MAX_STREAMS ? null : List.copyOf(values);
    }
    List<List<Object>> keys = List.of(List.of());
    for (int column : columns) {
      Set<Object> values = equal.get(column);
      // Values were checked against the filter's shapes above; a column without shapes takes no lookup.
      if (values == null || sendable(table.filter(column)) == null || keys.size() * values.size() > MAX_STREAMS) {
        return null;
      }
      List<List<Object>> longer = new ArrayList<>();
      for (List<Object> k : keys) {
        for (Object v : values) {
          List<Object> next = new ArrayList<>(k);
          next.add(v);
          longer.add(List.copyOf(next));
        }
      }
      keys = longer;
    }
    return List.copyOf(keys);
  }

  /** Whether an equality makes the plain listing hold every row the query can return ({@code version = 'DRAFT'}). */
  private static boolean listedAnswers(TableSpec table, Map<Integer, Set<Object>> equal) {
    for (Map.Entry<Integer, Set<Object>> e : equal.entrySet()) {
      if (table.filter(e.getKey()) instanceof FilterSpec.Listed l && e.getValue().equals(Set.of(l.listedValue()))) {
        return true;
      }
    }
    return false;
  }

  /** The values a column's filter may send (to a List, or to a Get as a key), or null for any. */
  public static Predicate<String> sendable(FilterSpec filter) {
    if (filter instanceof FilterSpec.Equals e) {
      return e.sendable();
    } else if (filter instanceof FilterSpec.Listed l) {
      return l.sendable();
    }
    return filter instanceof FilterSpec.Key k ? k.sendable() : null;
  }

  private static RequestPlan listing(TableSpec table, Map<Integer, Set<Object>> equal, Map<String, Object> elements,
      long lo, long hi, List<String> nameRuns, Boolean descending, long rowCap, int pageSize) {
    Map<String, Object> parameters = new LinkedHashMap<>(elements);
    int containsColumn = table.containsColumn();
    FilterSpec.Contains contains = containsColumn < 0 ? null : (FilterSpec.Contains) table.filter(containsColumn);
    Set<Object> names = containsColumn < 0 ? Set.of() : equal.getOrDefault(containsColumn, Set.of());
    if (names.size() == 1) {
      String run = NameContains.fromName(contains, (String) names.iterator().next());
      if (run != null) {
        nameRuns.add(run);
      }
    }
    String nameContains = nameRuns.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElse(null);
    if (nameContains != null) {
      parameters.put(contains.parameter(), nameContains);
    }
    if (table.rangeColumn() >= 0) {
      FilterSpec.Range range = (FilterSpec.Range) table.filter(table.rangeColumn());
      // Widened to whole seconds and one more second on each side: whatever the service's bound semantics
      // (inclusive, exclusive, truncated to seconds), no row of the SQL range is left out.
      if (lo >= EARLIEST_BOUND && lo <= LATEST_BOUND) {
        parameters.put(range.afterParameter(), Instant.ofEpochMilli(Math.floorDiv(lo, SECOND) * SECOND - SECOND));
      }
      if (hi >= EARLIEST_BOUND && hi <= LATEST_BOUND) {
        parameters.put(range.beforeParameter(),
            Instant.ofEpochMilli(Math.floorDiv(hi + SECOND, SECOND) * SECOND + SECOND));
      }
    }
    for (Map.Entry<Integer, Set<Object>> e : equal.entrySet()) {
      String parameter = parameter(table.filter(e.getKey()));
      if (parameter != null && e.getValue().size() == 1) {
        parameters.put(parameter, e.getValue().iterator().next());
      }
    }
    if (descending != null) {
      parameters.put("sortBy", table.sort().sortBy());
      parameters.put("sortOrder", descending ? "Descending" : "Ascending");
    }
    if (rowCap == 0) {
      return new RequestPlan.NoCall("LIMIT 0");
    }
    int first = (int) Math.min(pageSize, rowCap >= 1 ? rowCap : pageSize);
    ApiRequest base = new ApiRequest(table.list(), parameters, descending, first);
    Integer split = splitColumn(table, equal, nameContains);
    List<ApiRequest> streams = new ArrayList<>();
    if (split == null) {
      streams.add(base);
    } else {
      for (Object v : equal.get(split)) {
        FilterSpec filter = table.filter(split);
        streams.add(filter instanceof FilterSpec.Contains c
            ? base.with(c.parameter(), NameContains.fromName(c, (String) v))
            : base.with(parameter(filter), v));
      }
    }
    return new RequestPlan.Listing(streams, descending, rowCap, pageSize,
        table.parent() == null || table.lookup() == null ? null : table.lookup().get().name());
  }

  /** The parameter an equality on this filter's column sends as it is, or null. */
  private static String parameter(FilterSpec filter) {
    if (filter instanceof FilterSpec.Equals e) {
      return e.parameter();
    }
    return filter instanceof FilterSpec.Flag f ? f.parameter() : null;
  }

  /** The one multi-valued column to split into request streams (the fewest values), or null. */
  private static Integer splitColumn(TableSpec table, Map<Integer, Set<Object>> equal, String nameContains) {
    Integer best = null;
    for (Map.Entry<Integer, Set<Object>> e : equal.entrySet()) {
      int n = e.getValue().size();
      FilterSpec filter = table.filter(e.getKey());
      boolean splittable = filter instanceof FilterSpec.Equals eq ? eq.split()
          // Every name needs an acceptable run, and a LIKE's run would be lost: only names alone.
          : filter instanceof FilterSpec.Contains c && nameContains == null
              && e.getValue().stream().allMatch(v -> NameContains.fromName(c, (String) v) != null);
      if (splittable && n > 1 && n <= MAX_STREAMS && (best == null || n < equal.get(best).size())) {
        best = e.getKey();
      }
    }
    return best;
  }
}
