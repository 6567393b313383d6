package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.aws.BedrockClientFactory;
import dev.bedrockjdbc.emulator.DemoEmulator;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Builds a connection's SDK client on a second thread while Calcite opens the connection: both are mostly
 * class loading, and on a cold JVM they overlap. Handed from {@code connect} to the handler's
 * {@code onConnectionInit}, which Avatica runs on the same thread.
 */
final class ApiBuilder {
  private static final ThreadLocal<CompletableFuture<BedrockApi>> PENDING = new ThreadLocal<>();

  private ApiBuilder() {
  }

  static void start(ConnectionConfig config) {
    CompletableFuture<BedrockApi> future = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        future.complete(build(config));
      } catch (Throwable e) {
        future.completeExceptionally(e);
      }
    }, "bedrock-jdbc-connect");
    t.setDaemon(true);
    t.start();
    PENDING.set(future);
  }

  /** The client started for this connection on this thread, or one built now. */
  static BedrockApi take(ConnectionConfig config) throws SQLException {
    CompletableFuture<BedrockApi> future = PENDING.get();
    PENDING.remove();
    if (future == null) {
      return build(config);
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.thenAccept(BedrockApi::close);
      throw new SQLException("Interrupted while connecting", "08001", e);
    } catch (ExecutionException | CompletionException e) {
      if (e.getCause() instanceof SQLException s) {
        throw s;
      }
      throw new SQLException(String.valueOf(e.getCause().getMessage()), "08001", e.getCause());
    }
  }

  /** Connecting failed before the handler ran: close the client built for it. */
  static void discard() {
    CompletableFuture<BedrockApi> future = PENDING.get();
    PENDING.remove();
    if (future != null) {
      future.thenAccept(BedrockApi::close);
    }
  }

  private static BedrockApi build(ConnectionConfig config) throws SQLException {
    return BedrockClientFactory.create(config.demo() ? config.forDemo(DemoEmulator.endpoint()) : config);
  }
}
