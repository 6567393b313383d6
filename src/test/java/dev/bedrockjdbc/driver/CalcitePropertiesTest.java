package dev.bedrockjdbc.driver;

import static dev.bedrockjdbc.TestSupport.query;
import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.apache.calcite.avatica.BuiltInConnectionProperty;
import org.apache.calcite.avatica.ConnectionProperty;
import org.apache.calcite.config.CalciteConnectionProperty;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Of Calcite's and Avatica's connection properties a URL sets only the allow-list; none loads a file or code. */
class CalcitePropertiesTest {
  static final Set<String> ALLOWED = Set.of("caseSensitive", "lex", "quoting", "unquotedCasing", "quotedCasing",
      "conformance", "fun", "timeZone");
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(23, 12).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static List<ConnectionProperty> engineProperties() {
    List<ConnectionProperty> all = new ArrayList<>(List.of(CalciteConnectionProperty.values()));
    all.addAll(List.of(BuiltInConnectionProperty.values()));
    return all;
  }

  @Test void everyOtherCalciteAndAvaticaKeyIsRefused() {
    int refused = 0;
    for (ConnectionProperty p : engineProperties()) {
      if (ALLOWED.contains(p.camelName())) {
        continue;
      }
      for (String key : List.of(p.camelName(), p.name(), p.camelName().toUpperCase())) {
        SQLException byUrl = assertThrows(SQLException.class,
            () -> DriverManager.getConnection(url(emulator, key + "=x")).close(), key);
        Properties info = new Properties();
        info.setProperty(key, "x");
        SQLException byProperties = assertThrows(SQLException.class,
            () -> DriverManager.getConnection(url(emulator, ""), info).close(), key);
        for (SQLException e : List.of(byUrl, byProperties)) {
          assertEquals("08001", e.getSQLState(), key);
          assertTrue(e.getMessage().startsWith("Unknown connection property") && e.getMessage().contains(
              "caseSensitive, lex, quoting, unquotedCasing, quotedCasing, conformance, fun, timeZone"), e.getMessage());
        }
        refused++;
      }
    }
    assertTrue(refused > 150, "refused " + refused);
  }

  @Test void modelNeitherReadsAFileNorBindsAMethod() {
    for (String model : List.of("/etc/passwd", "inline:{version:'1.0',defaultSchema:'s',schemas:[{name:'s',"
        + "functions:[{name:'GB',className:'java.lang.Boolean',methodName:'getBoolean'}]}]}")) {
      SQLException e = assertThrows(SQLException.class,
          () -> DriverManager.getConnection(url(emulator, "model='" + model.replace("'", "''") + "'")).close());
      assertEquals("08001", e.getSQLState());
      assertTrue(e.getMessage().startsWith("Unknown connection property 'model'"), e.getMessage());
      assertFalse(e.getMessage().contains("root"), e.getMessage());
    }
  }

  @Test void theAllowedOnesTakeEffect() throws SQLException {
    try (Connection c = DriverManager.getConnection(url(emulator, "LEX=java;fun=standard,Oracle;TIME_ZONE=Europe/Berlin"))) {
      // lex=JAVA: identifiers are case-sensitive and keep their case.
      assertEquals("42S22", assertThrows(SQLException.class,
          () -> query(c, "SELECT MODEL_NAME FROM custom_models")).getSQLState());
      assertEquals(12, query(c, "SELECT model_name FROM custom_models").size());
      // fun=oracle: NVL exists.
      assertEquals("x", query(c, "SELECT NVL(CAST(NULL AS VARCHAR), 'x') FROM custom_models LIMIT 1").get(0).get(0));
    }
    try (Connection c = DriverManager.getConnection(url(emulator, "caseSensitive=TRUE;unquotedCasing=unchanged"))) {
      assertEquals("42S02", assertThrows(SQLException.class,
          () -> query(c, "SELECT model_name FROM CUSTOM_MODELS")).getSQLState());
    }
  }

  @Test void badValuesOfAllowedOnesAre08001NamingTheKey() {
    for (String setting : List.of("lex=jav", "quoting=single", "unquotedCasing=up", "quotedCasing=x",
        "conformance=nope", "fun=standard,cobol", "timeZone=Mars/Olympus", "caseSensitive=maybe")) {
      SQLException e = assertThrows(SQLException.class,
          () -> DriverManager.getConnection(url(emulator, setting)).close(), setting);
      assertEquals("08001", e.getSQLState(), setting);
      String key = setting.substring(0, setting.indexOf('='));
      assertTrue(e.getMessage().contains("for '" + key + "': expected"), e.getMessage());
    }
  }
}
