package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.jdbc.JdbcMeta;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Driver.Serialization;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Avatica's {@link JdbcMeta} over the driver, with the server's own URL and properties: a client's
 * {@code openConnection} properties pass only through {@link ClientProperties}. Idle connections and
 * statements are closed by Avatica's caches; a sweeper makes those caches expire entries on time rather than
 * at their next use.
 */
final class ServerMeta extends JdbcMeta implements AutoCloseable {
  private final Properties server;
  private final int maxPerUser;
  /** Each user's connection ids, pruned of the ones the cache no longer holds at each new connection. */
  private final Map<String, Set<String>> byUser = new HashMap<>();
  private final ScheduledExecutorService sweeper;
  private final FramesAhead framesAhead;

  ServerMeta(String url, Properties server, ServerLimits limits, Serialization serialization) throws SQLException {
    super(url, limits.avaticaProperties());
    this.framesAhead = new FramesAhead(serialization == Serialization.PROTOBUF);
    this.server = server;
    this.maxPerUser = limits.maxConnectionsPerUser();
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "bedrock-server-idle-sweeper");
      t.setDaemon(true);
      return t;
    });
    long period = Math.max(1, limits.shortestIdle().toMillis() / 4);
    sweeper.scheduleWithFixedDelay(this::expireIdle, period, period, TimeUnit.MILLISECONDS);
  }

  /** Past the user's bound the connection is refused (53300, too many connections), before anything opens. */
  @Override public void openConnection(ConnectionHandle ch, Map<String, String> info) {
    Map<String, String> accepted = ClientProperties.accept(info);
    String user = RemoteUser.current();
    synchronized (byUser) {
      Set<String> open = byUser.computeIfAbsent(user, u -> new HashSet<>());
      open.removeIf(id -> getConnectionCache().getIfPresent(id) == null); // closed or expired since
      if (open.size() >= maxPerUser) {
        throw new AvaticaRuntimeException((user.isEmpty() ? "Clients without a login hold" : "User " + user + " holds")
            + " " + open.size() + " open connections, the server's limit per user (--max-connections-per-user); "
            + "close one first.", 0, "53300", AvaticaSeverity.ERROR);
      }
      super.openConnection(ch, accepted);
      open.add(ch.id);
    }
  }

  /** {@code info} is Avatica's cache settings plus the accepted client settings; only the latter are kept. */
  @Override protected Connection createConnection(String url, Properties info) throws SQLException {
    return DriverManager.getConnection(url, ClientProperties.over(server, info));
  }

  /** The next frame, read while the client read the last one (see {@link FramesAhead}). */
  @Override public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount)
      throws NoSuchStatementException, MissingResultsException {
    return framesAhead.next(h.id, offset, fetchMaxRowCount, (o, n) -> super.fetch(h, o, n));
  }

  private void expireIdle() {
    getStatementCache().cleanUp();
    getConnectionCache().cleanUp();
    framesAhead.forget(id -> getStatementCache().getIfPresent(id) == null);
  }

  /** Connections the server holds for its clients. */
  long openConnections() {
    return getConnectionCache().size();
  }

  /** Statements the server holds for its clients. */
  long openStatements() {
    return getStatementCache().size();
  }

  /** Closes every statement and connection (the caches' removal listeners close what they drop). */
  @Override public void close() {
    sweeper.shutdownNow();
    framesAhead.close();
    getStatementCache().invalidateAll();
    getConnectionCache().invalidateAll();
  }
}
