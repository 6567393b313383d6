package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.pushdown.Condition;
import dev.bedrockjdbc.pushdown.Operand;
import dev.bedrockjdbc.pushdown.RequestPlan;
import dev.bedrockjdbc.pushdown.RequestPlanner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What a {@link BedrockTableScan} returns and what it asks of the API: the columns (by ordinal), the pushed
 * conditions, sort and row limit, whose {@code ?} operands are bound at each execution. Immutable; passed to
 * the generated code through the implementor's stash, so a prepared plan serves every execution.
 */
public final class ApiQuery {
  private final TableSpec table;
  private final int[] fields;
  private final List<Condition> conditions;
  private final Boolean descending;
  private final Operand offset;
  private final Operand fetch;
  private final boolean capRows;
  private final int pageSize;

  private ApiQuery(TableSpec table, int[] fields, List<Condition> conditions, Boolean descending, Operand offset,
      Operand fetch, boolean capRows, int pageSize) {
    this.table = table;
    this.fields = fields.clone();
    this.conditions = List.copyOf(conditions);
    this.descending = descending;
    this.offset = offset;
    this.fetch = fetch;
    this.capRows = capRows;
    this.pageSize = pageSize;
  }

  /** Every column, nothing pushed. */
  public static ApiQuery all(TableSpec table, int[] fields, int pageSize) {
    return new ApiQuery(table, fields, List.of(), null, null, null, false, pageSize);
  }

  public TableSpec table() {
    return table;
  }

  public int[] fields() {
    return fields.clone();
  }

  public List<Condition> conditions() {
    return conditions;
  }

  /** Whether a sort or a row limit is pushed already. */
  public boolean hasSortOrLimit() {
    return descending != null || fetch != null;
  }

  public boolean hasSort() {
    return descending != null;
  }

  /** The pushed sort's direction, or null when the scan promises no order. */
  public Boolean descending() {
    return descending;
  }

  public boolean hasLimit() {
    return fetch != null;
  }

  public ApiQuery withFields(int[] newFields) {
    return new ApiQuery(table, newFields, conditions, descending, offset, fetch, capRows, pageSize);
  }

  /** Pushes a filter's conditions, as a pre-filter: the filter stays above the scan. */
  public ApiQuery withConditions(List<Condition> newConditions) {
    return new ApiQuery(table, fields, newConditions, descending, offset, fetch, capRows, pageSize);
  }

  /**
   * Pushes ORDER BY creation_time and OFFSET/FETCH.
   *
   * @param capRows true when nothing between the limit and the scan can drop rows, so the scan may stop
   *                after offset + fetch rows; else the limit only sizes the first page
   */
  public ApiQuery withSortAndLimit(Boolean newDescending, Operand newOffset, Operand newFetch, boolean capRows) {
    return new ApiQuery(table, fields, conditions, newDescending, newOffset, newFetch, capRows, pageSize);
  }

  /** Rows the query's LIMIT/OFFSET lets it use (whether or not the scan is capped), or -1 without a limit. */
  public long rowsWanted(IntFunction<Object> parameters) {
    if (fetch == null) {
      return -1;
    }
    long n = count(fetch.value(parameters));
    long skip = offset == null ? 0 : count(offset.value(parameters));
    return n < 0 || skip < 0 ? -1 : saturatedAdd(n, skip);
  }

  /** The pushed conditions with {@code ?} values from {@code parameters}. */
  public List<Condition> bound(IntFunction<Object> parameters) {
    List<Condition> bound = new ArrayList<>(conditions.size());
    for (Condition c : conditions) {
      bound.add(c.bind(parameters));
    }
    return bound;
  }

  /** The calls to make, with {@code ?} values from {@code parameters}. Pure: no I/O. */
  public RequestPlan plan(IntFunction<Object> parameters) {
    List<Condition> bound = bound(parameters);
    long needed = rowsWanted(parameters);
    return RequestPlanner.plan(table, bound, descending, capRows ? needed : -1, pageSize, needsSummaryOnlyColumns());
  }

  private boolean needsSummaryOnlyColumns() {
    if (table.lookup() == null) {
      return false;
    }
    for (int f : fields) {
      if (table.lookup().summaryOnly().contains(table.column(f).name())) {
        return true;
      }
    }
    return false;
  }

  private static long count(Object v) {
    return v instanceof Number n ? Math.max(n.longValue(), 0) : -1;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private boolean hasParameters() {
    return conditions.stream().anyMatch(Condition::hasParameters)
        || fetch instanceof Operand.Param || offset instanceof Operand.Param;
  }

  @Override public boolean equals(Object o) {
    return o instanceof ApiQuery q && table == q.table && Arrays.equals(fields, q.fields) && conditions.equals(q.conditions)
        && Objects.equals(descending, q.descending) && Objects.equals(offset, q.offset)
        && Objects.equals(fetch, q.fetch) && capRows == q.capRows && pageSize == q.pageSize;
  }

  @Override public int hashCode() {
    return Objects.hash(table.name(), Arrays.hashCode(fields), conditions, descending, offset, fetch, capRows, pageSize);
  }

  /**
   * The EXPLAIN text: the exact requests when every value is known at planning; with {@code ?} parameters,
   * the pushed conditions, since the requests depend on the values bound at execution.
   */
  @Override public String toString() {
    if (!hasParameters()) {
      return plan(i -> {
        throw new IllegalStateException();
      }).toString();
    }
    StringBuilder sb = new StringBuilder("at execution from ").append(conditions);
    if (descending != null) {
      sb.append(", sortBy=").append(table.sort().sortBy()).append(", sortOrder=").append(descending ? "Descending" : "Ascending");
    }
    if (fetch != null) {
      sb.append(", rows=").append(offset == null ? "" : offset + "+").append(fetch);
    }
    return sb.toString();
  }
}
