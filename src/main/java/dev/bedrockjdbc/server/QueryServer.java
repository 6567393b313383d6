package dev.bedrockjdbc.server;

import dev.bedrockjdbc.driver.BedrockDriver;
import dev.bedrockjdbc.driver.ConnectString;
import dev.bedrockjdbc.driver.ConnectionConfig;

import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.HttpServer;

import org.eclipse.jetty.server.Server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * {@code bedrock-jdbc server}: Avatica's HTTP server ({@link HttpServer}, {@link LocalService}) over
 * {@link ServerMeta}, so thin Avatica clients (DBeaver's Avatica driver, the Java remote driver, phoenixdb)
 * query Bedrock through this process and its credentials.
 */
public final class QueryServer implements AutoCloseable {
  private final ServerSettings settings;
  private final ServerMeta meta;
  private final HttpServer http;

  private QueryServer(ServerSettings settings, ServerMeta meta, HttpServer http) {
    this.settings = settings;
    this.meta = meta;
    this.http = http;
  }

  /**
   * Checks the settings, opens one connection to fail now on bad connection properties rather than at each
   * client's, then listens.
   *
   * @throws StartRefused when the settings are unsafe or incomplete
   * @throws SQLException when the driver refuses the connection properties
   */
  public static QueryServer start(ServerSettings s) throws SQLException, IOException {
    if (!s.url.startsWith(BedrockDriver.PREFIX)) {
      throw new StartRefused("The server serves " + BedrockDriver.PREFIX + " URLs only (-u).");
    }
    Exposure.check(InetAddress.getByName(s.bind), s.login != null, s.tls != null);
    DriverManager.getConnection(s.url, s.properties).close();
    if (ConnectionConfig.parse(ConnectString.properties(s.url, s.properties)).onRegionErrorWarns()) {
      // Avatica's protocol carries no ResultSet warnings: a thin client would get a short result without one.
      throw new StartRefused("onRegionError=warn cannot be served: Avatica's protocol carries no SQL warnings, so a "
          + "client would get the other regions' rows without knowing one failed. Serve with onRegionError=fail (the "
          + "default); clients can read the regions table to see which regions answer.");
    }
    HttpServer.Builder<Server> builder = HttpServer.Builder.<Server>newBuilder()
        .withPort(s.port)
        .withServerCustomizers(List.of(new BindAddress(s.bind), new RequestSizeLimit(s.maxRequestBytes),
            new RemoteUser()), Server.class);
    if (s.login != null) {
      readable(s.login.userFile(), "--user-file");
      String file = s.login.userFile().toString();
      String[] roles = s.login.roles().toArray(new String[0]);
      if (s.login.digest()) {
        builder.withDigestAuthentication(file, roles);
      } else {
        builder.withBasicAuthentication(file, roles);
      }
    }
    if (s.tls != null) {
      readable(s.tls.keystore(), "--tls-keystore");
      readable(s.tls.passwordFile(), "--tls-password-file");
      String password = Files.readString(s.tls.passwordFile()).strip();
      // A server certificate needs no trust store of its own; Avatica's builder wants one, so the keystore.
      builder.withTLS(s.tls.keystore().toFile(), password, s.tls.keystore().toFile(), password);
    }
    // Last, so that nothing before it can fail with the meta's sweeper thread running.
    ServerMeta meta = new ServerMeta(s.url, s.properties, s.limits, s.serialization);
    HttpServer http = builder.withHandler(SqlStateService.of(new LocalService(meta)), s.serialization).build();
    try {
      http.start();
    } catch (RuntimeException e) {
      meta.close();
      // Jetty's own words (a port in use, a keystore it cannot open) name files and addresses, no secret.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StartRefused("Could not listen on " + s.bind + ":" + s.port + ": " + cause.getMessage());
    }
    return new QueryServer(s, meta, http);
  }

  private static void readable(Path file, String option) {
    if (!Files.isReadable(file)) {
      throw new StartRefused(option + " " + file + " cannot be read.");
    }
  }

  public int port() {
    return http.getPort();
  }

  /** The URL a thin client connects with. */
  public String clientUrl() throws IOException {
    InetAddress bind = InetAddress.getByName(settings.bind);
    // A wildcard bind has no address to give a client: name this host, as Avatica does.
    String host = bind.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName()
        : settings.bind.contains(":") ? "[" + settings.bind + "]" : settings.bind;
    return "jdbc:avatica:remote:url=" + (settings.tls != null ? "https" : "http") + "://" + host + ":" + port()
        + ";serialization=" + settings.serialization.name().toUpperCase(Locale.ROOT)
        + (settings.login != null ? ";authentication=" + (settings.login.digest() ? "DIGEST" : "BASIC") : "");
  }

  long openConnections() {
    return meta.openConnections();
  }

  long openStatements() {
    return meta.openStatements();
  }

  /** Stops listening, then closes every client's statements and connections. */
  @Override public void close() {
    http.stop();
    meta.close();
  }
}
