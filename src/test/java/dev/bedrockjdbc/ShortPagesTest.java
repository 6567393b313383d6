package dev.bedrockjdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.listCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.Semantics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A page may hold fewer models than maxResults and still have a nextToken (maxResults is a maximum). The
 * driver must follow tokens, never infer the end or the row count from a page's size: the same rows as
 * with full pages, at the price of more requests.
 */
class ShortPagesTest {
  static final int MODELS = 2500;
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(11, MODELS).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @AfterEach void fullPagesAgain() {
    emulator.semantics(Semantics.DEFAULT);
  }

  /** The rows and the ListCustomModels calls of one query on a fresh connection, under these semantics. */
  record Run(List<List<Object>> rows, int calls) {
  }

  static Run run(Semantics semantics, String more, String sql) throws SQLException {
    emulator.semantics(semantics);
    try (Connection c = connect(emulator, more)) {
      emulator.clearRequests();
      List<List<Object>> rows = TestSupport.query(c, sql);
      return new Run(rows, listCalls(emulator).size());
    }
  }

  static final Semantics SHORT = Semantics.DEFAULT.withShortPages();

  @ParameterizedTest(name = "[{index}] {0}") @ValueSource(strings = {"", "pageSize=50", "prefetch=false"})
  void countStillSeesEveryRow(String more) throws SQLException {
    String sql = "SELECT COUNT(*) FROM custom_models";
    Run full = run(Semantics.DEFAULT, more, sql);
    Run shortPages = run(SHORT, more, sql);
    assertEquals(List.of(List.of((long) MODELS)), full.rows());
    assertEquals(full.rows(), shortPages.rows());
    assertTrue(shortPages.calls() > full.calls(), "short pages cost more requests: " + shortPages.calls()
        + " vs " + full.calls());
  }

  @ParameterizedTest(name = "filtered, {0}") @ValueSource(strings = {"", "pageSize=50"})
  void filteredCountStillSeesEveryRow(String more) throws SQLException {
    String sql = "SELECT COUNT(*) FROM custom_models WHERE model_status = 'Failed'";
    long expected = emulator.models().stream().filter(m -> "Failed".equals(m.modelStatus())).count();
    assertTrue(expected > 100, "enough rows for several short pages: " + expected);
    Run full = run(Semantics.DEFAULT, more, sql);
    Run shortPages = run(SHORT, more, sql);
    assertEquals(List.of(List.of(expected)), full.rows());
    assertEquals(full.rows(), shortPages.rows());
    assertTrue(shortPages.calls() > full.calls(), shortPages.calls() + " vs " + full.calls());
  }

  @ParameterizedTest(name = "LIMIT {0}") @ValueSource(ints = {1, 7, 250, 999, 1001, 2499})
  void newestNStillTheRightRows(int n) throws SQLException {
    List<EmulatedModel> newest = emulator.models().stream()
        .sorted(Comparator.comparing(EmulatedModel::creationTime).reversed()).toList();
    // No tie at the cut, or more than one set of rows would be right.
    assertNotEquals(newest.get(n - 1).creationTime(), newest.get(n).creationTime());
    // Ties inside the n may come in any order, so compare the rows as a set and the times as a sequence.
    Set<String> expected = newest.subList(0, n).stream().map(EmulatedModel::modelArn).collect(Collectors.toSet());
    // The column is TIMESTAMP(3): the service's nanoseconds are cut to milliseconds.
    List<Instant> expectedTimes = newest.subList(0, n).stream()
        .map(m -> m.creationTime().truncatedTo(ChronoUnit.MILLIS)).toList();
    String sql = "SELECT model_arn, creation_time FROM custom_models ORDER BY creation_time DESC LIMIT " + n;
    Run full = run(Semantics.DEFAULT, "", sql);
    Run shortPages = run(SHORT, "", sql);
    for (Run r : List.of(full, shortPages)) {
      String what = r == full ? "full pages" : "short pages";
      assertEquals(n, r.rows().size(), what);
      assertEquals(expected, r.rows().stream().map(row -> (String) row.get(0)).collect(Collectors.toSet()), what);
      assertEquals(expectedTimes, r.rows().stream().map(row -> ((Timestamp) row.get(1)).toInstant()).toList(), what);
    }
    if (n > 1) { // a page of maxResults=1 cannot be short
      assertTrue(shortPages.calls() > full.calls(), shortPages.calls() + " vs " + full.calls());
    }
  }
}
