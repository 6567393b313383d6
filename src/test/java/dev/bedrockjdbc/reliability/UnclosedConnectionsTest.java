package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.Test;

import java.sql.Connection;

/** Connections dropped without close() release their SDK clients once collected (issue 17, item 11). */
class UnclosedConnectionsTest {
  static long sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("sdk-ScheduledExecutor")).count();
  }

  @Test void droppedConnectionsLeaveNoSdkThreads() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(8, 20).start()) {
      long before = sdkThreads();
      for (int i = 0; i < 30; i++) {
        Connection c = connect(emulator, "accountId=123456789012");
        query(c, "SELECT COUNT(*) FROM custom_models WHERE model_name LIKE '%a%'");
        // dropped: no close()
      }
      long open = sdkThreads();
      assertTrue(open > before, "the dropped connections' clients run threads: " + open + " vs " + before);
      // Wait for the condition (collection is up to the JVM); give up only after many collections.
      for (int gc = 0; gc < 200 && sdkThreads() > before; gc++) {
        System.gc();
        Thread.onSpinWait();
        Thread.yield();
      }
      assertTrue(sdkThreads() <= before, "SDK threads left: " + sdkThreads() + ", before " + before);
    }
  }
}
