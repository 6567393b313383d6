package dev.bedrockjdbc.fastpath;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import org.apache.calcite.runtime.Hook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The fast path answers exactly as Calcite's planner does: for each query, a connection with fastPath=true
 * and one with fastPath=false give the same rows (through every getter kind), the same result set metadata,
 * and send the same API requests — as a Statement and as a PreparedStatement, with and without maxRows.
 * Simple queries must not reach Calcite's parser; near misses must.
 */
class FastPathTest {
  static BedrockEmulator emulator;
  static Connection fast;
  static Connection calcite;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(11, 2500).start();
    fast = connect(emulator, "");
    calcite = connect(emulator, "fastPath=false");
  }

  @AfterAll static void stop() throws SQLException {
    fast.close();
    calcite.close();
    emulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM custom_models",
      "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5",
      "SELECT model_name, creation_time FROM custom_models ORDER BY creation_time LIMIT 3 OFFSET 2",
      "select MODEL_ARN, \"model_name\", Is_Owned from BEDROCK.CUSTOM_MODELS order by CREATION_TIME asc",
      "SELECT \"MODEL_NAME\" FROM custom_models FETCH FIRST 7 ROWS ONLY",
      "SELECT * FROM custom_models OFFSET 2497 ROWS",
      "SELECT * FROM custom_models OFFSET 10 ROWS FETCH NEXT 1 ROW ONLY",
      "SELECT model_arn FROM custom_models LIMIT 0",
      "SELECT creation_time, foundation_model_arn, base_model_name FROM \"bedrock\".\"custom_models\"\n"
          + "  ORDER BY creation_time DESC",
      "SELECT owner_account_id, model_status, customization_type, base_model_arn FROM custom_models LIMIT 1500",
      "SELECT model_name FROM custom_models ORDER BY creation_time DESC OFFSET 2499 ROWS FETCH FIRST 5 ROWS ONLY",
      "SELECT model_name FROM custom_models LIMIT 2000 OFFSET 999",
  })
  void simpleQueriesSkipThePlannerAndAnswerAsCalcite(String sql) throws SQLException {
    assertSameAnswers(sql, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT model_name, model_name FROM custom_models LIMIT 2",
      "SELECT model_name FROM custom_models ORDER BY model_name LIMIT 3",
      "SELECT model_name FROM custom_models WHERE model_status = 'Active' ORDER BY creation_time LIMIT 3",
      "SELECT model_name AS n FROM custom_models LIMIT 1",
      "SELECT model_name FROM custom_models ORDER BY creation_time DESC NULLS LAST LIMIT 2",
      "SELECT DISTINCT model_status FROM custom_models",
      "SELECT c.model_name FROM custom_models c LIMIT 2",
      "SELECT model_name FROM custom_models -- newest\nORDER BY creation_time DESC LIMIT 2",
  })
  void otherQueriesArePlannedByCalcite(String sql) throws SQLException {
    assertSameAnswers(sql, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT nope FROM custom_models", "SELECT * FROM nope", "SELECT * FROM custom_models LIMIT -1"})
  void errorsAreCalcites(String sql) {
    SQLException f = assertThrows(SQLException.class, () -> fast.createStatement().executeQuery(sql));
    SQLException c = assertThrows(SQLException.class, () -> calcite.createStatement().executeQuery(sql));
    assertEquals(c.getSQLState(), f.getSQLState());
    assertEquals(c.getMessage(), f.getMessage());
  }

  /**
   * Generated simple queries — random column lists, letter case, quoting, schema qualification, sort and limit
   * forms, whitespace — each answered as Calcite answers it, without reaching its parser.
   */
  @Test void generatedSimpleQueriesAnswerAsCalcite() throws SQLException {
    Random random = new Random(7);
    String[] columns = {"model_arn", "model_name", "creation_time", "base_model_arn", "base_model_name",
        "customization_type", "owner_account_id", "model_status", "is_owned", "foundation_model_arn"};
    for (int n = 0; n < 60; n++) {
      StringBuilder sql = new StringBuilder(random.nextBoolean() ? "SELECT " : "select\n  ");
      if (random.nextInt(4) == 0) {
        sql.append('*');
      } else {
        List<String> picked = new ArrayList<>(List.of(columns));
        Collections.shuffle(picked, random);
        picked = picked.subList(0, 1 + random.nextInt(4));
        for (int i = 0; i < picked.size(); i++) {
          sql.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",").append(name(picked.get(i), random));
        }
      }
      sql.append(random.nextBoolean() ? " FROM " : "\tfrom ")
          .append(random.nextBoolean() ? "" : name("bedrock", random) + ".").append(name("custom_models", random));
      if (random.nextBoolean()) {
        sql.append(" ORDER BY ").append(name("creation_time", random))
            .append(new String[] {"", " ASC", " desc"}[random.nextInt(3)]);
      }
      int limit = random.nextInt(2500);
      int offset = random.nextInt(2600);
      sql.append(switch (random.nextInt(5)) {
        case 0 -> "";
        case 1 -> " LIMIT " + limit;
        case 2 -> " LIMIT " + limit + " OFFSET " + offset;
        case 3 -> " OFFSET " + offset + " ROWS";
        default -> " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
      });
      assertSameAnswers(sql.toString(), 0, random.nextBoolean(), random.nextInt(3) == 0 ? 1 + random.nextInt(300) : 0);
    }
  }

  /** A name as a user might write it: any letter case unquoted, or quoted in any case (case-insensitive lookup). */
  private static String name(String name, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> name;
      case 1 -> name.toUpperCase(Locale.ROOT);
      case 2 -> "\"" + name + "\"";
      default -> "\"" + name.toUpperCase(Locale.ROOT) + "\"";
    };
  }

  /**
   * The same answers from both connections; {@code parses} is how often the fast connection parses the text the
   * first time, after which it reuses its plan (whatever the statement kind and maxRows).
   */
  private static void assertSameAnswers(String sql, int parses) throws SQLException {
    int expected = parses;
    for (int maxRows : new int[] {0, 3}) {
      for (boolean prepared : new boolean[] {false, true}) {
        assertSameAnswers(sql, expected, prepared, maxRows);
        expected = 0;
      }
    }
  }

  private static void assertSameAnswers(String sql, int parses, boolean prepared, int maxRows) throws SQLException {
    String what = sql + (prepared ? " (prepared" : " (statement") + ", maxRows " + maxRows + ")";
    AtomicInteger parsed = new AtomicInteger();
    Answer f;
    try (Hook.Closeable h = Hook.PARSE_TREE.addThread((Consumer<Object>) x -> parsed.incrementAndGet())) {
      f = answer(fast, sql, prepared, maxRows);
    }
    assertEquals(parses, parsed.get(), "parses of " + what);
    Answer c = answer(calcite, sql, prepared, maxRows);
    assertEquals(c.metaData, f.metaData, "metadata of " + what);
    assertEquals(c.rows, f.rows, "rows of " + what);
    assertEquals(c.requests, f.requests, "requests of " + what);
    assertTrue(maxRows == 0 || f.rows.size() <= maxRows, what);
  }

  private record Answer(List<String> metaData, List<List<Object>> rows, List<String> requests) {
  }

  private static Answer answer(Connection c, String sql, boolean prepared, int maxRows) throws SQLException {
    c.createStatement().executeQuery("SELECT is_owned FROM custom_models LIMIT 1").close(); // account known
    emulator.clearRequests();
    List<String> metaData;
    List<List<Object>> rows;
    if (prepared) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        List<String> before = metaData(ps.getMetaData());
        ps.setMaxRows(maxRows);
        try (ResultSet rs = ps.executeQuery()) {
          metaData = metaData(rs.getMetaData());
          assertEquals(metaData, before, "metadata before and after executing " + sql);
          rows = read(rs);
        }
      }
    } else {
      try (Statement s = c.createStatement()) {
        s.setMaxRows(maxRows);
        try (ResultSet rs = s.executeQuery(sql)) {
          metaData = metaData(rs.getMetaData());
          rows = read(rs);
        }
      }
    }
    List<String> requests = new ArrayList<>();
    for (RecordedRequest r : emulator.requests()) {
      Map<String, String> params = new TreeMap<>(r.params());
      params.computeIfPresent("nextToken", (k, v) -> "(token)");
      requests.add(r.operation() + params);
    }
    return new Answer(metaData, rows, requests);
  }

  private static List<String> metaData(ResultSetMetaData md) throws SQLException {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      out.add(String.join("|", md.getColumnLabel(i), md.getColumnName(i), md.getTableName(i), md.getSchemaName(i),
          String.valueOf(md.getCatalogName(i)), String.valueOf(md.getColumnType(i)), md.getColumnTypeName(i),
          md.getColumnClassName(i), String.valueOf(md.getPrecision(i)), String.valueOf(md.getScale(i)),
          String.valueOf(md.getColumnDisplaySize(i)), String.valueOf(md.isNullable(i)), String.valueOf(md.isSigned(i)),
          String.valueOf(md.isCaseSensitive(i)), String.valueOf(md.isSearchable(i)), String.valueOf(md.isCurrency(i)),
          String.valueOf(md.isAutoIncrement(i)), String.valueOf(md.isReadOnly(i)), String.valueOf(md.isWritable(i)),
          String.valueOf(md.isDefinitelyWritable(i))));
    }
    return out;
  }

  /** Every value through getObject, getString and its type's own getter, with wasNull. */
  private static List<List<Object>> read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        row.add(rs.getObject(i));
        row.add(rs.getString(i));
        switch (md.getColumnType(i)) {
          case Types.TIMESTAMP -> {
            row.add(rs.getTimestamp(i));
            row.add(rs.getObject(i, OffsetDateTime.class));
          }
          case Types.BOOLEAN -> row.add(rs.getBoolean(i));
          default -> row.add(rs.getString(md.getColumnLabel(i)));
        }
        row.add(rs.wasNull());
      }
      rows.add(row);
    }
    assertFalse(rs.next());
    return rows;
  }
}
