package dev.bedrockjdbc.jdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

/** The background warm-up waits for idle time: the driver counts as busy while a call into it runs. */
class DriverActivityTest {
  @Test void busyWhileAQueryRunsIdleAfter() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 10).start();
         Connection c = connect(emulator, "")) {
      emulator.faults(Faults.NONE.withLatency(600));
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
      Thread.sleep(300); // executeQuery is waiting for the first page
      assertEquals(0, DriverActivity.idleMillis(), "busy during executeQuery");
      assertEquals(10, query.join());
      Thread.sleep(50);
      assertTrue(DriverActivity.idleMillis() >= 40, "idle after it returned: " + DriverActivity.idleMillis());
    }
  }

  @Test void readingAResultSetCountsAsBusy() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 400).start();
         Connection c = connect(emulator, "pageSize=100");
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models")) {
      long longestIdle = 0;
      int rows = 0;
      // ~1 s of nothing but next() and getters, the way a tool reads a big result.
      while (rs.next()) {
        rs.getString(1);
        rows++;
        Thread.sleep(2);
        longestIdle = Math.max(longestIdle, DriverActivity.idleMillis());
      }
      assertEquals(400, rows);
      assertTrue(longestIdle < 300, "idle for the warm-up while a result was being read: " + longestIdle + " ms");
    }
  }
}
