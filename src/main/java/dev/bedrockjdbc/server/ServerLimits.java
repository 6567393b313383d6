package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.jdbc.JdbcMeta.ConnectionCacheSettings;
import org.apache.calcite.avatica.jdbc.JdbcMeta.StatementCacheSettings;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * How long a client's connection and statement may stay unused before the server closes them, how many
 * connections it holds at most (past that Avatica closes the least recently used one), and how many one user may
 * hold open (past that a new one is refused: one user cannot push every other out).
 */
public record ServerLimits(Duration connectionIdle, Duration statementIdle, int maxConnections,
    int maxConnectionsPerUser) {
  public static final ServerLimits DEFAULT = new ServerLimits(Duration.ofMinutes(10), Duration.ofMinutes(5), 100, 20);

  public ServerLimits {
    if (connectionIdle.isNegative() || connectionIdle.isZero() || statementIdle.isNegative() || statementIdle.isZero()) {
      throw new StartRefused("Idle timeouts must be positive.");
    }
    if (maxConnections < 1 || maxConnectionsPerUser < 1) {
      throw new StartRefused("The connection limits must be at least 1.");
    }
  }

  Duration shortestIdle() {
    return connectionIdle.compareTo(statementIdle) < 0 ? connectionIdle : statementIdle;
  }

  /** The settings in the form {@link org.apache.calcite.avatica.jdbc.JdbcMeta} reads them. */
  Properties avaticaProperties() {
    Properties p = new Properties();
    p.setProperty(ConnectionCacheSettings.EXPIRY_DURATION.key(), Long.toString(connectionIdle.toMillis()));
    p.setProperty(ConnectionCacheSettings.EXPIRY_UNIT.key(), TimeUnit.MILLISECONDS.name());
    p.setProperty(ConnectionCacheSettings.MAX_CAPACITY.key(), Integer.toString(maxConnections));
    p.setProperty(StatementCacheSettings.EXPIRY_DURATION.key(), Long.toString(statementIdle.toMillis()));
    p.setProperty(StatementCacheSettings.EXPIRY_UNIT.key(), TimeUnit.MILLISECONDS.name());
    return p;
  }
}
