package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.jdbc.DriverActivity;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The background warm-up waits for idle time: the driver counts as busy while a call into it runs. Each step
 * waits on a condition (a hung service holds the query; idle time has grown) instead of a sleep.
 */
class DriverActivityTest {
  @Test void busyWhileAQueryRunsIdleAfter() throws Exception {
    try (HostileServer server = HostileServer.hanging(); Connection c = DriverManager.getConnection(server.url(""))) {
      CompletableFuture<Integer> query = CompletableFuture.supplyAsync(() -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
          int n = 0;
          while (rs.next()) {
            n++;
          }
          return n;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertTrue(server.awaitRequest(60), "the query reached the service");
      assertEquals(0, DriverActivity.idleMillis(), "busy while executeQuery waits for its first page");
      server.release();
      assertEquals(1, query.get(60, TimeUnit.SECONDS));
      TestSupport.awaitTrue(() -> DriverActivity.idleMillis() > 0, "idle after the query returned");
    }
  }

  /**
   * Reading rows counts as the application using the driver (every 16th next(), to keep next() cheap): idle
   * time that had grown is back near zero within 16 rows. Only a pause of the whole JVM longer than the idle time waited for could break the comparison, so a
   * few attempts are allowed.
   */
  @Test void readingAResultSetCountsAsBusy() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 200).start();
         Connection c = connect(emulator, "pageSize=100");
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models")) {
      boolean reset = false;
      for (int attempt = 0; attempt < 5 && !reset; attempt++) {
        TestSupport.awaitTrue(() -> DriverActivity.idleMillis() >= 500, "idle time grows while nothing calls the driver");
        long before = DriverActivity.idleMillis();
        for (int row = 0; row < 16 && !reset; row++) {
          assertTrue(rs.next());
          reset = DriverActivity.idleMillis() < before;
        }
      }
      assertTrue(reset, "next() did not count as activity");
    }
  }
}
