package dev.bedrockjdbc.cli;

import dev.bedrockjdbc.server.QueryServer;
import dev.bedrockjdbc.server.ServerLimits;
import dev.bedrockjdbc.server.ServerSettings;
import dev.bedrockjdbc.server.StartRefused;

import org.apache.calcite.avatica.remote.Driver.Serialization;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code server}: serves the driver to Avatica thin clients over HTTP until stopped (SIGTERM, Ctrl-C). */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Serve SQL over Bedrock to Avatica clients (DBeaver's Avatica driver, the Java thin driver, "
        + "phoenixdb) with this process's AWS credentials. Listens on 127.0.0.1 unless --bind says otherwise.")
final class ServerCommand implements Callable<Integer> {
  enum Auth { basic, digest }

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8765;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}). "
      + "Beyond loopback, --user-file and --tls-keystore are required.")
  String bind = "127.0.0.1";

  @Option(names = "--serialization", description = "Wire format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Serialization serialization = Serialization.PROTOBUF;

  @Option(names = "--user-file", paramLabel = "FILE", description = "Require an HTTP login against this Jetty user "
      + "file: one 'name: password,role' line per user.")
  Path userFile;

  @Option(names = "--auth", description = "Login scheme with --user-file: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Auth auth = Auth.basic;

  @Option(names = "--roles", split = ",", paramLabel = "ROLE", description = "Roles in the user file that may connect "
      + "(default: ${DEFAULT-VALUE}).")
  List<String> roles = List.of("bedrock");

  @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with the key in this keystore (PKCS12 or JKS).")
  Path tlsKeystore;

  @Option(names = "--tls-password-file", paramLabel = "FILE", description = "File holding the keystore's password.")
  Path tlsPasswordFile;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Close a client's connection unused this "
      + "long (default: ${DEFAULT-VALUE}).")
  long connectionIdleSeconds = ServerLimits.DEFAULT.connectionIdle().toSeconds();

  @Option(names = "--statement-idle-timeout", paramLabel = "SECONDS", description = "Close a client's statement unused "
      + "this long (default: ${DEFAULT-VALUE}).")
  long statementIdleSeconds = ServerLimits.DEFAULT.statementIdle().toSeconds();

  @Option(names = "--max-connections", description = "Connections held at most; past that the least recently used "
      + "is closed (default: ${DEFAULT-VALUE}).")
  int maxConnections = ServerLimits.DEFAULT.maxConnections();

  @Option(names = "--max-connections-per-user", description = "Connections one login (or all clients without a login) "
      + "may hold open; past that a new one is refused with 53300 (default: ${DEFAULT-VALUE}).")
  int maxConnectionsPerUser = ServerLimits.DEFAULT.maxConnectionsPerUser();

  @Option(names = "--max-request-bytes", description = "Largest request body; larger ones get 413 "
      + "(default: ${DEFAULT-VALUE}).")
  long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;

  @Override public Integer call() throws Exception {
    final QueryServer server;
    try {
      server = QueryServer.start(settings());
    } catch (StartRefused | SQLException e) {
      System.err.println("Server not started: " + e.getMessage());
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      System.out.println("Server stopped; its clients' statements and connections are closed.");
      stopped.countDown();
    }, "bedrock-server-stop"));
    System.out.println("Serving Bedrock to Avatica clients. Connect with:");
    System.out.println(server.clientUrl());
    stopped.await();
    return 0;
  }

  ServerSettings settings() {
    if ((tlsKeystore == null) != (tlsPasswordFile == null)) {
      throw new StartRefused("--tls-keystore and --tls-password-file go together.");
    }
    return new ServerSettings(connection.url(), connection.properties())
        .bind(bind).port(port).serialization(serialization)
        .login(userFile == null ? null : new ServerSettings.Login(userFile, auth == Auth.digest, roles))
        .tls(tlsKeystore == null ? null : new ServerSettings.Tls(tlsKeystore, tlsPasswordFile))
        .limits(new ServerLimits(Duration.ofSeconds(connectionIdleSeconds), Duration.ofSeconds(statementIdleSeconds),
            maxConnections, maxConnectionsPerUser))
        .maxRequestBytes(maxRequestBytes);
  }
}
