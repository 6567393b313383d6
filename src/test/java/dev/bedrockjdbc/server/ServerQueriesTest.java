package dev.bedrockjdbc.server;

import static dev.bedrockjdbc.TestSupport.rows;
import static dev.bedrockjdbc.TestSupport.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.MetadataChecks;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Through the server, a thin client gets what the embedded driver gives: the same rows, the same API calls. */
class ServerQueriesTest {
  static BedrockEmulator emulator;
  static QueryServer server;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(14, 450).start();
    server = Served.start(emulator);
  }

  @AfterAll static void stop() {
    server.close();
    emulator.close();
  }

  /** A query, its parameters and the statement's maxRows (0: none). */
  record Q(String sql, int maxRows, Object... params) {
  }

  static final Timestamp T = Timestamp.from(Instant.parse("2024-06-01T00:00:00Z"));

  static final List<Q> QUERIES = List.of(
      new Q("SELECT * FROM custom_models", 0),
      new Q("SELECT model_name, creation_time FROM custom_models ORDER BY creation_time DESC LIMIT 5", 0),
      new Q("SELECT model_name FROM custom_models WHERE model_name LIKE '%support%'", 0),
      new Q("SELECT model_arn, model_status FROM custom_models WHERE model_status = 'Active' AND is_owned", 0),
      new Q("SELECT model_arn FROM custom_models WHERE creation_time > ? ORDER BY creation_time", 0, T),
      new Q("SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT ?", 0, 7),
      new Q("SELECT base_model_name, COUNT(*) AS n FROM custom_models GROUP BY base_model_name ORDER BY 1", 0),
      new Q("SELECT * FROM custom_models", 200));

  /** A query's rows, and the requests (operation and parameters) it cost. */
  record Result(List<List<Object>> rows, List<RecordedRequest> calls) {
  }

  /**
   * A query with parameters runs as a PreparedStatement, one without as a Statement, whose maxRows the thin
   * client sends with the SQL (a thin PreparedStatement's maxRows never reaches the server: README).
   */
  static Result run(Connection c, Q q) throws SQLException {
    emulator.clearRequests();
    if (q.params().length == 0) {
      try (Statement s = c.createStatement()) {
        s.setMaxRows(q.maxRows());
        return result(s.executeQuery(q.sql()));
      }
    }
    try (PreparedStatement ps = c.prepareStatement(q.sql())) {
      for (int i = 0; i < q.params().length; i++) {
        ps.setObject(i + 1, q.params()[i]);
      }
      return result(ps.executeQuery());
    }
  }

  private static Result result(ResultSet rs) throws SQLException {
    try (rs) {
      List<List<Object>> rows = rows(rs);
      return new Result(rows, emulator.requests());
    }
  }

  @Test void sameRowsAndApiCallsAsEmbedded() throws Exception {
    try (Connection embedded = Served.embedded(emulator); Connection thin = Served.thin(server, "")) {
      for (Q q : QUERIES) {
        Result expected = run(embedded, q);
        Result served = run(thin, q);
        String what = q.sql() + " " + Arrays.toString(q.params());
        assertEquals(expected.calls(), served.calls(), what);
        assertEquals(expected.rows().size(), served.rows().size(), what);
        for (int i = 0; i < expected.rows().size(); i++) {
          assertEquals(expected.rows().get(i), served.rows().get(i), what + " row " + i);
        }
      }
    }
  }

  /** A re-executed prepared statement rebinds its parameter each time, as embedded. */
  @Test void preparedStatementReexecutes() throws Exception {
    try (Connection thin = Served.thin(server, "");
         PreparedStatement ps = thin.prepareStatement(
             "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT ?")) {
      for (int n : new int[] {1, 3, 2}) {
        ps.setInt(1, n);
        try (ResultSet rs = ps.executeQuery()) {
          assertEquals(n, rows(rs).size());
        }
      }
    }
  }

  /** A small fetch size pages the result to the client in frames; every row still arrives once. */
  @Test void fetchSizeFramesTheResult() throws Exception {
    try (Connection thin = Served.thin(server, ""); Statement s = thin.createStatement()) {
      s.setFetchSize(7);
      List<String> arns = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
        while (rs.next()) {
          arns.add(rs.getString(1));
        }
      }
      assertEquals(450, arns.size());
      assertEquals(450, arns.stream().distinct().count());
    }
  }

  @Test void dbeaverMetadataCalls() throws Exception {
    emulator.clearRequests();
    try (Connection thin = Served.thin(server, "")) {
      DatabaseMetaData md = thin.getMetaData();
      assertEquals(List.of("bedrock"), column(md.getSchemas(), "TABLE_SCHEM"));
      assertEquals(Tables.all().stream().map(TableSpec::name).sorted().toList(),
          column(md.getTables(null, "bedrock", "%", null), "TABLE_NAME"), "every table, in name order");
      // DBeaver's navigator and table editor through Avatica: every table's remarks, columns, types and sizes.
      for (TableSpec t : Tables.all()) {
        MetadataChecks.assertDescribed(md, t);
      }
      // Avatica's protocol has no request for keys: the thin driver answers them empty itself (README).
      assertEquals(List.of(), column(md.getPrimaryKeys(null, "bedrock", "custom_models"), "COLUMN_NAME"));
      assertEquals(List.of(), column(md.getImportedKeys(null, "bedrock", "custom_models"), "PKTABLE_NAME"));
      assertTrue(column(md.getTypeInfo(), "TYPE_NAME").containsAll(List.of("VARCHAR", "TIMESTAMP", "BOOLEAN")));
    }
    assertEquals(List.of(), emulator.requests(), "browsing metadata makes no API call");
  }

  /** 8 clients, each on its own connection, 50 queries each: every answer exact. */
  @Test void concurrentClients() throws Exception {
    List<String> newest;
    try (Connection embedded = Served.embedded(emulator)) {
      newest = rows(embedded.createStatement().executeQuery(
          "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 20")).stream()
          .map(r -> (String) r.get(0)).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> clients = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        clients.add(pool.submit(() -> {
          int checked = 0;
          try (Connection thin = Served.thin(server, "");
               PreparedStatement ps = thin.prepareStatement(
                   "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT ?")) {
            for (int i = 0; i < 50; i++) {
              int n = 1 + i % 20;
              ps.setInt(1, n);
              try (ResultSet rs = ps.executeQuery()) {
                assertEquals(newest.subList(0, n), rows(rs).stream().map(r -> (String) r.get(0)).toList());
              }
              checked++;
            }
          }
          return checked;
        }));
      }
      for (Future<Integer> f : clients) {
        assertEquals(50, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
