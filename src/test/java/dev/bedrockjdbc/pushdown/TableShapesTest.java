package dev.bedrockjdbc.pushdown;

import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.EdgeCatalogue;
import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Catalogue;
import dev.bedrockjdbc.emulator.ModelGenerator;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.emulator.Semantics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every table of {@link Tables#all()} answers {@code SELECT *} and each shape its description declares pushable
 * with H2's rows over the emulator's own data ({@link CatalogueOracle}), under every combination of the service
 * semantics the documentation leaves open, at the fewest API calls: one List call per request stream (the data
 * fits one page), a Get per key, none where SQL alone says no row matches, a Get per row of a details table, a
 * listing per group of an expanded one. The parameters each shape must send are asserted on the recorded
 * requests, so a filter that is declared but never sent fails; each shape's requests are printed.
 */
class TableShapesTest {
  static final String CALLER = ModelGenerator.CALLER_ACCOUNT;
  /** In {@link Shape#sent}: whichever parameter (a Get's identifier). */
  static final String ANY = "*";
  /** The page size of the shapes: larger than any table, so that each request stream is one call. */
  static final int PAGE = 1000;
  static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  static BedrockEmulator emulator;
  static Connection driver;
  static Connection h2;
  static Map<String, CatalogueOracle.Table> data;

  /** How a result is compared with H2's. */
  enum Mode {
    /** As a multiset. */
    SET,
    /** {@code ORDER BY <sort column> DESC LIMIT n}: the same sort values in order, each row a row of the table. */
    TOP
  }

  /**
   * One query and what it must cost.
   *
   * @param calls     API calls with full pages
   * @param operation the operation whose requests must carry {@code sent} (all of them)
   * @param sent      parameters each of those requests carries, and what their value must satisfy
   * @param unsent    parameters none of the requests may carry (a value the API would reject)
   */
  record Shape(String sql, int calls, Mode mode, String operation, Map<String, Predicate<String>> sent,
      Set<String> unsent) {
    @Override public String toString() {
      return sql;
    }
  }

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder()
        .catalogue(EdgeCatalogue.of(ModelGenerator.generate(5, 150), 5, "us-east-1", CALLER)).start();
    // Every table fits one page, so one List call per request stream is the minimum.
    driver = DriverManager.getConnection(url(emulator, "accountId=" + CALLER + ";pageSize=" + PAGE));
    h2 = CatalogueOracle.load("shapes", emulator);
    data = CatalogueOracle.tables(emulator, CatalogueOracle.tables());
  }

  @AfterAll static void stop() throws SQLException {
    driver.close();
    h2.close();
    emulator.close();
  }

  @TestFactory Stream<DynamicContainer> everyTableEveryShapeUnderEverySemantics() {
    return CatalogueOracle.tables().stream().map(t -> DynamicContainer.dynamicContainer(t.name(),
        new Shapes(t, data.get(t.name())).all().stream().map(s -> DynamicTest.dynamicTest(s.sql(), () -> check(t, s)))));
  }

  /**
   * A full scan at a small page size costs one List call per page of each request stream (a partition value, an
   * expanded group), and a Get per row of a details table: counted from the data, not from the planner.
   */
  @Test void aFullScanIsOneCallPerPage() throws SQLException {
    int page = 7;
    emulator.semantics(Semantics.DEFAULT);
    try (Connection small = DriverManager.getConnection(url(emulator, "accountId=" + CALLER + ";pageSize=" + page))) {
      for (TableSpec t : CatalogueOracle.tables()) {
        emulator.clearRequests();
        List<List<Object>> rows = OracleDb.run(small, "SELECT * FROM " + t.name(), 0);
        assertEquals(data.get(t.name()).rows().size(), rows.size(), t.name());
        assertEquals(pages(t, page), emulator.requests().size(), "calls of SELECT * FROM " + t.name() + " at "
            + page + " a page: " + emulator.requests());
      }
    }
  }

  /** The calls of a full scan: the listed table's pages per stream, plus a Get per row of a details table. */
  static int pages(TableSpec t, int page) {
    if (t.parent() != null) {
      return pages(t.parent(), page) + (t.children() == null ? data.get(t.name()).rows().size() : 0);
    }
    List<Map<String, Object>> rows = data.get(t.name()).rows();
    if (!t.list().paged()) {
      return 1;
    }
    if (t.expansion() != null) {
      String group = t.column(t.expansion().groupColumn()).name();
      Map<Object, Long> versions = rows.stream().collect(Collectors.groupingBy(r -> r.get(group),
          Collectors.counting()));
      return pagesOf(versions.size(), page) + versions.values().stream().mapToInt(n -> pagesOf(n, page)).sum();
    }
    if (t.partition() >= 0) {
      String column = t.column(t.partition()).name();
      return t.partitionValues().stream()
          .mapToInt(v -> pagesOf(rows.stream().filter(r -> v.equals(r.get(column))).count(), page)).sum();
    }
    return pagesOf(rows.size(), page);
  }

  /** A listing of n items: at least one call, and a last page only when a token promised more. */
  static int pagesOf(long n, int page) {
    return (int) Math.max(1, (n + page - 1) / page);
  }

  /** The emulator's summaries have no member a list table lacks a column for. */
  @Test void everyListedMemberIsAColumn() {
    for (TableSpec t : CatalogueOracle.tables()) {
      if (t.parent() != null || !Catalogue.LIST_OPERATIONS.contains(t.list().name())) {
        continue; // model_invocation_logging's item is a Get response
      }
      Set<String> members = new LinkedHashSet<>();
      emulator.summaries(t.list().name()).forEach(s -> s.fieldNames().forEachRemaining(members::add));
      for (String m : members) {
        assertTrue(t.column(CatalogueOracle.snake(m)) >= 0, t.name() + " has no column for " + m);
      }
    }
  }

  /** The generic oracle's custom_models are OracleDb's, computed from the emulator's records. */
  @Test void customModelsAsOracleDbHasThem() throws SQLException {
    try (Connection old = OracleDb.load("shapes-models", emulator.models(), CALLER)) {
      String sql = "SELECT * FROM custom_models";
      assertEquals(OracleDb.sorted(OracleDb.run(old, sql, 0)), OracleDb.sorted(OracleDb.run(h2, sql, 0)));
    }
  }

  static void check(TableSpec t, Shape s) throws SQLException {
    List<List<Object>> expected = OracleDb.run(h2, s.sql(), 0);
    List<List<Object>> all = s.mode() == Mode.TOP ? OracleDb.run(h2, s.sql().replaceAll(" LIMIT \\d+$", ""), 0) : null;
    try (PreparedStatement query = driver.prepareStatement(s.sql())) {
      for (Semantics sem : Semantics.all()) {
        check(t, s, query, sem, expected, all);
      }
    }
  }

  /** One run of the prepared query under these semantics (one plan: only the service's answers change). */
  static void check(TableSpec t, Shape s, PreparedStatement query, Semantics sem, List<List<Object>> expected,
      List<List<Object>> all) throws SQLException {
    emulator.semantics(sem);
    emulator.clearRequests();
    List<List<Object>> actual = OracleDb.run(query, 0);
    List<RecordedRequest> calls = emulator.requests();
    String where = s.sql() + " under " + sem;
    if (s.mode() == Mode.SET) {
      assertEquals(OracleDb.sorted(expected), OracleDb.sorted(actual), where);
    } else {
      assertEquals(expected.stream().map(r -> r.get(0)).toList(), actual.stream().map(r -> r.get(0)).toList(),
          "sort values of " + where);
      assertTrue(all.containsAll(actual), "every row is a row of the table: " + where);
    }
    if (!sem.shortPages()) {
      assertEquals(calls(t, s, expected), calls.size(), "API calls for " + where + ": " + calls);
    }
    for (RecordedRequest r : calls) {
      if (r.operation().equals(s.operation())) {
        s.sent().forEach((p, ok) -> assertTrue(p.equals(ANY) ? r.params().values().stream().anyMatch(ok)
            : r.param(p) != null && ok.test(r.param(p)), p + " sent as it should be for " + where + ": " + r));
        s.unsent().forEach(p -> assertTrue(r.param(p) == null, p + " is not sent for " + where + ": " + r));
      }
    }
    assertTrue(s.sent().isEmpty() || calls.stream().anyMatch(r -> r.operation().equals(s.operation())),
        s.operation() + " called for " + where + ": " + calls);
    if (sem.equals(Semantics.DEFAULT)) {
      System.out.println(t.name() + ": " + s.sql() + "\n    " + calls.size() + " calls: "
          + calls.stream().limit(4).map(r -> r.operation() + r.params()).toList() + (calls.size() > 4 ? " ..." : ""));
    }
  }

  /**
   * The calls a shape costs: as it says, and for a details table's filtered listing (guardrail_details' id or
   * version) also a Get per row, since each row listed is one its exact filter keeps. A full scan's count has them.
   */
  static int calls(TableSpec t, Shape s, List<List<Object>> expected) {
    boolean details = t.parent() != null && t.children() == null;
    return details && s.operation().equals(t.list().name()) && s.calls() != pages(t, PAGE) && s.calls() > 0
        ? s.calls() + expected.size() : s.calls();
  }

  /** The shapes of one table, values drawn from its rows. */
  static final class Shapes {
    final TableSpec t;
    final List<Map<String, Object>> rows;
    final Random random;
    final List<Shape> out = new ArrayList<>();

    Shapes(TableSpec t, CatalogueOracle.Table table) {
      this.t = t;
      this.rows = table.rows();
      this.random = new Random(t.name().hashCode());
    }

    List<Shape> all() {
      out.add(shape("SELECT * FROM " + t.name(), fullScan(), Map.of()));
      for (int c = 0; c < t.columns().size(); c++) {
        FilterSpec f = t.filter(c);
        if (f != null && !values(c).isEmpty()) {
          shapes(c, f);
        }
      }
      if (t.sort() != null) {
        String sortColumn = t.column(t.sort().column()).name();
        out.add(new Shape("SELECT " + sortColumn + ", " + keys() + " FROM " + t.name() + " ORDER BY " + sortColumn
            + " DESC LIMIT 3", 1, Mode.TOP, t.list().name(), Map.of("sortBy", t.sort().sortBy()::equals,
            "sortOrder", "Descending"::equals, "maxResults", x -> Integer.parseInt(x) <= 3), Set.of()));
      }
      return out;
    }

    private void shapes(int c, FilterSpec f) {
      String col = t.column(c).name();
      String table = t.name();
      List<Object> values = values(c);
      Object v = values.get(random.nextInt(values.size()));
      if (f instanceof FilterSpec.Equals e) {
        boolean pins = c == t.partition() || t.expansion() != null && c == t.expansion().groupColumn();
        String s = (String) v;
        if (e.sendable().test(s)) {
          out.add(shape(where(col + " = " + quote(s)), pins ? 1 : streams(), Map.of(e.parameter(), s::equals)));
        }
        List<Object> sendable = values.stream().filter(x -> e.sendable().test((String) x)).distinct().toList();
        if (sendable.size() >= 2) {
          String a = (String) sendable.get(0);
          String b = (String) sendable.get(1);
          out.add(shape(where(col + " IN (" + quote(a) + ", " + quote(b) + ")"),
              e.split() ? (pins ? 2 : 2 * streams()) : fullScan(),
              e.split() ? Map.of(e.parameter(), x -> x.equals(a) || x.equals(b)) : Map.of()));
        }
        out.add(shape(where(col + " = NULL"), 0, Map.of()));
        // A value the API accepts and no row has: sent, and answered with no row (never an error).
        String missing = s.length() > 3 ? s.substring(0, s.length() - 3) + "zzz" : s + "zzz";
        if (e.sendable().test(missing) && !values.contains(missing)) {
          out.add(shape(where(col + " = " + quote(missing)), pins ? 1 : streams(),
              Map.of(e.parameter(), missing::equals)));
        }
        String rejected = s.toLowerCase() + "!";
        if (!e.sendable().test(rejected)) {
          // Not sent (a partition or group column still sends each of its values, as without the predicate).
          out.add(new Shape(where(col + " = " + quote(rejected)), fullScan(), Mode.SET, t.list().name(), Map.of(),
              pins ? Set.of() : Set.of(e.parameter())));
        }
      } else if (f instanceof FilterSpec.Contains n) {
        String name = (String) v;
        String run = acceptedRun(n, name);
        out.add(shape(where(col + " LIKE " + quote("%" + run + "%")), streams(),
            Map.of(n.parameter(), run::contains)));
        if (n.accepted().matcher(name).matches()) {
          out.add(shape(where(col + " = " + quote(name)), streams(),
              Map.of(n.parameter(), name::contains)));
        }
      } else if (f instanceof FilterSpec.Range r) {
        Instant at = (Instant) v;
        Instant other = (Instant) values.get(random.nextInt(values.size()));
        Instant lo = at.isBefore(other) ? at : other;
        Instant hi = at.isBefore(other) ? other : at;
        Predicate<String> any = x -> true;
        out.add(shape(where(col + " > " + literal(at)), streams(), Map.of(r.afterParameter(), any)));
        out.add(shape(where(col + " >= " + literal(at)), streams(), Map.of(r.afterParameter(), any)));
        out.add(shape(where(col + " < " + literal(at)), streams(), Map.of(r.beforeParameter(), any)));
        out.add(shape(where(col + " BETWEEN " + literal(lo) + " AND " + literal(hi)), streams(),
            Map.of(r.afterParameter(), any, r.beforeParameter(), any)));
      } else if (f instanceof FilterSpec.Flag flag) {
        out.add(shape(where(col), streams(), Map.of(flag.parameter(), "true"::equals)));
        out.add(shape(where("NOT " + col), streams(), Map.of(flag.parameter(), "false"::equals)));
      } else if (f instanceof FilterSpec.Element e) {
        for (String element : elements(values)) {
          if (e.sendable().test(element)) {
            out.add(shape(where(col + " LIKE " + quote("%\"" + element + "\"%")), streams(),
                Map.of(e.parameter(), element::equals)));
            break;
          }
        }
      } else if (f instanceof FilterSpec.Key) {
        String key = (String) v;
        String get = t.lookup().get().name();
        String keyOnly = "SELECT " + col + " FROM " + table + " WHERE " + col;
        out.add(shape(keyOnly + " = " + quote(key), 1, get, Map.of(ANY, key::equals)));
        List<Object> two = values.stream().distinct().limit(2).toList();
        if (two.size() == 2) {
          out.add(shape(keyOnly + " IN (" + quote((String) two.get(0)) + ", " + quote((String) two.get(1)) + ")", 2,
              get, Map.of(ANY, x -> x.equals(two.get(0)) || x.equals(two.get(1)))));
        }
        String missing = key.substring(0, key.length() - 3) + "zzz";
        out.add(shape(keyOnly + " = " + quote(missing), 1, get, Map.of(ANY, missing::equals)));
        // The whole row: the Get alone when it has every column, else completed by a List call, else a listing.
        boolean complete = t.lookup().summaryOnly().isEmpty() || t.parent() != null;
        boolean byGet = complete || t.lookup().completion() != null;
        out.add(shape(where(col + " = " + quote(key)), complete ? 1 : byGet ? 2 : fullScan(),
            byGet ? get : t.list().name(), byGet ? Map.of(ANY, key::equals) : Map.of()));
      } else if (f instanceof FilterSpec.Listed l) {
        out.add(shape(where(col + " = " + quote(l.listedValue())), streams(), Map.of()));
      }
    }

    private Shape shape(String sql, int calls, Map<String, Predicate<String>> sent) {
      return shape(sql, calls, t.list().name(), sent);
    }

    private Shape shape(String sql, int calls, String operation, Map<String, Predicate<String>> sent) {
      return new Shape(sql, calls, Mode.SET, operation, sent, Set.of());
    }

    private String where(String predicate) {
      return "SELECT * FROM " + t.name() + " WHERE " + predicate;
    }

    private String keys() {
      return String.join(", ", t.keyColumns().stream().map(k -> t.column(k).name()).toList());
    }

    /** The column's non-null values, in row order. */
    private List<Object> values(int c) {
      String name = t.column(c).name();
      return rows.stream().map(r -> r.get(name)).filter(Objects::nonNull).toList();
    }

    /** The request streams of a listing that no equality pins: one per value of a partition column. */
    private int streams() {
      return t.partition() >= 0 ? t.partitionValues().size() : 1;
    }

    /** A whole listing: one call per stream (every table fits a page), a Get per row of a details table. */
    private int fullScan() {
      return pages(t, PAGE);
    }

    /** A substring of the name that the filter's pattern accepts in full (the longest from the start). */
    private static String acceptedRun(FilterSpec.Contains n, String name) {
      for (int end = Math.min(name.length(), n.maxLength()); end > 0; end--) {
        for (int start = 0; start + end <= name.length(); start++) {
          String part = name.substring(start, start + end);
          if (n.accepted().matcher(part).matches() && part.length() >= Math.min(3, name.length())) {
            return part.length() > 6 ? part.substring(1, part.length() - 1) : part;
          }
        }
      }
      return name;
    }

    /** The string elements of JSON lists. */
    private static List<String> elements(List<Object> jsonLists) {
      Set<String> out = new LinkedHashSet<>();
      for (Object list : jsonLists) {
        Matcher m = QUOTED.matcher((String) list);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
      return new ArrayList<>(out);
    }
  }

  static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  static String literal(Instant t) {
    return "TIMESTAMP '" + LITERAL.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC)) + "'";
  }
}
