package dev.bedrockjdbc.schema;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every details table of the catalogue, against the emulator over HTTP: key lookups are Gets and nothing else, a
 * read alone is its list table's listing and a Get per row, a join on the key a Get per joined row, and every value
 * is the emulator's own Get response data (its {@code items()}, the Get shape it serves), never the driver's.
 */
class EveryDetailsTableTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  /** Per details table, a predicate on its list table (alias l) that keeps some of its rows, not all. */
  static final Map<String, String> LIST_SIDE = Map.of(
      "custom_model_details", "l.model_status = 'Failed'",
      "model_customization_job_details", "l.status = 'Failed'",
      "provisioned_model_throughput_details", "l.status = 'InService'",
      "imported_model_details", "l.creation_time < TIMESTAMP '2025-06-01 00:00:00'",
      "model_import_job_details", "l.status = 'Completed'",
      "evaluation_job_details", "l.status = 'Completed'",
      "custom_model_deployment_details", "l.status = 'Active'",
      "guardrail_details", "l.status = 'READY'");
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(7, 120).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static Stream<TableSpec> detailsTables() {
    List<TableSpec> all = Tables.all().stream().filter(t -> t.parent() != null && t.children() == null).toList();
    assertEquals(8, all.size(), "the catalogue's details tables: " + all);
    return all.stream();
  }

  // --- 1. a key is one Get and no listing; the row is the emulator's Get response ---

  @ParameterizedTest @MethodSource("detailsTables")
  void aKeyIsOneGetAndNoListing(TableSpec t) throws SQLException {
    ObjectNode item = items(t).stream().max(Comparator.comparingLong(i -> filled(t, i))).orElseThrow();
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      List<Map<String, Object>> rows = select(c, "SELECT * FROM " + t + " WHERE " + keyEquals(t), key(t, item));
      assertEquals(1, rows.size(), t + " " + key(t, item));
      assertRow(t, item, rows.get(0));
      assertEquals(List.of(getOperation(t)), operations(), t + ": one Get, nothing else");
    }
  }

  @ParameterizedTest @MethodSource("detailsTables")
  void anInListIsOneGetPerKey(TableSpec t) throws SQLException {
    // Two items whose keys differ in the first column only (for guardrails: two DRAFTs).
    List<ObjectNode> items = items(t);
    ObjectNode a = items.get(0);
    ObjectNode b = items.stream().filter(i -> !key(t, i).get(0).equals(key(t, a).get(0))
        && key(t, i).subList(1, key(t, i).size()).equals(key(t, a).subList(1, key(t, a).size()))).findFirst()
        .orElseThrow();
    List<String> names = keyColumns(t);
    StringBuilder where = new StringBuilder(names.get(0) + " IN (?, ?)");
    List<String> values = new ArrayList<>(List.of(key(t, a).get(0), key(t, b).get(0)));
    for (int k = 1; k < names.size(); k++) {
      where.append(" AND ").append(names.get(k)).append(" IN (?)");
      values.add(key(t, a).get(k));
    }
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      List<Map<String, Object>> rows = select(c, "SELECT * FROM " + t + " WHERE " + where, values);
      assertEquals(Set.of(key(t, a), key(t, b)), rows.stream().map(r -> key(t, r)).collect(Collectors.toSet()));
      assertEquals(List.of(getOperation(t), getOperation(t)), operations(), t + ": a Get per key");
    }
  }

  @ParameterizedTest @MethodSource("detailsTables")
  void aKeyTheServiceDoesNotHaveIsNoRow(TableSpec t) throws SQLException {
    List<String> key = new ArrayList<>(key(t, items(t).get(0)));
    key.set(0, key.get(0).substring(0, key.get(0).length() - 3) + "zzz");
    assertFalse(items(t).stream().anyMatch(i -> key(t, i).equals(key)), "a key nothing has");
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      assertEquals(List.of(), select(c, "SELECT * FROM " + t + " WHERE " + keyEquals(t), key));
      assertEquals(List.of(getOperation(t)), operations(), t + ": the Get said 404");
    }
  }

  // --- 2. read alone: the list table's listing, then one Get per listed row ---

  @ParameterizedTest @MethodSource("detailsTables")
  void readAloneItListsItsListTableThenGetsEachRow(TableSpec t) throws SQLException {
    List<ObjectNode> items = items(t);
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      List<Map<String, Object>> rows = select(c, "SELECT * FROM " + t, List.of());
      Map<List<String>, ObjectNode> byKey = new LinkedHashMap<>();
      items.forEach(i -> byKey.put(key(t, i), i));
      assertEquals(items.size(), byKey.size(), "the emulator's keys are unique");
      assertEquals(items.size(), rows.size(), t + ": a row per item");
      for (Map<String, Object> row : rows) {
        ObjectNode item = byKey.remove(key(t, row));
        assertNotNull(item, t + ": one row per key " + key(t, row));
        assertRow(t, item, row);
      }
      // The whole data set is one page; a table listed one group at a time (guardrails) adds a listing per group.
      long groups = t.expansion() == null ? 0
          : items.stream().map(i -> key(t, i).get(t.keyColumns().indexOf(t.expansion().groupColumn()))).distinct()
              .count();
      assertEquals(1 + groups, calls(t.list().name()), t + ": " + operations());
      assertEquals(items.size(), calls(getOperation(t)), t + ": a Get per row");
      assertEquals(1 + groups + items.size(), emulator.requests().size(), t + ": nothing else");
    }
  }

  // --- 3. EXPLAIN names the Get per row ---

  @ParameterizedTest @MethodSource("detailsTables")
  void explainNamesTheGetPerRow(TableSpec t) throws SQLException {
    try (Connection c = connect(emulator, "")) {
      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM " + t).get(0).get(0).toString();
      assertTrue(plan.contains(t.list().name() + "{") && plan.contains("+ " + getOperation(t) + " per row]"), plan);
    }
  }

  // --- 4. a join on the key: the list side's calls, and a Get per joined row ---

  @ParameterizedTest @MethodSource("detailsTables")
  void aJoinOnTheKeyCostsTheListSideAndOneGetPerJoinedRow(TableSpec t) throws SQLException {
    String filter = LIST_SIDE.get(t.name());
    assertNotNull(filter, "a list-side predicate for " + t);
    List<String> keys = keyColumns(t);
    String on = keys.stream().map(k -> "d." + k + " = l." + k).collect(Collectors.joining(" AND "));
    String sql = "SELECT " + keys.stream().map(k -> "l." + k).collect(Collectors.joining(", ")) + ", d.* FROM "
        + t.parent() + " l JOIN " + t + " d ON " + on + " WHERE " + filter;
    List<List<Object>> reference;
    try (Connection c = connect(emulator, "pushdown=false")) {
      reference = sorted(TestSupport.query(c, sql));
    }
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      int listed = TestSupport.query(c, "SELECT " + String.join(", ", keys) + " FROM " + t.parent() + " l WHERE "
          + filter).size();
      List<String> listSide = operations();
      assertTrue(listed > 0 && listed < items(t).size(), t + ": the predicate keeps some rows: " + listed);
      emulator.clearRequests();
      List<List<Object>> rows = TestSupport.query(c, sql);
      assertEquals(reference, sorted(rows), sql);
      assertEquals(listed, rows.size(), "each listed row has its details");
      List<String> ops = operations();
      assertEquals(listSide, ops.stream().filter(o -> !o.equals(getOperation(t))).toList(), "the list side's calls");
      assertEquals(listed, ops.stream().filter(o -> o.equals(getOperation(t))).count(), "one Get per joined row");
      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("BedrockLookupJoin") && plan.contains(getOperation(t) + " per row of "
          + String.join(", ", keys)), plan);
    }
  }

  // --- 5. metadata ---

  @ParameterizedTest @MethodSource("detailsTables")
  void metadataListsTheTableWithRemarksAndItsKey(TableSpec t) throws SQLException {
    try (Connection c = connect(emulator, "")) {
      try (ResultSet r = c.getMetaData().getTables(null, "bedrock", t.name(), null)) {
        assertTrue(r.next(), t.name());
        assertTrue(r.getString("REMARKS").contains(getOperation(t)), r.getString("REMARKS"));
        assertFalse(r.next());
      }
      assertEquals(keyColumns(t),
          TestSupport.column(c.getMetaData().getPrimaryKeys(null, "bedrock", t.name()), "COLUMN_NAME"));
      List<String> columns = TestSupport.column(c.getMetaData().getColumns(null, "bedrock", t.name(), "%"),
          "COLUMN_NAME");
      assertEquals(t.columns().stream().map(ColumnSpec::name).toList(), columns);
      assertEquals(keyColumns(t), columns.subList(0, keyColumns(t).size()), "the key first");
    }
  }

  // --- the data: every column has a value somewhere, so the comparisons above compare something ---

  @ParameterizedTest @MethodSource("detailsTables")
  void theEmulatorFillsEveryColumnOfSomeRow(TableSpec t) {
    for (ColumnSpec c : t.columns()) {
      assertTrue(items(t).stream().anyMatch(i -> present(expected(c, i))), t + "." + c.name() + " is always NULL");
    }
  }

  // --- helpers ---

  static List<ObjectNode> items(TableSpec t) {
    return emulator.items(t.list().name());
  }

  static String getOperation(TableSpec t) {
    return t.lookup().get().name();
  }

  static List<String> keyColumns(TableSpec t) {
    return t.keyColumns().stream().map(k -> t.column(k).name()).toList();
  }

  static String keyEquals(TableSpec t) {
    return keyColumns(t).stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
  }

  /** The item's key, from the emulator's data. */
  static List<String> key(TableSpec t, ObjectNode item) {
    return t.keyColumns().stream().map(k -> expected(t.column(k), item).asText()).toList();
  }

  /** A row's key, from what the driver returned. */
  static List<String> key(TableSpec t, Map<String, Object> row) {
    return keyColumns(t).stream().map(k -> (String) row.get(k)).toList();
  }

  static long calls(String operation) {
    return emulator.requests().stream().filter(r -> r.operation().equals(operation)).count();
  }

  static List<String> operations() {
    return emulator.requests().stream().map(RecordedRequest::operation).toList();
  }

  /** How many of the table's columns the item has a value for. */
  static long filled(TableSpec t, ObjectNode item) {
    return t.columns().stream().filter(c -> present(expected(c, item))).count();
  }

  static boolean present(JsonNode n) {
    return n != null && !n.isNull() && !n.isMissingNode();
  }

  /**
   * What the emulator holds for a column: the Get response's member the column is, or for a derived column the
   * member at the JSON path its remarks begin with ({@code trainingDataConfig.s3Uri: ...}).
   */
  static JsonNode expected(ColumnSpec c, ObjectNode item) {
    if (c.name().equals(TableSpec.ACCOUNT_ID)) {
      return TextNode.valueOf(emulator.callerAccount()); // where the tests' URL reads
    }
    if (c.name().equals(TableSpec.REGION)) {
      return TextNode.valueOf("us-east-1");
    }
    if (c.source() != null) {
      return item.get(c.source().replace(" (JSON)", ""));
    }
    String path = c.remarks().substring(0, Math.max(c.remarks().indexOf(": "), 0));
    assertTrue(path.matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+"), c.name() + "'s remarks begin with its path: "
        + c.remarks());
    JsonNode n = item;
    for (String step : path.split("\\.")) {
      n = n.path(step);
    }
    return n;
  }

  static void assertRow(TableSpec t, ObjectNode item, Map<String, Object> row) {
    assertEquals(t.columns().stream().map(ColumnSpec::name).toList(), List.copyOf(row.keySet()));
    for (ColumnSpec c : t.columns()) {
      JsonNode expected = expected(c, item);
      Object actual = row.get(c.name());
      String what = t + "." + c.name() + " of " + key(t, item);
      if (!present(expected)) {
        assertNull(actual, what);
        continue;
      }
      assertNotNull(actual, what);
      switch (c.type()) {
        case TIMESTAMP -> assertEquals(Instant.parse(expected.asText()).truncatedTo(ChronoUnit.MILLIS), actual, what);
        case DOUBLE -> assertEquals(0, new BigDecimal(expected.asText()).compareTo(
            new BigDecimal(expected.isFloat() ? Float.toString(((Number) actual).floatValue()) : actual.toString())),
            what + ": " + expected + " / " + actual);
        case INTEGER, BIGINT -> assertEquals(expected.asLong(), ((Number) actual).longValue(), what);
        case BOOLEAN -> assertEquals(expected.asBoolean(), actual, what);
        default -> {
          if (c.source() != null && c.source().endsWith(" (JSON)")) {
            assertSameJson(what, expected, (String) actual);
          } else {
            assertEquals(expected.asText(), actual, what);
          }
        }
      }
    }
  }

  static void assertSameJson(String what, JsonNode expected, String actual) {
    JsonNode a;
    try {
      a = JSON.readTree(actual);
    } catch (java.io.IOException e) {
      throw new AssertionError(what + ": not JSON: " + actual, e);
    }
    Comparator<JsonNode> numbersByValue = (x, y) -> x.isNumber() && y.isNumber()
        ? new BigDecimal(x.asText()).compareTo(new BigDecimal(y.asText())) : x.equals(y) ? 0 : 1;
    assertTrue(expected.equals(numbersByValue, a), what + ": expected\n" + expected + "\nbut got\n" + a);
  }

  /** Rows by column name, TIMESTAMP as an Instant (read in UTC), other values as getObject reads them. */
  static List<Map<String, Object>> select(Connection c, String sql, List<String> parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setString(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            Timestamp ts = md.getColumnType(i) == Types.TIMESTAMP ? rs.getTimestamp(i, UTC) : null;
            row.put(md.getColumnLabel(i), ts != null ? ts.toInstant() : rs.getObject(i));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Object::toString));
    assertEquals(rows.size(), new HashSet<>(rows).size(), "no row twice");
    return out;
  }
}
