package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.Target;
import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransientException;
import java.sql.SQLWarning;
import java.util.Set;

/**
 * What one query does when a region or account fails (not enabled, no endpoint, access denied, credentials not
 * recognized, throttled past retries): with {@code onRegionError=fail} the query fails naming the target and the
 * cause; with {@code warn} that target's rows end there and the result carries a warning saying so. Never a short
 * result without one or the other. A stop of the query itself (cancel, timeout, closed connection) is no target's
 * failure and always ends it.
 */
public final class TargetFailures {
  private static final Set<String> STOPS = Set.of(SqlErrors.CANCELED, SqlErrors.TIMEOUT, SqlErrors.CONNECTION_CLOSED);
  private final boolean warn;
  private final boolean named;
  private final Execution execution;
  private final CallGuard guard;

  /**
   * @param named whether a failure names its target (a connection of several); a connection of one region and
   *              account fails with the cause's own message, as it always has
   * @param guard the query's calls, the others' cancelled when one fails the query
   */
  public TargetFailures(boolean warn, boolean named, Execution execution, CallGuard guard) {
    this.warn = warn && execution != null;
    this.named = named;
    this.execution = execution;
    this.guard = guard;
  }

  /**
   * Handles {@code failure} of a call to {@code target}: returns when the target's rows are to end there (a
   * warning recorded), else throws what fails the query.
   */
  public void handle(Target target, RuntimeException failure) {
    SQLException cause = SqlErrors.translate(failure);
    if (STOPS.contains(cause.getSQLState()) || !named && !warn) {
      guard.cancelPending();
      throw failure;
    }
    String message = "Region " + target.region() + (target.knownAccount() == null ? " of the caller's account"
        : " of account " + target.knownAccount()) + " failed: " + cause.getMessage() + hint(cause);
    if (!warn) {
      guard.cancelPending();
      throw new QueryFailure(sameKind(message, cause));
    }
    execution.warn(new SQLWarning(message + " Its rows are missing from this result (onRegionError=warn).",
        cause.getSQLState(), cause));
  }

  /** Credentials a region does not recognize are, most often, a region the account has not enabled. */
  private static String hint(SQLException cause) {
    return cause.getMessage().contains("UnrecognizedClientException") ? " If the region is an opt-in region, enable "
        + "it for the account, or leave it out of regions." : "";
  }

  private static SQLException sameKind(String message, SQLException cause) {
    String state = cause.getSQLState();
    if (cause instanceof SQLInvalidAuthorizationSpecException) {
      return new SQLInvalidAuthorizationSpecException(message, state, cause);
    }
    if (cause instanceof SQLTransientException) {
      return new SQLTransientException(message, state, cause);
    }
    if (cause instanceof SQLNonTransientConnectionException) {
      return new SQLNonTransientConnectionException(message, state, cause);
    }
    return cause instanceof SQLNonTransientException ? new SQLNonTransientException(message, state, cause)
        : new SQLException(message, state, cause);
  }
}
