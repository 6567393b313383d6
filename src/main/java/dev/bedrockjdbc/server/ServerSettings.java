package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.remote.Driver.Serialization;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What {@link QueryServer} serves and how: the driver's URL and properties (the server's identity), where it
 * listens, who may connect, and its limits. Defaults are the safe ones: 127.0.0.1, no login needed there.
 */
public final class ServerSettings {
  /** Room for the largest statement the driver plans (1 MiB of characters), JSON-escaped. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 8L << 20;

  /** HTTP login against a Jetty user file ({@code name: password,role...}); clients need one of the roles. */
  public record Login(Path userFile, boolean digest, List<String> roles) {
  }

  /** TLS with a Java keystore whose password is read from a file (never from the command line). */
  public record Tls(Path keystore, Path passwordFile) {
  }

  final String url;
  final Properties properties;
  String bind = "127.0.0.1";
  int port = 8765;
  Serialization serialization = Serialization.PROTOBUF;
  Login login;
  Tls tls;
  ServerLimits limits = ServerLimits.DEFAULT;
  long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

  public ServerSettings(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
  }

  public ServerSettings bind(String host) {
    this.bind = host;
    return this;
  }

  /** 0 picks a free port; {@link QueryServer#port()} tells which. */
  public ServerSettings port(int port) {
    this.port = port;
    return this;
  }

  public ServerSettings serialization(Serialization serialization) {
    this.serialization = serialization;
    return this;
  }

  public ServerSettings login(Login login) {
    this.login = login;
    return this;
  }

  public ServerSettings tls(Tls tls) {
    this.tls = tls;
    return this;
  }

  public ServerSettings limits(ServerLimits limits) {
    this.limits = limits;
    return this;
  }

  public ServerSettings maxRequestBytes(long bytes) {
    this.maxRequestBytes = bytes;
    return this;
  }
}
