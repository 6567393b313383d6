package dev.bedrockjdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Every column of custom_models, read from what the emulator sends, including NULLs and new enum values. */
class ColumnMappingTest {
  static final String CALLER = "123456789012";
  static final String FM = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k";
  static final String OWNED = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/aaaaaaaaaaaa";
  static final String SHARED = "arn:aws:bedrock:us-east-1:210987654321:custom-model/amazon.titan-text-express-v1:0:8k/bbbbbbbbbbbb";
  static final String OLD = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/cccccccccccc";
  static final String IMPORTED = "arn:aws:bedrock:us-east-1:123456789012:custom-model/imported/dddddddddddd";
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().callerAccount(CALLER).models(List.of(
        new EmulatedModel(OWNED, "support-bot", Instant.parse("2024-03-04T05:06:07.123456789Z"), FM,
            "amazon.titan-text-express-v1", "FINE_TUNING", CALLER, "Active", "job-support", null, FM, null),
        new EmulatedModel(SHARED, "Claims_Tuned-2", Instant.parse("2025-01-01T00:00:00Z"), OWNED,
            "amazon.titan-text-express-v1", "PROMPT_OPTIMIZATION", "210987654321", "Failed", "job-claims", null, FM,
            "failed"),
        new EmulatedModel(OLD, "legacy", Instant.parse("2023-10-01T12:00:00.5Z"), FM,
            "amazon.titan-text-express-v1", null, null, null, "job-legacy", null, FM, null),
        new EmulatedModel(IMPORTED, "imported-llama", Instant.parse("2025-06-30T23:59:59.999Z"),
            null, null, "IMPORTED", CALLER, "Creating", null, null, null, null))).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void everyColumnIsMapped() throws SQLException {
    try (Connection c = connect(emulator, "");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT * FROM custom_models ORDER BY creation_time")) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(List.of("model_arn", "model_name", "creation_time", "base_model_arn", "base_model_name",
          "customization_type", "owner_account_id", "model_status", "is_owned", "foundation_model_arn", "account_id",
          "region"),
          java.util.stream.IntStream.rangeClosed(1, md.getColumnCount()).mapToObj(i -> {
            try {
              return md.getColumnLabel(i);
            } catch (SQLException e) {
              throw new AssertionError(e);
            }
          }).toList());
      assertEquals(Types.VARCHAR, md.getColumnType(1));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
      assertEquals(Types.TIMESTAMP, md.getColumnType(3));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(3));
      assertEquals(Types.BOOLEAN, md.getColumnType(9));
      assertEquals(ResultSetMetaData.columnNullable, md.isNullable(4));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(11), "account_id: where the row was read");
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(12), "region");

      assertTrue(rs.next()); // an old record without the newer fields
      assertEquals(OLD, rs.getString("model_arn"));
      assertEquals(Instant.parse("2023-10-01T12:00:00.500Z"), rs.getTimestamp("creation_time").toInstant());
      assertNull(rs.getString("customization_type"));
      assertNull(rs.getString("owner_account_id"));
      assertNull(rs.getString("model_status"));
      assertNull(rs.getObject("is_owned"), "no owner: ownership unknown");
      assertEquals(CALLER, rs.getString("account_id"));
      assertEquals("us-east-1", rs.getString("region"));
      rs.getBoolean("is_owned");
      assertTrue(rs.wasNull());

      assertTrue(rs.next()); // owned, built on a foundation model, nanosecond time
      assertEquals(OWNED, rs.getString("model_arn"));
      assertEquals("support-bot", rs.getString("model_name"));
      assertEquals(Instant.parse("2024-03-04T05:06:07.123Z"), rs.getTimestamp("creation_time").toInstant(),
          "TIMESTAMP(3): sub-millisecond digits truncated");
      assertEquals(FM, rs.getString("base_model_arn"));
      assertEquals("amazon.titan-text-express-v1", rs.getString("base_model_name"));
      assertEquals("FINE_TUNING", rs.getString("customization_type"));
      assertEquals(CALLER, rs.getString("owner_account_id"));
      assertEquals("Active", rs.getString("model_status"));
      assertTrue(rs.getBoolean("is_owned"));
      assertEquals(FM, rs.getString("foundation_model_arn"), "base is a foundation model");

      assertTrue(rs.next()); // shared, built on another custom model, a type newer than the SDK
      assertEquals(SHARED, rs.getString("model_arn"));
      assertEquals("Claims_Tuned-2", rs.getString("model_name"));
      assertEquals(OWNED, rs.getString("base_model_arn"));
      assertEquals("PROMPT_OPTIMIZATION", rs.getString("customization_type"), "unknown enum value kept as sent");
      assertEquals("Failed", rs.getString("model_status"));
      assertFalse(rs.getBoolean("is_owned"));
      assertFalse(rs.wasNull());
      assertEquals(FM, rs.getString("foundation_model_arn"), "based on a custom model: its own ARN names the foundation");

      assertTrue(rs.next()); // imported: no base model
      assertEquals(IMPORTED, rs.getString("model_arn"));
      assertNull(rs.getString("base_model_arn"));
      assertNull(rs.getString("base_model_name"));
      assertEquals("IMPORTED", rs.getString("customization_type"));
      assertEquals("Creating", rs.getString("model_status"));
      assertTrue(rs.getBoolean("is_owned"));
      assertNull(rs.getString("foundation_model_arn"));
      assertFalse(rs.next());
    }
  }

  @Test void accountIdPropertySkipsTheLookupAndDecidesOwnership() throws SQLException {
    emulator.clearRequests();
    try (Connection c = connect(emulator, "accountId=" + CALLER)) {
      List<List<Object>> rows = TestSupport.query(c,
          "SELECT model_name, is_owned FROM custom_models WHERE NOT is_owned OR is_owned IS NULL ORDER BY model_name");
      assertEquals(List.of(List.of("Claims_Tuned-2", false), java.util.Arrays.asList("legacy", null)), rows);
    }
    assertEquals(1, emulator.requests().size(), "no call to learn the account");
  }

  @Test void callerAccountIsLearnedOnceAndOnlyWhenNeeded() throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection(TestSupport.url(emulator, "AKIDCOLUMNMAPPING", ""))) {
      emulator.clearRequests();
      TestSupport.query(c, "SELECT model_name FROM custom_models");
      assertEquals(1, emulator.requests().size(), "is_owned not selected: no account lookup");
      TestSupport.query(c, "SELECT model_name, is_owned FROM custom_models");
      TestSupport.query(c, "SELECT is_owned FROM custom_models");
      List<String> owned = emulator.requests().stream().map(r -> r.param("isOwned")).filter(v -> v != null).toList();
      assertEquals(List.of("true"), owned, "learned once, by an isOwned=true listing");
      assertEquals("1", emulator.requests().stream().filter(r -> "true".equals(r.param("isOwned")))
          .findFirst().orElseThrow().param("maxResults"));
    }
  }
}
