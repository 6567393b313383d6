package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.driver.ConnectionConfig;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The secret access key and the session token appear nowhere a user, a log or a tool could read them. */
class SecretsTest {
  static final String SESSION = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENxyz987";
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(47, 30).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  String url(String more) {
    return TestSupport.url(emulator, "sessionToken=" + SESSION + (more.isEmpty() ? "" : ";" + more));
  }

  static String describe(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @Test void secretsAreNowhere() throws Exception {
    List<String> seen = new ArrayList<>();
    String console = TestSupport.console(() -> {
      try (Connection c = DriverManager.getConnection(url(""))) {
        DatabaseMetaData md = c.getMetaData();
        seen.add(md.getURL());
        seen.add(c.toString());
        seen.add(md.toString());
        seen.add(String.valueOf(c.getClientInfo()));
        c.setClientInfo("ApplicationName", "secrets-test");
        seen.add(String.valueOf(c.getClientInfo()));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
            "EXPLAIN PLAN FOR SELECT * FROM custom_models WHERE model_status = 'Active' LIMIT 3")) {
          seen.add(s.toString());
          seen.add(rs.toString());
          while (rs.next()) {
            seen.add(rs.getString(1));
          }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT model_name FROM custom_models WHERE model_name = ?")) {
          seen.add(ps.toString());
          ps.setString(1, "x");
          seen.add(String.valueOf(TestSupport.rows(ps.executeQuery())));
        }
        seen.add(describe(assertThrows(SQLException.class, () -> TestSupport.query(c, "SELEC nothing"))));
        emulator.faults(Faults.NONE.withDenyAll());
        seen.add(describe(assertThrows(SQLException.class, () -> TestSupport.query(c, "SELECT * FROM custom_models"))));
        emulator.faults(Faults.NONE.withExpiredToken());
        seen.add(describe(assertThrows(SQLException.class, () -> TestSupport.query(c, "SELECT * FROM custom_models"))));
      } finally {
        emulator.faults(Faults.NONE);
      }
      seen.add(describe(assertThrows(SQLException.class, () -> DriverManager.getConnection(url("pageSize=0")))));
      seen.add(describe(assertThrows(SQLException.class, () -> DriverManager.getConnection(url("bogusKey=1")))));
      seen.add(describe(assertThrows(SQLException.class,
          () -> DriverManager.getConnection(url("endpoint=http://127.0.0.1:1;maxAttempts=1")).createStatement()
              .executeQuery("SELECT * FROM custom_models").next())));
      Properties p = new Properties();
      p.setProperty("password", TestSupport.SECRET);
      p.setProperty("sessionToken", SESSION);
      p.setProperty("user", TestSupport.ACCESS_KEY);
      seen.add(ConnectionConfig.parse(p).toString());
      for (var info : DriverManager.getDriver("jdbc:bedrock:").getPropertyInfo(url(""), p)) {
        seen.add(info.name + "=" + info.value + " " + info.description);
      }
      Thread.getAllStackTraces().keySet().forEach(t -> seen.add(t.getName()));
    });
    seen.add(console);
    assertTrue(seen.size() > 15);
    for (String s : seen) {
      assertFalse(s.contains(TestSupport.SECRET), "secret key in: " + s);
      assertFalse(s.contains(SESSION), "session token in: " + s);
    }
    assertTrue(seen.get(0).contains("password=****") && seen.get(0).contains("sessionToken=****"), seen.get(0));
  }
}
