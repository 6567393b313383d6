package dev.bedrockjdbc;

import dev.bedrockjdbc.emulator.EmulatedModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * An independent engine holding the emulator's models as the driver's {@code custom_models} should show them:
 * H2, with values taken from the emulator's own records (not from the driver's code), and the shared way to run
 * a query on it or on the driver and read the rows comparably.
 */
public final class OracleDb {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

  private OracleDb() {
  }

  /** A fresh in-memory H2 database named {@code name} with a {@code custom_models} table of these models. */
  public static Connection load(String name, List<EmulatedModel> models, String callerAccount) throws SQLException {
    Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    try (var s = h2.createStatement()) {
      s.execute("CREATE TABLE custom_models (model_arn VARCHAR, model_name VARCHAR, creation_time TIMESTAMP(3), "
          + "base_model_arn VARCHAR, base_model_name VARCHAR, customization_type VARCHAR, owner_account_id VARCHAR, "
          + "model_status VARCHAR, is_owned BOOLEAN, foundation_model_arn VARCHAR, account_id VARCHAR, region VARCHAR)");
    }
    try (PreparedStatement ps = h2.prepareStatement("INSERT INTO custom_models VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (EmulatedModel m : models) {
        ps.setString(1, m.modelArn());
        ps.setString(2, m.modelName());
        // The driver's column is TIMESTAMP(3): sub-millisecond digits truncated.
        ps.setObject(3, LocalDateTime.ofInstant(Instant.ofEpochMilli(m.creationTime().toEpochMilli()), ZoneOffset.UTC));
        ps.setString(4, m.baseModelArn());
        ps.setString(5, m.baseModelName());
        ps.setString(6, m.customizationType());
        ps.setString(7, m.ownerAccountId());
        ps.setString(8, m.modelStatus());
        ps.setObject(9, m.ownerAccountId() == null ? null : callerAccount.equals(m.ownerAccountId()));
        // The emulator's own record of the model's foundation model, which its ARN names.
        ps.setString(10, m.foundationModelArn());
        // Where the tests' URL reads: the caller's account, in us-east-1.
        ps.setString(11, callerAccount);
        ps.setString(12, "us-east-1");
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return h2;
  }

  /**
   * The rows of a query, with timestamps as instants in UTC and integers as longs, so that the driver's and
   * H2's rows compare equal; {@code maxRows} 0 for none.
   */
  public static List<List<Object>> run(Connection c, String sql, int maxRows, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      return run(ps, maxRows, params);
    }
  }

  /** The same for a statement prepared once and run again (under other emulator semantics: one plan). */
  public static List<List<Object>> run(PreparedStatement ps, int maxRows, Object... params) throws SQLException {
    ps.setMaxRows(maxRows);
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof Timestamp t) {
        ps.setTimestamp(i + 1, t, UTC);
      } else {
        ps.setObject(i + 1, params[i]);
      }
    }
    try (ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = switch (md.getColumnType(i)) {
            case Types.TIMESTAMP -> {
              Timestamp t = rs.getTimestamp(i, UTC);
              yield t == null ? null : t.toInstant();
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.NUMERIC, Types.DECIMAL -> {
              long n = rs.getLong(i);
              yield rs.wasNull() ? null : n;
            }
            default -> {
              Object o = rs.getObject(i);
              yield o instanceof String text ? canonicalJson(text) : o;
            }
          };
          row.add(v);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /**
   * JSON text (an object or a list) in one canonical form, other text as it is: the driver writes a structure's
   * members in the SDK's order, the emulator in its own, and number and instant spellings differ (1 and 1.0), so
   * the two compare as trees: members sorted by name, numbers and ISO-8601 instants in one spelling.
   */
  public static String canonicalJson(String text) {
    if (text.isEmpty() || (text.charAt(0) != '{' && text.charAt(0) != '[')) {
      return text;
    }
    try {
      return canonical(JSON.readTree(text)).toString();
    } catch (IOException e) {
      return text;
    }
  }

  private static JsonNode canonical(JsonNode n) {
    JsonNodeFactory f = JSON.getNodeFactory();
    if (n.isObject()) {
      ObjectNode o = f.objectNode();
      TreeMap<String, JsonNode> members = new TreeMap<>();
      n.fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue()));
      members.forEach((k, v) -> o.set(k, canonical(v)));
      return o;
    } else if (n.isArray()) {
      ArrayNode a = f.arrayNode();
      n.forEach(e -> a.add(canonical(e)));
      return a;
    } else if (n.isNumber()) {
      return f.textNode("#" + n.decimalValue().stripTrailingZeros().toPlainString());
    } else if (n.isTextual() && n.asText().length() >= 20 && n.asText().charAt(10) == 'T') {
      try {
        return f.textNode(Instant.parse(n.asText()).toString());
      } catch (DateTimeParseException e) {
        return n;
      }
    }
    return n;
  }

  /** The rows in a canonical order, for comparing multisets. */
  public static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Object::toString));
    return copy;
  }
}
