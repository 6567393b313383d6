package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * Thousands of generated and mutated statements, property values and parameter values: the driver answers
 * each with a result or a SQLException, never another Throwable, never a hang, and stays usable.
 */
class FuzzTest {
  static final List<String> SEEDS = List.of(
      "SELECT * FROM custom_models",
      "SELECT model_name, creation_time FROM custom_models WHERE model_name LIKE '%support%' ORDER BY creation_time DESC LIMIT 5",
      "SELECT model_arn FROM custom_models WHERE creation_time >= TIMESTAMP '2025-01-01 00:00:00' AND is_owned",
      "SELECT model_status, COUNT(*) FROM custom_models GROUP BY model_status",
      "SELECT m.model_name FROM custom_models m JOIN custom_models b ON m.base_model_arn = b.model_arn",
      "SELECT model_name FROM custom_models WHERE model_status IN ('Active', 'Failed') OFFSET 3 ROWS",
      "SELECT model_name FROM custom_models WHERE model_arn = 'arn:aws:bedrock:us-east-1:123456789012:custom-model/a.b/abcdefabcdef'",
      "EXPLAIN PLAN FOR SELECT model_name FROM custom_models ORDER BY creation_time LIMIT 2",
      "SELECT CAST(creation_time AS VARCHAR), UPPER(model_name) FROM custom_models WHERE model_name ILIKE '%A%'");
  static final String FRAGMENTS = " ()'\"%_;,.*=<>!-+/\\\u0000\u00e9\u65e5\ud83d\ude00";
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(43, 40).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static List<String> statements(Random r, int n) {
    List<String> out = new ArrayList<>();
    out.add("SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + " FROM custom_models");
    out.add("SELECT model_name FROM custom_models WHERE " + "NOT ".repeat(5_000) + "is_owned");
    StringBuilder ors = new StringBuilder("SELECT model_name FROM custom_models WHERE model_name = 'a'");
    for (int i = 0; i < 3_000; i++) {
      ors.append(" OR model_name = 'n").append(i).append('\'');
    }
    out.add(ors.toString());
    out.add("SELECT '" + "x".repeat(300_000) + "' FROM custom_models");
    out.add("SELECT model_name FROM custom_models WHERE model_name LIKE '" + "%_".repeat(5_000) + "'");
    while (out.size() < n) {
      String s = SEEDS.get(r.nextInt(SEEDS.size()));
      switch (r.nextInt(5)) {
        case 0 -> out.add(mutate(r, s, 1 + r.nextInt(6)));
        case 1 -> out.add(s.substring(0, r.nextInt(s.length())));
        case 2 -> {
          byte[] bytes = new byte[r.nextInt(200)];
          r.nextBytes(bytes);
          out.add(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        case 3 -> out.add(randomUnicode(r, r.nextInt(100)));
        default -> out.add(s.replace("'", "'" + randomUnicode(r, r.nextInt(20))));
      }
    }
    return out;
  }

  static String mutate(Random r, String s, int edits) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0 -> sb.insert(at, FRAGMENTS.charAt(r.nextInt(FRAGMENTS.length())));
        case 1 -> sb.deleteCharAt(at);
        default -> sb.setCharAt(at, FRAGMENTS.charAt(r.nextInt(FRAGMENTS.length())));
      }
    }
    return sb.toString();
  }

  static String randomUnicode(Random r, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append((char) r.nextInt(0x10000)); // includes NULs and lone surrogates
    }
    return sb.toString();
  }

  @Test void statementsOnlyEverFailWithSqlExceptions() throws SQLException {
    Random r = new Random(20261127);
    List<String> statements = statements(r, 2_000);
    int[] failures = new int[1];
    try (Connection c = connect(emulator, "")) {
      for (String sql : statements) {
        try (Statement s = c.createStatement()) {
          s.setQueryTimeout(10);
          if (s.execute(sql)) {
            try (ResultSet rs = s.getResultSet()) {
              while (rs.next()) {
                rs.getObject(1);
              }
            }
          }
        } catch (SQLException e) {
          failures[0]++;
          assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a message for " + abbreviate(sql));
        } catch (Throwable t) {
          throw new AssertionError("not a SQLException for: " + abbreviate(sql), t);
        }
      }
      assertTrue(failures[0] > 1_000, "most garbage fails: " + failures[0]);
      assertEquals(40, TestSupport.query(c, "SELECT model_name FROM custom_models").size(), "still works");
    }
  }

  @Test void propertyValuesOnlyEverFailWithSqlExceptions() {
    Random r = new Random(7);
    String[] keys = {"region", "profile", "user", "password", "sessionToken", "roleArn", "externalId",
        "roleSessionName", "stsEndpoint", "endpoint", "pageSize", "accountId", "demo", "retryMode", "maxAttempts",
        "retryMaxDelay", "connectTimeout", "apiCallTimeout", "timeZone", "fun", randomUnicode(r, 5)};
    for (int i = 0; i < 600; i++) {
      Properties p = new Properties();
      p.setProperty("user", TestSupport.ACCESS_KEY);
      p.setProperty("password", TestSupport.SECRET);
      p.setProperty("region", "us-east-1");
      p.setProperty("endpoint", emulator.endpoint().toString());
      String key = keys[r.nextInt(keys.length)];
      String value = switch (r.nextInt(4)) {
        case 0 -> randomUnicode(r, r.nextInt(30));
        case 1 -> Long.toString(r.nextLong());
        case 2 -> "x".repeat(r.nextInt(100_000));
        default -> mutate(r, "https://127.0.0.1:1/", 3);
      };
      p.setProperty(key, value);
      try (Connection c = DriverManager.getConnection("jdbc:bedrock:", p)) {
        c.isValid(1);
      } catch (SQLException e) {
        assertTrue(e.getMessage() != null);
      } catch (Throwable t) {
        throw new AssertionError("not a SQLException for " + key + "=" + abbreviate(value), t);
      }
    }
  }

  @Test void parameterValuesOnlyEverFailWithSqlExceptions() throws SQLException {
    Random r = new Random(11);
    try (Connection c = connect(emulator, "");
         PreparedStatement ps = c.prepareStatement("SELECT model_name FROM custom_models WHERE model_name LIKE ? "
             + "AND creation_time > ? AND model_status = ? AND model_arn <> ? ORDER BY creation_time DESC LIMIT ?")) {
      for (int i = 0; i < 600; i++) {
        Object[] values = {randomUnicode(r, r.nextInt(40)), pick(r), pick(r), pick(r), pick(r)};
        try {
          for (int p = 0; p < values.length; p++) {
            ps.setObject(p + 1, values[p]);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rs.getString(1);
            }
          }
        } catch (SQLException e) {
          assertTrue(e.getMessage() != null);
        } catch (Throwable t) {
          throw new AssertionError("not a SQLException for " + java.util.Arrays.toString(values), t);
        }
      }
      ps.setString(1, "%");
      ps.setTimestamp(2, new Timestamp(0));
      ps.setString(3, "Active");
      ps.setString(4, "x");
      ps.setInt(5, 3);
      assertEquals(3, TestSupport.rows(ps.executeQuery()).size(), "still works");
    }
  }

  static Object pick(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> null;
      case 1 -> r.nextLong();
      case 2 -> new Timestamp(r.nextLong() % 4_000_000_000_000L);
      case 3 -> "Active";
      case 4 -> randomUnicode(r, r.nextInt(10));
      case 5 -> r.nextDouble();
      case 6 -> -r.nextInt(10);
      default -> "x".repeat(r.nextInt(5_000));
    };
  }

  static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " chars)";
  }
}
