package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.GuardedCall;
import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs one query's API calls so that Statement.cancel() or close(), Connection.close() or abort(), and the
 * query timeout end the query within a fraction of a second: the call runs on the connection's fetch thread
 * while the query thread waits, checking the cancel flag, the deadline and whether the connection closed (its
 * fetch executor shut down); the call is given the time left as its SDK call timeout, so the HTTP request
 * itself is abandoned at the deadline too.
 */
public final class CallGuard implements GuardedCall {
  private static final long POLL_MILLIS = 25;
  private final AtomicBoolean cancelFlag;
  private final long deadlineNanos;
  private final long timeoutMillis;
  private final ExecutorService executor;
  /** The query's calls started and not yet done (pages fetched ahead, every region's first page, Gets in flight). */
  private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();

  /**
   * @param timeoutMillis the statement's query timeout, 0 for none, counted from the start of the statement's
   *                      {@link Execution} on this thread (planning included), else from now
   */
  public CallGuard(AtomicBoolean cancelFlag, long timeoutMillis, ExecutorService executor) {
    this.cancelFlag = cancelFlag;
    this.timeoutMillis = timeoutMillis;
    Execution execution = Execution.current();
    long start = execution == null ? System.nanoTime() : execution.startNanos();
    this.deadlineNanos = timeoutMillis > 0 ? start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
    this.executor = executor;
  }

  @Override public <T> T run(Function<Duration, T> call) {
    return await(start(call));
  }

  /** Starts {@code call} on the fetch thread (a page fetched ahead); {@link #await} takes its result. */
  public <T> Future<T> start(Function<Duration, T> call) {
    checkCanceled();
    // A call queued behind others (a fan-out beyond the fetch threads) starts with the time left then, and not at
    // all once the query has stopped: a call that gave up at the deadline frees its thread at the deadline.
    FutureTask<T> task = new FutureTask<>(() -> {
      QueryFailure stop = stopped();
      if (stop != null) {
        throw stop;
      }
      return call.apply(timeLeft());
    }) {
      @Override protected void done() {
        pending.remove(this);
      }
    };
    pending.add(task);
    try {
      executor.execute(task);
      return task;
    } catch (RejectedExecutionException e) {
      pending.remove(task);
      throw new QueryFailure(SqlErrors.connectionClosed()); // closed since checkCanceled()
    }
  }

  /** The result of a started call, waiting no longer than the cancel flag and the deadline allow. */
  public <T> T await(Future<T> future) {
    try {
      while (true) {
        try {
          return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          QueryFailure stop = stopped();
          if (stop != null) {
            future.cancel(true);
            throw stopAll(stop);
          }
        }
      }
    } catch (ExecutionException e) {
      if (executor.isShutdown()) {
        throw new QueryFailure(SqlErrors.connectionClosed()); // the close interrupted the call: that is the news
      }
      QueryFailure stop = stopped();
      if (stop != null) {
        throw stopAll(stop); // the call gave up at the query's deadline: the query's time is up
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // classified by the JDBC layer, with the SDK's own message and request id
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw stopAll(new QueryFailure(SqlErrors.canceled(e)));
    } catch (CancellationException e) {
      throw new QueryFailure(SqlErrors.canceled(e));
    }
  }

  /** Between rows and pages: stop if the statement was canceled, ran out of time or lost its connection. */
  public void checkCanceled() {
    QueryFailure stop = stopped();
    if (stop != null) {
      throw stopAll(stop);
    }
  }

  /**
   * Cancels every call of the query still queued or under way: a fan-out's calls waiting for a fetch thread never
   * start once the query has stopped, whether or not its cursors are closed.
   */
  private QueryFailure stopAll(QueryFailure stop) {
    cancelPending();
    return stop;
  }

  /** Cancels the query's calls still queued or under way: it is failing. */
  public void cancelPending() {
    pending.forEach(f -> f.cancel(true));
  }

  /** Why the query must stop now, or null. */
  private QueryFailure stopped() {
    if (executor.isShutdown()) {
      return new QueryFailure(SqlErrors.connectionClosed());
    }
    if (cancelFlag != null && cancelFlag.get()) {
      return new QueryFailure(SqlErrors.canceled(null));
    }
    if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos >= 0) {
      return timedOut(timeoutMillis);
    }
    return null;
  }

  private Duration timeLeft() {
    if (deadlineNanos == 0) {
      return null;
    }
    // In whole milliseconds rounded up: the SDK drops the fraction, so its timer would end the call just before
    // the deadline, and a call queued behind it would start (and be sent) in the last fraction of a millisecond.
    long nanos = deadlineNanos - System.nanoTime();
    return Duration.ofMillis(Math.max(1, (nanos + 999_999) / 1_000_000));
  }

  static QueryFailure timedOut(long timeoutMillis) {
    return new QueryFailure(new SQLTimeoutException("The query ran past its timeout of " + timeoutMillis + " ms "
        + "(Statement.setQueryTimeout) and was stopped; its result is incomplete and was discarded.",
        SqlErrors.TIMEOUT));
  }
}
