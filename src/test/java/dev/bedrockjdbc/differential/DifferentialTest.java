package dev.bedrockjdbc.differential;

import static dev.bedrockjdbc.TestSupport.url;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.EdgeCatalogue;
import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.ModelGenerator;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.emulator.Semantics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generated queries over every table of {@link Tables#all()} ({@link QueryGenerator}), each checked three ways
 * (issues 11 and 12): the driver's rows equal those of the same driver with {@code pushdown=false} and those of
 * H2 holding the emulator's data ({@link CatalogueOracle}), and the TLP and NoREC identities hold; with pushdown
 * a query costs no more API calls than full scans of what it reads, beyond one request stream per IN/OR value or
 * looked-up key.
 *
 * <p>Each query is prepared once and run under several emulator semantics (the service's undocumented choices
 * change its answers, not the plan): of the combinations that can change what its tables' requests return
 * ({@link #distinct}: all 32 for custom_models, two for a table with neither a name nor a time filter), up to
 * {@code fuzz.semantics} per query, rotating so that consecutive queries cover them all. {@code -Dfuzz.queries=N}
 * (per table), {@code -Dfuzz.semantics=K} and {@code -Dfuzz.seed=S} run longer or other queries; a failure names
 * its seed, table, semantics and query, reduced.
 */
class DifferentialTest {
  static final String CALLER = ModelGenerator.CALLER_ACCOUNT;
  static final int QUERIES = Integer.getInteger("fuzz.queries", 10);
  static final int SEMANTICS_PER_QUERY = Integer.getInteger("fuzz.semantics", 8);
  static final long SEED = Long.getLong("fuzz.seed", 11);
  static final int MODELS = 150;
  static final int PAGE = 30;
  static final List<Semantics> ALL = Semantics.all();
  static BedrockEmulator emulator;
  static Connection pushed;
  static Connection reference;
  static Connection h2;
  static Map<String, QueryGenerator.Data> data = new LinkedHashMap<>();
  static List<QueryGenerator.Link> links;
  /** What {@code SELECT *} costs with pushdown at the same page size, by table and short pages or not. */
  static final Map<String, Integer> fullScans = new HashMap<>();

  @BeforeAll static void start() throws Exception {
    use(BedrockEmulator.builder()
        .catalogue(EdgeCatalogue.of(ModelGenerator.generate(42, MODELS), 42, "us-east-1", CALLER)).start(),
        "accountId=" + CALLER, List.of(new CatalogueOracle.Place(CALLER, "us-east-1")));
  }

  /**
   * Checks queries on this emulator, read through connections with these settings, against the oracle of the
   * data served at these places (accounts in regions): the single account here, several in
   * {@link FanOutDifferentialTest}. Test classes run one after the other, each with its own.
   */
  static void use(BedrockEmulator served, String settings, List<CatalogueOracle.Place> places) throws SQLException {
    emulator = served;
    // Small pages, so that paging, page sizes and row caps matter with few models; the reference reads all at once.
    pushed = DriverManager.getConnection(url(emulator, settings + ";pageSize=" + PAGE));
    reference = DriverManager.getConnection(url(emulator, settings + ";pushdown=false"));
    h2 = CatalogueOracle.load("differential" + System.identityHashCode(served), emulator, CatalogueOracle.tables(),
        places);
    data.clear();
    fullScans.clear();
    for (TableSpec t : CatalogueOracle.tables()) {
      data.put(t.name(), new QueryGenerator.Data(t, CatalogueOracle.table(emulator, t, places)));
    }
    links = QueryGenerator.links(data);
  }

  @AfterAll static void stop() throws SQLException {
    pushed.close();
    reference.close();
    h2.close();
    emulator.close();
  }

  @TestFactory Stream<DynamicTest> generatedQueriesOnEveryTable() {
    return CatalogueOracle.tables().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> generated(t)));
  }

  static void generated(TableSpec t) throws SQLException {
    long seed = SEED * 1_000 + CatalogueOracle.tables().indexOf(t);
    QueryGenerator g = new QueryGenerator(seed, data.get(t.name()), data, links);
    for (int i = 0; i < QUERIES; i++) {
      QueryGenerator.Query q = g.next();
      List<Semantics> distinct = distinct(q.scans());
      int perQuery = Math.min(distinct.size(), SEMANTICS_PER_QUERY);
      List<Semantics> semantics = new ArrayList<>();
      for (int j = 0; j < perQuery; j++) {
        semantics.add(distinct.get((i * perQuery + j) % distinct.size()));
      }
      Failure failure = check(q, semantics);
      if (failure != null) {
        List<Semantics> failing = List.of(failure.semantics());
        throw new AssertionError("seed " + seed + ", " + t.name() + " query " + i + ", " + failure.semantics() + ": "
            + failure.what() + "\n  query:   " + q.sql() + "  params " + q.params() + " maxRows " + q.maxRows()
            + "\n  reduced: " + Reducer.reduce(q, x -> check(x, failing) != null).sql());
      }
      String identity = i % 4 == 0 ? identities(t, g.plainPredicate(), semantics.get(0)) : null;
      if (identity != null) {
        throw new AssertionError("seed " + seed + ", " + t.name() + " query " + i + ", " + semantics.get(0) + ": "
            + identity);
      }
    }
  }

  /**
   * One of each combination of the service's choices that can change what these tables' requests return, the
   * others left as in {@link Semantics#DEFAULT}: name matching only where a Contains filter is declared (job
   * names only for ListCustomModels), time bounds only where a Range filter is, short pages where the listing
   * pages. custom_models meets all 32.
   */
  static List<Semantics> distinct(List<String> scans) {
    boolean name = false;
    boolean job = false;
    boolean bounds = false;
    boolean paged = false;
    for (String scanned : scans) {
      TableSpec t = data.get(scanned).spec;
      name |= t.containsColumn() >= 0;
      job |= t.containsColumn() >= 0 && t.list().name().equals("ListCustomModels");
      bounds |= t.rangeColumn() >= 0;
      paged |= t.list().sized();
    }
    Map<List<Boolean>, Semantics> out = new LinkedHashMap<>();
    for (Semantics s : ALL) {
      out.putIfAbsent(List.of(name && s.nameCaseSensitive(), bounds && s.boundsInclusive(),
          job && s.nameMatchesJobName(), bounds && s.boundsToSeconds(), paged && s.shortPages()), s);
    }
    return List.copyOf(out.values());
  }

  /** What is wrong, and under which semantics. */
  record Failure(Semantics semantics, String what) {
  }

  /** Null when the query's rows and calls are right under each of these semantics, else the first failure. */
  static Failure check(QueryGenerator.Query q, List<Semantics> semantics) {
    Object[] params = q.params().toArray();
    try {
      emulator.semantics(Semantics.DEFAULT);
      List<List<Object>> ref = OracleDb.run(reference, q.sql(), q.maxRows(), params);
      List<List<Object>> oracle = OracleDb.run(h2, q.sql(), q.maxRows(), params);
      String vsReference = q.limited() && !q.ordered() ? validSubset(q, ref) : same(q, ref, oracle);
      if (vsReference != null) {
        return new Failure(Semantics.DEFAULT, "pushdown=false differs from H2: " + vsReference);
      }
      try (PreparedStatement ps = pushed.prepareStatement(q.sql())) {
        for (Semantics s : semantics) {
          int full = 0;
          for (String scanned : q.scans()) {
            full += fullScan(scanned, s);
          }
          emulator.semantics(s);
          emulator.clearRequests();
          List<List<Object>> got = OracleDb.run(ps, q.maxRows(), params);
          List<RecordedRequest> calls = emulator.requests();
          String rows = q.limited() && !q.ordered() ? validSubset(q, got) : same(q, got, oracle);
          if (rows != null) {
            return new Failure(s, rows);
          }
          // One request stream per IN/OR value or looked-up key is the documented price of fan-out: each stream
          // beyond one per scan may cost at most a full scan (and a page boundary) more. A query that reads
          // tables more than once may read a side the reference never needs (a join stops when its first input
          // is empty, and the two plans may order the inputs differently): at most each in full. With short
          // pages a limit's smaller first pages may take more calls than a whole table that fits in a page or
          // two: the page count then depends on the service, as PushdownCatalogueTest notes.
          int largest = 0;
          for (String scanned : q.scans()) {
            largest = Math.max(largest, fullScan(scanned, s));
          }
          int extra = Math.max(0, streams(calls) - q.scans().size());
          boolean countable = !(s.shortPages() && q.limited());
          if (countable && calls.size() > full + extra * (largest + 1)) {
            return new Failure(s, calls.size() + " API calls with pushdown, " + full + " for full scans: " + calls);
          }
        }
      }
      return null;
    } catch (SQLException e) {
      return new Failure(emulator.semantics(), "failed: " + e);
    }
  }

  /** The calls of {@code SELECT *} with pushdown: every page, and a Get per row of a details table. */
  static int fullScan(String table, Semantics s) throws SQLException {
    String key = table + (s.shortPages() ? " short" : "");
    Integer calls = fullScans.get(key);
    if (calls == null) {
      emulator.semantics(s);
      emulator.clearRequests();
      OracleDb.run(pushed, "SELECT * FROM " + table, 0);
      calls = emulator.requests().size();
      fullScans.put(key, calls);
    }
    return calls;
  }

  /** Each distinct request, paging aside: one per IN/OR value or looked-up key. */
  static int streams(List<RecordedRequest> calls) {
    Set<String> keys = new HashSet<>();
    for (RecordedRequest c : calls) {
      Map<String, String> p = new HashMap<>(c.params());
      p.remove("nextToken");
      p.remove("maxResults");
      keys.add(c.operation() + p);
    }
    return keys.size();
  }

  static String same(QueryGenerator.Query q, List<List<Object>> got, List<List<Object>> expected) {
    boolean equal = q.ordered() ? got.equals(expected) : OracleDb.sorted(got).equals(OracleDb.sorted(expected));
    return equal ? null : "rows differ: " + got.size() + " rows, expected " + expected.size()
        + (got.size() + expected.size() < 40 ? ": " + got + " vs " + expected : "");
  }

  /**
   * A limit without a total order: the right number of rows, each a row of the unlimited query, and under an
   * ORDER BY that leaves ties the ordered column's values in H2's sequence (ties may pick other rows, never
   * other values: a pushed sort that returns the wrong top rows fails here).
   */
  static String validSubset(QueryGenerator.Query q, List<List<Object>> got) throws SQLException {
    List<List<Object>> all = OracleDb.run(h2, q.unlimited(), 0, q.unlimitedParams().toArray());
    List<List<Object>> wanted = OracleDb.run(h2, q.sql(), q.maxRows(), q.params().toArray());
    if (got.size() != wanted.size()) {
      return got.size() + " rows where the limit keeps " + wanted.size();
    }
    List<List<Object>> pool = new ArrayList<>(all);
    for (List<Object> row : got) {
      if (!pool.remove(row)) {
        return "row " + row + " is not a row of the query";
      }
    }
    int c = q.orderColumn() == null ? -1 : column(q.sql(), q.orderColumn());
    if (c >= 0 && !got.stream().map(r -> r.get(c)).toList().equals(wanted.stream().map(r -> r.get(c)).toList())) {
      return "ORDER BY " + q.orderColumn() + ": " + got.stream().map(r -> r.get(c)).toList() + ", expected "
          + wanted.stream().map(r -> r.get(c)).toList();
    }
    return null;
  }

  /** The position of a column in a query's result (H2 tells), or -1 when the query does not return it. */
  static int column(String sql, String column) throws SQLException {
    try (PreparedStatement ps = h2.prepareStatement(sql)) {
      ResultSetMetaData md = ps.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        if (md.getColumnLabel(i).equalsIgnoreCase(column)) {
          return i - 1;
        }
      }
      return -1;
    }
  }

  /**
   * TLP (the three partitions by p add up to the whole, as keys) and NoREC (COUNT with WHERE p = SUM over CASE
   * p), with pushdown under these semantics.
   */
  static String identities(TableSpec t, String p, Semantics s) throws SQLException {
    emulator.semantics(s);
    String base = "SELECT " + String.join(", ", data.get(t.name()).keys) + " FROM " + t.name();
    List<List<Object>> whole = OracleDb.run(pushed, base, 0);
    List<List<Object>> parts = new ArrayList<>();
    for (String part : List.of("(" + p + ")", "NOT (" + p + ")", "(" + p + ") IS NULL")) {
      parts.addAll(OracleDb.run(pushed, base + " WHERE " + part, 0));
    }
    if (!OracleDb.sorted(whole).equals(OracleDb.sorted(parts))) {
      return "TLP: " + whole.size() + " rows, partitions by " + p + " hold " + parts.size();
    }
    Object count = OracleDb.run(pushed, "SELECT COUNT(*) FROM " + t.name() + " WHERE " + p, 0).get(0).get(0);
    Object sum = OracleDb.run(pushed, "SELECT COALESCE(SUM(CASE WHEN " + p + " THEN 1 ELSE 0 END), 0) FROM "
        + t.name(), 0).get(0).get(0);
    return count.equals(sum) ? null : "NoREC: COUNT(*) WHERE " + p + " = " + count + ", SUM(CASE) = " + sum;
  }
}
