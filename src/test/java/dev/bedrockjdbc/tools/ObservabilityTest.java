package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.aws.ApiLog;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** logLevel makes every API request visible, with what it cost, and never a secret. */
class ObservabilityTest {
  static final String SESSION = "IQoJb3JpZ2luX2VjObservabilitySessionToken";
  static BedrockEmulator emulator;
  final List<String> lines = new CopyOnWriteArrayList<>();
  final Handler capture = new Handler() {
    @Override public void publish(LogRecord r) {
      lines.add(r.getLevel() + " " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
    }

    @Override public void flush() {
    }

    @Override public void close() {
    }
  };

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(67, 120).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @BeforeEach void listen() {
    capture.setLevel(Level.ALL);
    ApiLog.LOGGER.addHandler(capture);
  }

  @AfterEach void unlisten() {
    ApiLog.LOGGER.removeHandler(capture);
    emulator.faults(Faults.NONE);
  }

  @Test void infoLogsEachCallWithItsCost() throws SQLException {
    emulator.faults(Faults.NONE.withRates(0.5, 0, 5));
    try (Connection c = connect(emulator, "logLevel=info;pageSize=50;maxAttempts=20;retryMaxDelay=2;retryMode=standard;"
        + "sessionToken=" + SESSION)) {
      emulator.clearRequests();
      assertEquals(120, TestSupport.query(c, "SELECT model_name FROM custom_models").size());
    }
    List<String> calls = lines.stream().filter(l -> l.startsWith("INFO ListCustomModels")).toList();
    assertEquals(3, calls.size(), "one line per call (120 rows at 50 per page): " + lines);
    for (String line : calls) {
      assertTrue(line.contains("MaxResults=50") && line.contains("HTTP 200") && line.contains(" ms")
          && line.matches(".*requestId=[0-9a-f-]{36}.*") && line.contains("attempts="), line);
    }
    assertTrue(calls.get(2).contains("20 models, last page"), calls.get(2));
    int attempts = calls.stream().mapToInt(l -> Integer.parseInt(l.replaceAll(".*attempts=(\\d+).*", "$1"))).sum();
    assertEquals(emulator.requests().size(), attempts, "retries are counted in attempts");
    assertNoSecret();
  }

  @Test void debugAlsoLogsEveryAttemptAndFailuresAreLogged() throws SQLException {
    emulator.faults(Faults.NONE.withRates(1.0, 0, 5));
    try (Connection c = connect(emulator, "logLevel=debug;maxAttempts=3;retryMaxDelay=2;sessionToken=" + SESSION)) {
      org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
          () -> TestSupport.query(c, "SELECT model_name FROM custom_models"));
    }
    assertEquals(3, lines.stream().filter(l -> l.startsWith("FINE ListCustomModels attempt")).count(), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("failed after") && l.contains("attempts=3")), lines.toString());
    assertNoSecret();
  }

  @Test void offLogsNothing() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      TestSupport.query(c, "SELECT model_name FROM custom_models");
    }
    assertEquals(List.of(), lines);
  }

  void assertNoSecret() {
    for (String line : lines) {
      assertFalse(line.contains(TestSupport.SECRET) || line.contains(SESSION), line);
    }
  }
}
