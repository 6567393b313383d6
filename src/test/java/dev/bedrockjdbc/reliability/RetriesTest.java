package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Throttling and server errors are retried so that every query still returns exactly the right rows. */
class RetriesTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(37, 1000).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"standard", "adaptive"})
  void thirtyPercentThrottledAndTwentyPercentFailedStillExact(String mode) throws SQLException {
    emulator.faults(Faults.NONE.withRates(0.3, 0.2, 42));
    // Adaptive mode's client-side rate limiter slows itself down under this much throttling (its purpose),
    // so it reads fewer, larger pages to keep the test short.
    String pageSize = mode.equals("adaptive") ? "250" : "37";
    try (Connection c = connect(emulator, "pageSize=" + pageSize + ";maxAttempts=20;retryMaxDelay=5;retryMode=" + mode)) {
      List<String> all = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
        while (rs.next()) {
          all.add(rs.getString(1));
        }
      }
      assertEquals(emulator.models().stream().map(EmulatedModel::modelArn).toList(), all,
          "every page once, in order: none lost, none repeated");
      List<String> top = TestSupport.query(c, "SELECT model_arn FROM custom_models WHERE model_status = 'Active' "
          + "ORDER BY creation_time DESC LIMIT 50").stream().map(r -> (String) r.get(0)).toList();
      assertEquals(emulator.models().stream().filter(m -> "Active".equals(m.modelStatus()))
          .sorted(Comparator.comparing(EmulatedModel::creationTime).thenComparing(EmulatedModel::modelArn).reversed())
          .limit(50).map(EmulatedModel::modelArn).toList(), top);
    } finally {
      emulator.faults(Faults.NONE);
    }
    long failed = emulator.requests().stream().filter(r -> r.status() != 200).count();
    assertTrue(failed > 10, "faults were injected: " + failed);
  }

  @Test void maxAttemptsReachesTheSdk() throws SQLException {
    emulator.faults(Faults.NONE.withRates(0, 1.0, 1));
    emulator.clearRequests();
    try (Connection c = connect(emulator, "maxAttempts=4;retryMaxDelay=2")) {
      org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
          () -> TestSupport.query(c, "SELECT model_arn FROM custom_models"));
    } finally {
      emulator.faults(Faults.NONE);
    }
    assertEquals(4, emulator.requests().size());
  }
}
