package dev.bedrockjdbc.schema;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.aws.Fleet;
import dev.bedrockjdbc.aws.Target;
import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.RowContext;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.pushdown.RequestPlan;
import dev.bedrockjdbc.pushdown.RequestPlanner;
import dev.bedrockjdbc.pushdown.TargetScope;
import dev.bedrockjdbc.scan.ApiQuery;
import dev.bedrockjdbc.scan.BedrockTableScan;
import dev.bedrockjdbc.scan.CallGuard;
import dev.bedrockjdbc.scan.ChildrenCursor;
import dev.bedrockjdbc.scan.DetailsCursor;
import dev.bedrockjdbc.scan.Execution;
import dev.bedrockjdbc.scan.GroupsCursor;
import dev.bedrockjdbc.scan.LookupCursor;
import dev.bedrockjdbc.scan.LookupJoinCursor;
import dev.bedrockjdbc.scan.PageCursor;
import dev.bedrockjdbc.scan.SortedRows;
import dev.bedrockjdbc.scan.StreamsCursor;
import dev.bedrockjdbc.scan.TargetFailures;
import dev.bedrockjdbc.scan.TargetsCursor;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
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
  private final Fleet fleet;
  private final int pageSize;
  private final ScanSettings settings;

  BedrockTable(Supplier<TableSpec> description, Fleet fleet, ScanSettings settings) {
    super(Object[].class);
    this.description = Suppliers.memoize(description::get);
    this.fleet = fleet;
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

  /** The connection's targets (accounts in regions), for EXPLAIN and the planner. */
  public List<Target> targets() {
    return fleet.targets();
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

  /**
   * Reads the rows of a planned query; nothing is sent before the first row is asked for. The query's targets (the
   * connection's accounts and regions its region/account_id equalities admit) are all read: one merge of every
   * target's request streams for a plain listing, else each target's own cursor in turn.
   */
  @SuppressWarnings("unused") // called from generated code
  public Enumerable<Object> query(DataContext root, ApiQuery query) {
    TableSpec spec = spec();
    Long timeout = DataContext.Variable.TIMEOUT.get(root);
    long maxRows = STATEMENT_MAX_ROWS.get();
    Execution execution = Execution.current();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object> enumerator() {
        CallGuard guard = new CallGuard(DataContext.Variable.CANCEL_FLAG.get(root),
            timeout == null ? 0 : timeout, fleet.fetchExecutor());
        IntFunction<Object> parameters = i -> root.get("?" + i);
        RequestPlan plan = query.plan(parameters);
        if (plan instanceof RequestPlan.NoCall) {
          return Linq4j.emptyEnumerator(); // no row can match: no call
        }
        // By identity, one per client: a record's hash would bootstrap ObjectMethods on the cold path (~35 ms).
        Map<Target, Place> places = new IdentityHashMap<>();
        Function<Target, Place> place = t -> places.computeIfAbsent(t, x -> new Place(x, guard));
        List<Target> targets = TargetScope.select(spec, fleet.targets(), query.bound(parameters),
            t -> place.apply(t).account());
        if (targets.isEmpty()) {
          return Linq4j.emptyEnumerator(); // no target the query admits: no call
        }
        long wanted = query.rowsWanted(parameters);
        // The rows the query can use: what prefetch and a details table's Gets stop at.
        long usable = maxRows > 0 && wanted >= 0 ? Math.min(maxRows, wanted) : maxRows > 0 ? maxRows : wanted;
        TargetFailures failures = new TargetFailures(settings.warnOnTargetFailure(), fleet.targets().size() > 1,
            execution, guard);
        if (plan instanceof RequestPlan.Listing listing && spec.parent() == null) {
          return listing(targets, spec, listing, (t, request) -> new RowConverter(spec, query.fields(),
              place.apply(t).context(request.parameters())), guard, usable, failures);
        }
        if (plan instanceof RequestPlan.Lookups lookups && query.hasSort()) {
          // Gets answer in key order, target after target: the rows found are put in the order the scan promised.
          int[] fields = query.fields();
          int[] withSort = Arrays.copyOf(fields, fields.length + 1);
          withSort[fields.length] = spec.sort().column();
          return new SortedRows(new TargetsCursor(targets, t -> lookups(place.apply(t), lookups, withSort, guard),
              failures, -1), fields.length, query.descending());
        }
        long rowCap = plan instanceof RequestPlan.Listing l ? l.rowCap()
            : plan instanceof RequestPlan.Expanded x ? x.rowCap() : -1;
        return new TargetsCursor(targets, t -> rows(place.apply(t), plan, query.fields(), guard, usable, failures),
            failures, spec.children() == null ? rowCap : -1);
      }
    };
  }

  /**
   * The items of {@code listing}'s request streams at each target, each converted by its stream's converter: one
   * merge (or concatenation) of them all.
   *
   * @param usable the rows the query can use (pages are fetched ahead up to them when prefetch is on; 0: none ahead)
   */
  private StreamsCursor listing(List<Target> targets, TableSpec listed, RequestPlan.Listing listing,
      BiFunction<Target, ApiRequest, Function<Object, Object>> converter, CallGuard guard, long usable,
      TargetFailures failures) {
    List<PageCursor> streams = new ArrayList<>();
    List<Function<Object, Object>> converters = new ArrayList<>();
    List<Target> origins = new ArrayList<>();
    // Streams merged under a row limit read no page ahead: none knows how many of its rows the merge will take, and
    // each reading up to the limit on its own asked for pages nobody read (a fan-out's OFFSET 26 FETCH 7).
    boolean mergedUnderLimit = listing.descending() != null && usable >= 0
        && targets.size() * listing.streams().size() > 1;
    long until = settings.prefetch() && !mergedUnderLimit ? usable : 0;
    for (Target t : targets) {
      for (ApiRequest request : listing.streams()) {
        streams.add(new PageCursor(t.api(), listed, request, listing.pageSize(), listing.rowCap(), guard, until));
        converters.add(converter.apply(t, request));
        origins.add(t);
      }
    }
    return new StreamsCursor(listed, streams, converters, origins, failures, listing.descending(), listing.rowCap(),
        usable);
  }

  /** One target's rows of point lookups: a Get per key its region and account admit. */
  private Enumerator<Object> lookups(Place place, RequestPlan.Lookups lookups, int[] fields, CallGuard guard) {
    List<Object> keys = TargetScope.keysFor(place.target, lookups.keys());
    return new LookupCursor(place.target.api(), spec(), keys, lookups.complete(), pageSize,
        new RowConverter(spec(), fields, place.context(Map.of())), guard);
  }

  /** One target's rows of a plan other than a plain listing: its lookups, or a listing completed item by item. */
  private Enumerator<Object> rows(Place place, RequestPlan plan, int[] fields, CallGuard guard, long usable,
      TargetFailures failures) {
    TableSpec spec = spec();
    BedrockApi api = place.target.api();
    if (plan instanceof RequestPlan.Lookups lookups) {
      return lookups(place, lookups, fields, guard);
    }
    // A details or child table lists its parent's items, then gets or unnests each: the listing's rows are the
    // parent's.
    TableSpec listed = spec.parent() == null ? spec : spec.parent();
    Function<ApiRequest, Function<Object, Object>> converters = spec.parent() != null ? request -> item -> item
        : request -> new RowConverter(spec, fields, place.context(request.parameters()));
    List<Target> one = List.of(place.target);
    Enumerator<Object> items;
    if (plan instanceof RequestPlan.Expanded expanded) {
      RequestPlan.Listing listing = expanded.groups();
      items = new GroupsCursor(api, listed, listing(one, listed, listing, (t, request) -> item -> item, guard, 0,
          failures), listing.streams().get(0), listing.pageSize(), guard, converters, expanded.rowCap());
    } else {
      items = listing(one, listed, (RequestPlan.Listing) plan, (t, request) -> converters.apply(request), guard, usable,
          failures);
    }
    if (spec.parent() == null) {
      return items;
    }
    RowConverter rows = new RowConverter(spec, fields, place.context(Map.of()));
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
    Execution execution = Execution.current();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        CallGuard guard = new CallGuard(DataContext.Variable.CANCEL_FLAG.get(root),
            timeout == null ? 0 : timeout, fleet.fetchExecutor());
        // By identity, one per client: a record's hash would bootstrap ObjectMethods on the cold path (~35 ms).
        Map<Target, Place> places = new IdentityHashMap<>();
        Function<Target, Place> place = t -> places.computeIfAbsent(t, x -> new Place(x, guard));
        List<Target> targets = TargetScope.select(spec, fleet.targets(), query.bound(i -> root.get("?" + i)),
            t -> place.apply(t).account());
        targets.forEach(place::apply); // made here: the Gets' thread must not
        TargetFailures failures = new TargetFailures(settings.warnOnTargetFailure(), fleet.targets().size() > 1,
            execution, guard);
        return new LookupJoinCursor(outer.enumerator(), outerKeys, key -> isKey.test(key)
            ? guard.start(t -> {
              Object k = key.size() == 1 ? key.get(0) : key;
              List<Object> found = new ArrayList<>();
              for (Target target : targets) {
                if (TargetScope.keysFor(target, List.of(k)).isEmpty()) {
                  continue;
                }
                try {
                  Object response = spec.lookup().get().get(target.api(), k, t);
                  if (response != null) {
                    found.add(new Found(places.get(target), response));
                  }
                } catch (RuntimeException e) {
                  failures.handle(target, e);
                }
              }
              return found;
            }) : null, guard, settings.detailConcurrency(),
            maxRows, response -> {
              Found f = (Found) response;
              RowContext context = f.place().context(Map.of());
              Object[] values = new Object[fields.length];
              for (int i = 0; i < fields.length; i++) {
                values[i] = spec.column(fields[i]).value().read(f.response(), context);
              }
              return values;
            }, detailsFirst);
      }
    };
  }

  /** A resource a lookup join's Get found, and where. */
  private record Found(Place place, Object response) {
  }

  @Override public Expression getExpression(SchemaPlus schema, String tableName, Class clazz) {
    return Schemas.tableExpression(schema, getElementType(), tableName, clazz);
  }

  @Override public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
    throw new UnsupportedOperationException(spec().name() + " is read through its planner scan");
  }

  /**
   * A target as one query reads it: the account, asked for at most once and only when a row or an account_id
   * condition needs it, and the caller's account as is_owned needs it.
   */
  private static final class Place {
    private final Target target;
    private final CallGuard guard;
    private Optional<String> caller;
    private String account;

    Place(Target target, CallGuard guard) {
      this.target = target;
      this.guard = guard;
    }

    String caller() {
      if (caller == null) {
        caller = target.account().get(guard);
      }
      return caller.orElse(null);
    }

    String account() {
      if (account == null) {
        account = target.knownAccount() != null ? target.knownAccount() : target.account().require(guard);
      }
      return account;
    }

    RowContext context(Map<String, Object> request) {
      return new RowContext(target.region(), this::account, this::caller, request);
    }
  }
}
