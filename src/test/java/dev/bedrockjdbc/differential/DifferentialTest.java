package dev.bedrockjdbc.differential;

import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.ModelGenerator;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.emulator.Semantics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generated queries, each checked three ways (issue 11): the driver's rows equal those of the same driver with
 * {@code pushdown=false} and those of H2 holding the emulator's data, and the TLP and NoREC identities hold;
 * with pushdown a query costs no more API calls than without, beyond one request stream per IN/OR value. Runs
 * under every emulator semantics combination. {@code -Dfuzz.queries=N} (per combination) and
 * {@code -Dfuzz.seed=S} run longer or other queries; a failure names its seed, combination and query, reduced.
 */
class DifferentialTest {
  static final String CALLER = ModelGenerator.CALLER_ACCOUNT;
  static final int QUERIES = Integer.getInteger("fuzz.queries", 40);
  static final long SEED = Long.getLong("fuzz.seed", 11);
  static final int MODELS = 400;
  static final int PAGE = 60;
  /** What pushdown=false costs per scan at the same page size, under the current semantics: every page. */
  static int fullScanCalls;
  static BedrockEmulator emulator;
  static Connection pushed;
  static Connection reference;
  static Connection h2;
  static List<EmulatedModel> models;

  @BeforeAll static void start() throws Exception {
    models = ModelGenerator.generate(42, MODELS);
    emulator = BedrockEmulator.builder().models(models).start();
    // Small pages, so that paging, page sizes and row caps matter with few models; the reference reads all at once.
    pushed = DriverManager.getConnection(url(emulator, "accountId=" + CALLER + ";pageSize=" + PAGE));
    reference = DriverManager.getConnection(url(emulator, "accountId=" + CALLER + ";pushdown=false"));
    h2 = OracleDb.load("differential", models, CALLER);
  }

  @AfterAll static void stop() throws SQLException {
    pushed.close();
    reference.close();
    h2.close();
    emulator.close();
  }

  @TestFactory Stream<DynamicTest> generatedQueriesUnderEverySemantics() {
    return Semantics.all().stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
      emulator.semantics(s);
      emulator.clearRequests();
      OracleDb.run(pushed, "SELECT COUNT(*) FROM custom_models", 0);
      fullScanCalls = emulator.requests().size();
      long seed = SEED * 1_000 + Semantics.all().indexOf(s);
      QueryGenerator g = new QueryGenerator(seed, models);
      for (int i = 0; i < QUERIES; i++) {
        QueryGenerator.Query q = g.next();
        String failure = check(q);
        if (failure != null) {
          throw new AssertionError("seed " + seed + ", query " + i + ", " + s + ": " + failure
              + "\n  query:   " + q.sql() + "  params " + q.params()
              + "\n  reduced: " + Reducer.reduce(q, x -> check(x) != null).sql());
        }
        String p = g.plainPredicate();
        String identity = i % 3 == 0 ? identities(p) : null; // six more queries: a third of the time
        if (identity != null) {
          throw new AssertionError("seed " + seed + ", query " + i + ", " + s + ": " + identity);
        }
      }
    }));
  }

  /** Null when the query's rows and calls are right, else what is wrong. */
  static String check(QueryGenerator.Query q) {
    try {
      emulator.clearRequests();
      List<List<Object>> got = OracleDb.run(pushed, q.sql(), q.maxRows(), q.params().toArray());
      List<RecordedRequest> calls = emulator.requests();
      List<List<Object>> ref = OracleDb.run(reference, q.sql(), q.maxRows(), q.params().toArray());
      List<List<Object>> oracle = OracleDb.run(h2, q.sql(), q.maxRows(), q.params().toArray());
      String rows = q.limited() && !q.ordered() ? validSubset(q, got) : same(q, got, oracle);
      if (rows != null) {
        return rows;
      }
      if (!q.limited() || q.ordered()) {
        String vsReference = same(q, ref, oracle);
        if (vsReference != null) {
          return "pushdown=false differs from H2: " + vsReference;
        }
      }
      // One request stream per IN/OR value or looked-up ARN is the documented price of fan-out. A query that
      // reads the table more than once may read a side the reference never needs (a join stops when its
      // first input is empty, and the two plans may order the inputs differently): at most each side in full.
      int streams = streams(calls);
      int allowed = fullScanCalls * Math.max(1, streams) + (streams > 1 ? streams : 0);
      if (calls.size() > (q.oneScan() ? allowed : Math.max(allowed, 2 * fullScanCalls))) {
        return calls.size() + " API calls with pushdown, " + fullScanCalls + " for a full scan: " + calls;
      }
      return null;
    } catch (SQLException e) {
      return "failed: " + e;
    }
  }

  /** Each distinct request, paging aside: one per IN/OR value or looked-up ARN. */
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

  /** A limit without a total order: the right number of rows, each a row of the unlimited query. */
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
    return null;
  }

  /** TLP (the three partitions by p add up to the whole) and NoREC (COUNT with WHERE p = SUM over CASE p). */
  static String identities(String p) throws SQLException {
    String base = "SELECT model_arn FROM custom_models";
    List<Object> whole = ids(OracleDb.run(pushed, base, 0));
    List<Object> parts = new ArrayList<>();
    for (String part : List.of("(" + p + ")", "NOT (" + p + ")", "(" + p + ") IS NULL")) {
      parts.addAll(ids(OracleDb.run(pushed, base + " WHERE " + part, 0)));
    }
    if (!sortedIds(whole).equals(sortedIds(parts))) {
      return "TLP: " + whole.size() + " rows, partitions by " + p + " hold " + parts.size();
    }
    Object count = OracleDb.run(pushed, "SELECT COUNT(*) FROM custom_models WHERE " + p, 0).get(0).get(0);
    Object sum = OracleDb.run(pushed, "SELECT COALESCE(SUM(CASE WHEN " + p + " THEN 1 ELSE 0 END), 0) "
        + "FROM custom_models", 0).get(0).get(0);
    return count.equals(sum) ? null : "NoREC: COUNT(*) WHERE " + p + " = " + count + ", SUM(CASE) = " + sum;
  }

  private static List<Object> ids(List<List<Object>> rows) {
    return rows.stream().map(r -> r.get(0)).toList();
  }

  private static List<String> sortedIds(List<Object> ids) {
    return ids.stream().map(String::valueOf).sorted().toList();
  }
}
