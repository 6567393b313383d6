package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.aws.Fleet;
import dev.bedrockjdbc.aws.BedrockClientFactory;
import dev.bedrockjdbc.emulator.DemoEmulator;

import java.sql.SQLException;

/**
 * Starts a connection's API client before Calcite opens the connection, so the two overlap, and hands it
 * from {@code connect} to the handler's {@code onConnectionInit}, which Avatica runs on the same thread.
 */
final class ApiBuilder {
  private static final ThreadLocal<Fleet> PENDING = new ThreadLocal<>();

  private ApiBuilder() {
  }

  static void start(ConnectionConfig config) throws SQLException {
    PENDING.set(startApi(config));
  }

  /** The client started for this connection on this thread, or one started now. */
  static Fleet take(ConnectionConfig config) throws SQLException {
    Fleet api = PENDING.get();
    PENDING.remove();
    return api != null ? api : startApi(config);
  }

  /** Connecting failed before the handler ran: close the client started for it. */
  static void discard() {
    Fleet fleet = PENDING.get();
    PENDING.remove();
    if (fleet != null) {
      fleet.close();
    }
  }

  private static Fleet startApi(ConnectionConfig config) throws SQLException {
    return BedrockClientFactory.start(config.demo() ? config.forDemo(DemoEmulator.endpoint()) : config);
  }
}
