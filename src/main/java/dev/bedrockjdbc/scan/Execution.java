package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import java.sql.SQLWarning;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A statement's execution on this thread, from the moment {@code execute} is called: its query timeout and
 * whether {@code cancel()} came. Planning (parse, validation, the planner, code generation) checks it between
 * phases and the scan's {@link CallGuard} starts its deadline from it, so one timeout and one cancel cover the
 * whole execution, not only the API calls. It also collects the warnings its result set reports.
 */
public final class Execution {
  private static final ThreadLocal<Execution> CURRENT = new ThreadLocal<>();
  private final long startNanos = System.nanoTime();
  private final long timeoutMillis;
  private final Execution outer;
  private volatile boolean canceled;
  /** What the execution's result must carry as SQLWarnings (a region that failed under onRegionError=warn). */
  private final List<SQLWarning> warnings = new CopyOnWriteArrayList<>();

  private Execution(long timeoutMillis, Execution outer) {
    this.timeoutMillis = timeoutMillis;
    this.outer = outer;
  }

  /** Starts an execution on this thread; {@link #end()} it in a finally block. */
  public static Execution start(int timeoutSeconds) {
    Execution e = new Execution(timeoutSeconds > 0 ? TimeUnit.SECONDS.toMillis(timeoutSeconds) : 0, CURRENT.get());
    CURRENT.set(e);
    return e;
  }

  public void end() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  /** The execution running on this thread, or null (a prepareStatement: nothing to cancel, no timeout yet). */
  public static Execution current() {
    return CURRENT.get();
  }

  /** From any thread: the execution stops at its next check. */
  public void cancel() {
    canceled = true;
  }

  /** Stops the execution if it was canceled or ran past its timeout. */
  public void check() {
    if (canceled) {
      throw new QueryFailure(SqlErrors.canceled(null));
    }
    if (timeoutMillis > 0 && System.nanoTime() - startNanos >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
      throw CallGuard.timedOut(timeoutMillis);
    }
  }

  /** Adds a warning its result set reports; rows may still be being read when it comes. */
  public void warn(SQLWarning warning) {
    warnings.add(warning);
  }

  /** The warnings so far, oldest first. */
  public List<SQLWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** When the execution started, by {@link System#nanoTime()}. */
  long startNanos() {
    return startNanos;
  }
}
