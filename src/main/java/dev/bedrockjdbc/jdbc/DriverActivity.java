package dev.bedrockjdbc.jdbc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the driver is working for the application (a connect, or a call on one of its connections,
 * statements or metadata objects), so background work such as the warm-up uses only idle time instead of
 * competing with a query for the CPU.
 */
public final class DriverActivity {
  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final ThreadLocal<Boolean> BACKGROUND = ThreadLocal.withInitial(() -> false);
  private static volatile long lastEnd = System.nanoTime();

  private DriverActivity() {
  }

  /** A call into the driver. */
  public interface Call<T, E extends Throwable> {
    T run() throws E;
  }

  public static <T, E extends Throwable> T during(Call<T, E> call) throws E {
    enter();
    try {
      return call.run();
    } finally {
      exit();
    }
  }

  public static void enter() {
    if (!BACKGROUND.get()) {
      RUNNING.incrementAndGet();
    }
  }

  public static void exit() {
    if (!BACKGROUND.get()) {
      lastEnd = System.nanoTime();
      RUNNING.decrementAndGet();
    }
  }

  /**
   * A ResultSet being read: counts as a call that just ended. Reading rows is the application using the
   * driver too, though each next() is too short to be worth counting on its own.
   */
  public static void touch() {
    if (!BACKGROUND.get()) {
      lastEnd = System.nanoTime();
    }
  }

  /** The calling thread's own use of the driver is background work, not the application's activity. */
  public static void runInBackground() {
    BACKGROUND.set(true);
  }

  /** Milliseconds since the last call into the driver ended; 0 while one runs. */
  public static long idleMillis() {
    return RUNNING.get() > 0 ? 0 : (System.nanoTime() - lastEnd) / 1_000_000;
  }
}
