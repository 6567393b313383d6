package dev.bedrockjdbc.schema;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.aws.CallerAccount;
import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.RowContext;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.pushdown.RequestPlan;
import dev.bedrockjdbc.pushdown.RequestPlanner;
import dev.bedrockjdbc.scan.ApiQuery;
import dev.bedrockjdbc.scan.BedrockTableScan;
import dev.bedrockjdbc.scan.CallGuard;
import dev.bedrockjdbc.scan.ChildrenCursor;
import dev.bedrockjdbc.scan.DetailsCursor;
import dev.bedrockjdbc.scan.GroupsCursor;
import dev.bedrockjdbc.scan.LookupCursor;
import dev.bedrockjdbc.scan.LookupJoinCursor;
import dev.bedrockjdbc.scan.PageCursor;
import dev.bedrockjdbc.scan.StreamsCursor;

import com.google.common.base.Suppliers;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.java.AbstractQueryableTable;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One table of the {@code bedrock} schema, as its {@link TableSpec} describes it: one row per item its List
 * operation returns. Planning turns it into a {@link BedrockTableScan}; generated code calls {@link #query} to
 * read it.
 */
public final class BedrockTable extends AbstractQueryableTable implements TranslatableTable {
  /**
   * The executing statement's maxRows, set by the driver's handler on the executing thread just before
   * Calcite binds the plan ({@link #query} runs at bind); 0 for none.
   */
  public static final ThreadLocal<Long> STATEMENT_MAX_ROWS = ThreadLocal.withInitial(() -> 0L);

  /** Made at the first use (see {@link dev.bedrockjdbc.catalog.tables.Tables}): Calcite's schema cache looks up
   *  every table of the schema at its first lookup of any. */
  private final Supplier<TableSpec> description;
  private final BedrockApi api;
  private final CallerAccount callerAccount;
  private final int pageSize;
  private final ScanSettings settings;

  BedrockTable(Supplier<TableSpec> description, BedrockApi api, CallerAccount callerAccount, ScanSettings settings) {
    super(Object[].class);
    this.description = Suppliers.memoize(description::get);
    this.api = api;
    this.callerAccount = callerAccount;
    this.settings = settings;
    this.pageSize = settings.pageSize();
  }

  public TableSpec spec() {
    return description.get();
  }

  public int pageSize() {
    return pageSize;
  }

  /** Whether the planner may push predicates, sorts and limits into the API (connection property pushdown). */
  public boolean pushdown() {
    return settings.pushdown();
  }

  /** Every column's ordinal. */
  public int[] allFields() {
    int[] a = new int[spec().columns().size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    return a;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder b = typeFactory.builder();
    for (ColumnSpec c : spec().columns()) {
      b.add(c.name(), c.type(typeFactory));
    }
    return b.build();
  }

  @Override public Statistic getStatistic() {
    // No unique key: the service does not promise that a scan lists an item once (pages can overlap while the
    // list changes), and a declared key would let the planner drop a DISTINCT. getPrimaryKeys still names the
    // key, the identity of a resource.
    return Statistics.of(1000d, List.of());
  }

  @Override public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelOptCluster cluster = context.getCluster();
    return new BedrockTableScan(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), relOptTable, this,
        ApiQuery.all(spec(), allFields(), pageSize));
  }

  /** Reads the rows of a planned query; nothing is sent before the first row is asked for. */
  @SuppressWarnings("unused") // called from generated code
  public Enumerable<Object> query(DataContext root, ApiQuery query) {
    TableSpec spec = spec();
    Long timeout = DataContext.Variable.TIMEOUT.get(root);
    long maxRows = STATEMENT_MAX_ROWS.get();
    int[] fields = query.fields();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object> enumerator() {
        CallGuard guard = new CallGuard(DataContext.Variable.CANCEL_FLAG.get(root),
            timeout == null ? 0 : timeout, api.fetchExecutor());
        RequestPlan plan = query.plan(i -> root.get("?" + i));
        QueryAccount account = new QueryAccount(guard);
        long wanted = query.rowsWanted(i -> root.get("?" + i));
        // The rows the query can use: what prefetch and a details table's Gets stop at.
        long usable = maxRows > 0 && wanted >= 0 ? Math.min(maxRows, wanted) : maxRows > 0 ? maxRows : wanted;
        if (plan instanceof RequestPlan.Lookups lookups) {
          return new LookupCursor(api, spec, lookups.keys(), lookups.complete(), pageSize,
              new RowConverter(spec, fields, new RowContext(account::get, Map.of())), guard);
        }
        // A details or child table lists its parent's items, then gets or unnests each: the listing's rows are
        // the parent's.
        TableSpec listed = spec.parent() == null ? spec : spec.parent();
        Function<ApiRequest, Function<Object, Object>> converters = spec.parent() != null ? request -> item -> item
            : request -> new RowConverter(spec, fields, new RowContext(account::get, request.parameters()));
        if (plan instanceof RequestPlan.Expanded expanded) {
          RequestPlan.Listing listing = expanded.groups();
          List<PageCursor> streams = new ArrayList<>();
          List<Function<Object, Object>> identity = new ArrayList<>();
          for (ApiRequest request : listing.streams()) {
            streams.add(new PageCursor(api, listed, request, listing.pageSize(), -1, guard, 0));
            identity.add(item -> item);
          }
          return rows(new GroupsCursor(api, listed, new StreamsCursor(listed, streams, identity,
              listing.descending(), -1), listing.streams().get(0), listing.pageSize(), guard, converters,
              expanded.rowCap()), fields, account, guard, usable);
        }
        if (plan instanceof RequestPlan.Listing listing) {
          List<PageCursor> streams = new ArrayList<>();
          List<Function<Object, Object>> rowConverters = new ArrayList<>();
          long until = settings.prefetch() ? usable : 0;
          for (ApiRequest request : listing.streams()) {
            streams.add(new PageCursor(api, listed, request, listing.pageSize(), listing.rowCap(), guard, until));
            rowConverters.add(converters.apply(request));
          }
          return rows(new StreamsCursor(listed, streams, rowConverters, listing.descending(), listing.rowCap()),
              fields, account, guard, usable);
        }
        return Linq4j.emptyEnumerator(); // no row can match: no call
      }
    };
  }

  /** A listing's rows: as they are, or for a child table each item's elements, or for a details table each Get. */
  private Enumerator<Object> rows(Enumerator<Object> items, int[] fields, QueryAccount account, CallGuard guard,
      long usable) {
    TableSpec spec = spec();
    if (spec.parent() == null) {
      return items;
    }
    RowConverter rows = new RowConverter(spec, fields, new RowContext(account::get, Map.of()));
    return spec.children() != null ? new ChildrenCursor(items, spec.children(), rows)
        : new DetailsCursor(api, spec.parent(), items, spec.lookup().get(), settings.detailConcurrency(), usable, rows,
            guard);
  }

  /**
   * The rows of an inner join of {@code outer} with this details table on its key (its columns' values in the outer
   * fields {@code outerKeys}, in the key's order): a Get per outer row whose key can be one (up to
   * detailConcurrency in flight, none past the statement's maxRows, in outer order; a key met again shortly after
   * reuses its Get), joined rows as outer columns then the query's columns, or the reverse. A key outside the API's
   * pattern names no resource: no call, no row.
   */
  @SuppressWarnings("unused") // called from generated code
  public Enumerable<Object[]> lookupJoin(DataContext root, Enumerable<Object[]> outer, int[] outerKeys, ApiQuery query,
      boolean detailsFirst) {
    TableSpec spec = spec();
    Long timeout = DataContext.Variable.TIMEOUT.get(root);
    long maxRows = STATEMENT_MAX_ROWS.get();
    int[] fields = query.fields();
    List<Predicate<String>> sendable = spec.keyColumns().stream()
        .map(c -> Objects.requireNonNullElse(RequestPlanner.sendable(spec.filter(c)), v -> true)).toList();
    Predicate<List<String>> isKey = key -> {
      for (int i = 0; i < key.size(); i++) {
        if (!sendable.get(i).test(key.get(i))) {
          return false;
        }
      }
      return true;
    };
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        CallGuard guard = new CallGuard(DataContext.Variable.CANCEL_FLAG.get(root),
            timeout == null ? 0 : timeout, api.fetchExecutor());
        QueryAccount account = new QueryAccount(guard);
        RowContext context = new RowContext(account::get, Map.of());
        return new LookupJoinCursor(outer.enumerator(), outerKeys, key -> isKey.test(key)
            ? guard.start(t -> spec.lookup().get().get(api, key, t)) : null, guard, settings.detailConcurrency(),
            maxRows, response -> {
              Object[] values = new Object[fields.length];
              for (int i = 0; i < fields.length; i++) {
                values[i] = spec.column(fields[i]).value().read(response, context);
              }
              return values;
            }, detailsFirst);
      }
    };
  }

  @Override public Expression getExpression(SchemaPlus schema, String tableName, Class clazz) {
    return Schemas.tableExpression(schema, getElementType(), tableName, clazz);
  }

  @Override public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
    throw new UnsupportedOperationException(spec().name() + " is read through its planner scan");
  }

  /** The caller's account as one query knows it: asked for at most once, by the first row that needs it. */
  private final class QueryAccount {
    private final CallGuard guard;
    private Optional<String> account;

    QueryAccount(CallGuard guard) {
      this.guard = guard;
    }

    String get() {
      if (account == null) {
        account = callerAccount.get(guard);
      }
      return account.orElse(null);
    }
  }
}
