package dev.bedrockjdbc.jdbc;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Refuses calls on a closed driver object before they reach the wrapped one. JDBC allows only close and
 * isClosed there (and isValid and abort on a connection); Avatica refused the rest without a SQLState
 * ("Statement closed") or answered them. Checking reads the wrapped object's closed flag, a field on Avatica's.
 */
final class OpenGuard {
  /** Whether the guarded object is closed. */
  interface State {
    boolean isClosed() throws SQLException;
  }

  private final State state;
  private final Supplier<SQLException> refusal;

  OpenGuard(State state, Supplier<SQLException> refusal) {
    this.state = state;
    this.refusal = refusal;
  }

  void check() throws SQLException {
    if (state.isClosed()) {
      throw refusal.get();
    }
  }

  /** {@link Delegation#call} on the object, once it is checked open. */
  <T> T call(Delegation.Call<T> call) throws SQLException {
    check();
    return Delegation.call(call);
  }

  /** {@link Delegation#run} on the object, once it is checked open. */
  void run(Delegation.Run run) throws SQLException {
    check();
    Delegation.run(run);
  }
}
