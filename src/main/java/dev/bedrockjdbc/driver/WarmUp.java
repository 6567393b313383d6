package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.aws.RequestPathWarmUp;
import dev.bedrockjdbc.jdbc.DriverActivity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initialises Calcite's planner, code generator and the SDK client and request classes on a daemon thread
 * once the driver has been idle for a moment after its first connect (never when the class merely loads: a
 * JVM that has the jar but no use for it starts nothing), so a user who connects and then types a query
 * finds it fast (speed-notes 2: the first query drops from ~3 s to ~0.4 s after 3 s of idle), while a
 * program that connects and queries at once does not share the CPU with it. It runs one SDK call whose HTTP
 * client answers in process ({@link RequestPathWarmUp}) and prepares statements (planning and compiling, no
 * execution) on a connection whose endpoint is never called; the keys are dummies: no network, no credentials.
 * Failures are ignored. Off with {@code -Dbedrockjdbc.warmup=false}.
 */
final class WarmUp {
  /** Idle time the driver waits for before warming up. */
  private static final long IDLE_MILLIS = 300;
  /** Shapes the fast path does not take, so Calcite's planner is what gets warm. */
  private static final List<String> SHAPES = List.of(
      "SELECT model_name, creation_time FROM custom_models WHERE model_name LIKE '%a%' ORDER BY creation_time DESC LIMIT 5",
      "SELECT * FROM custom_models WHERE model_name LIKE ? AND model_status = ? AND creation_time >= ?",
      "SELECT model_status, COUNT(*) FROM custom_models GROUP BY model_status");

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private WarmUp() {
  }

  /** Starts the warm-up at the first call in the JVM (the warm-up's own connect included); later calls do nothing. */
  static void startOnce(BedrockDriver driver) {
    if ("false".equalsIgnoreCase(System.getProperty("bedrockjdbc.warmup")) || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> run(driver), "bedrock-jdbc-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void run(BedrockDriver driver) {
    DriverActivity.runInBackground();
    try {
      for (long idle; (idle = DriverActivity.idleMillis()) < IDLE_MILLIS; ) {
        Thread.sleep(IDLE_MILLIS - idle);
      }
    } catch (InterruptedException e) {
      return;
    }
    Properties p = new Properties();
    p.setProperty("region", "us-east-1");
    p.setProperty("endpoint", "http://127.0.0.1:9"); // never called: statements are only prepared
    p.setProperty("user", "WARMUP");
    p.setProperty("password", "warmup");
    p.setProperty("accountId", "000000000000");
    try {
      RequestPathWarmUp.run();
      try (Connection c = driver.connect(BedrockDriver.PREFIX, p)) {
        for (String sql : SHAPES) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.getMetaData();
          }
        }
      }
    } catch (Exception | LinkageError e) {
      // Warm-up is an optimisation only; the first real query does the same work if it failed. (A class loader
      // closed under it, as a host application may do with the driver's, fails every class it has yet to load.)
    }
  }
}
