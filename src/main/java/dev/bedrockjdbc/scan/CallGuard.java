package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.GuardedCall;
import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs one query's API calls so that Statement.cancel() and the query timeout end the query within a
 * fraction of a second: the call runs on the connection's fetch thread while the query thread waits,
 * checking the cancel flag and the deadline; the call is given the time left as its SDK call timeout,
 * so the HTTP request itself is abandoned at the deadline too.
 */
public final class CallGuard implements GuardedCall {
  private static final long POLL_MILLIS = 25;
  private final AtomicBoolean cancelFlag;
  private final long deadlineNanos;
  private final long timeoutMillis;
  private final ExecutorService executor;

  /**
   * @param timeoutMillis the statement's query timeout, 0 for none
   */
  public CallGuard(AtomicBoolean cancelFlag, long timeoutMillis, ExecutorService executor) {
    this.cancelFlag = cancelFlag;
    this.timeoutMillis = timeoutMillis;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
    this.executor = executor;
  }

  @Override public <T> T run(Function<Duration, T> call) {
    return await(start(call));
  }

  /** Starts {@code call} on the fetch thread (a page fetched ahead); {@link #await} takes its result. */
  public <T> Future<T> start(Function<Duration, T> call) {
    checkCanceled();
    Duration left = timeLeft();
    return executor.submit(() -> call.apply(left));
  }

  /** The result of a started call, waiting no longer than the cancel flag and the deadline allow. */
  public <T> T await(Future<T> future) {
    try {
      while (true) {
        try {
          return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (cancelFlag != null && cancelFlag.get()) {
            future.cancel(true);
            throw new QueryFailure(SqlErrors.canceled(null));
          }
          if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos >= 0) {
            future.cancel(true);
            throw timedOut();
          }
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // classified by the JDBC layer, with the SDK's own message and request id
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new QueryFailure(SqlErrors.canceled(e));
    } catch (CancellationException e) {
      throw new QueryFailure(SqlErrors.canceled(e));
    }
  }

  /** Between rows and pages: stop if the statement was canceled or ran out of time. */
  public void checkCanceled() {
    if (cancelFlag != null && cancelFlag.get()) {
      throw new QueryFailure(SqlErrors.canceled(null));
    }
    if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos >= 0) {
      throw timedOut();
    }
  }

  private Duration timeLeft() {
    if (deadlineNanos == 0) {
      return null;
    }
    return Duration.ofNanos(Math.max(deadlineNanos - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(1)));
  }

  private QueryFailure timedOut() {
    return new QueryFailure(new SQLTimeoutException("The query ran past its timeout of " + timeoutMillis + " ms "
        + "(Statement.setQueryTimeout) and was stopped; its result is incomplete and was discarded.",
        SqlErrors.TIMEOUT));
  }
}
