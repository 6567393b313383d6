package dev.bedrockjdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.listCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.RecordedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The scan pages lazily: a page is fetched only when its first row is needed. */
class PagingTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(5, 5000).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void smallPagesReturnEveryModelOnceInOrder() throws SQLException {
    emulator.clearRequests();
    List<String> arns;
    try (Connection c = connect(emulator, "pageSize=7;prefetch=false")) {
      arns = TestSupport.query(c, "SELECT model_arn FROM custom_models").stream().map(r -> (String) r.get(0)).toList();
    }
    List<String> expected = emulator.models().stream().map(EmulatedModel::modelArn).toList();
    assertEquals(expected, arns, "every model, once, in service order");
    List<RecordedRequest> calls = listCalls(emulator);
    assertEquals((5000 + 6) / 7, calls.size());
    assertNull(calls.get(0).param("nextToken"));
    Set<String> tokens = calls.stream().skip(1).map(r -> r.param("nextToken")).collect(Collectors.toSet());
    assertEquals(calls.size() - 1, tokens.size(), "each later page follows a new token");
    assertTrue(calls.stream().allMatch(r -> "7".equals(r.param("maxResults"))));
  }

  @Test void tenRowsOfALargeTableCostOneRequest() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      TestSupport.query(c, "SELECT is_owned FROM custom_models LIMIT 1"); // the connection learns its account
      emulator.clearRequests();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
        for (int i = 0; i < 10; i++) {
          assertTrue(rs.next());
          assertNotNull(rs.getString("model_arn"));
        }
      }
      assertEquals(1, listCalls(emulator).size());
      assertEquals("1000", listCalls(emulator).get(0).param("maxResults"));

      emulator.clearRequests();
      try (Statement s = c.createStatement()) {
        s.setMaxRows(10);
        try (ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models")) {
          assertEquals(10, TestSupport.rows(rs).size());
        }
      }
      assertEquals(1, listCalls(emulator).size(), listCalls(emulator).toString());
    }
  }

  /** maxRows a whole number of pages reads those pages only: the row past maxRows is never asked for. */
  @Test void maxRowsOnAPageBoundaryReadsNoFurtherPage() throws SQLException {
    for (boolean prepared : new boolean[] {false, true}) {
      try (Connection c = connect(emulator, "pageSize=50;prefetch=false")) {
        emulator.clearRequests();
        String sql = "SELECT model_name FROM custom_models WHERE model_name LIKE '%'";
        try (Statement s = prepared ? c.prepareStatement(sql) : c.createStatement()) {
          s.setMaxRows(100);
          ResultSet rs = prepared ? ((java.sql.PreparedStatement) s).executeQuery() : s.executeQuery(sql);
          assertEquals(100, TestSupport.rows(rs).size());
        }
        assertEquals(2, listCalls(emulator).size(), "two pages of 50, not a third: " + listCalls(emulator));
      }
    }
  }

  @Test void selectStarByANewCallerAddsOneAccountLookup() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestSupport.url(emulator, "AKIDPAGINGSTAR", ""))) {
      emulator.clearRequests();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
        for (int i = 0; i < 10; i++) {
          assertTrue(rs.next());
        }
      }
      List<RecordedRequest> calls = listCalls(emulator);
      assertEquals(2, calls.size(), calls.toString());
      assertEquals("true", calls.get(1).param("isOwned"));
      assertEquals("1", calls.get(1).param("maxResults"));
    }
  }

  @Test void preparingAndExecutingFetchAtMostTheFirstPage() throws SQLException {
    try (Connection c = connect(emulator, "pageSize=10;prefetch=false")) {
      emulator.clearRequests();
      try (var ps = c.prepareStatement("SELECT model_name FROM custom_models")) {
        assertNotNull(ps.getMetaData());
        assertEquals(0, emulator.requests().size(), "preparing sends nothing");
        try (ResultSet rs = ps.executeQuery()) {
          // Calcite's iterator looks one row ahead when the result set opens: at most the first page.
          assertTrue(emulator.requests().size() <= 1);
          for (int i = 0; i < 5; i++) {
            assertTrue(rs.next());
          }
          assertEquals(1, emulator.requests().size());
          for (int i = 0; i < 10; i++) {
            assertTrue(rs.next());
          }
          assertEquals(2, emulator.requests().size(), "row 15 needs page 2, and nothing beyond it");
        }
      }
    }
  }

  @Test void closingTheResultSetStopsPaging() throws SQLException {
    try (Connection c = connect(emulator, "pageSize=10;prefetch=false")) {
      emulator.clearRequests();
      Set<String> seen = new HashSet<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
        for (int i = 0; i < 15; i++) {
          assertTrue(rs.next());
          seen.add(rs.getString(1));
        }
      }
      assertEquals(15, seen.size());
      assertEquals(2, listCalls(emulator).size(), "15 rows of 10-row pages: 2 pages, then close");
      // Still nothing more once the statement is gone.
      assertEquals(2, listCalls(emulator).size());
    }
  }
}
