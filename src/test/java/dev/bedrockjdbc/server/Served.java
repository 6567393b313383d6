package dev.bedrockjdbc.server;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.UnaryOperator;

/** A server started in this JVM on a free loopback port, over an emulator with the test keys. */
final class Served {
  static final String ACCOUNT = "123456789012";

  private Served() {
  }

  /** The server's connection properties: the emulator, the test secret, a fixed account (no lookups). */
  static Properties properties(BedrockEmulator emulator) {
    Properties p = new Properties();
    p.setProperty("endpoint", emulator.endpoint().toString());
    p.setProperty("region", "us-east-1");
    p.setProperty("user", TestSupport.ACCESS_KEY);
    p.setProperty("password", TestSupport.SECRET);
    p.setProperty("accountId", ACCOUNT);
    return p;
  }

  static QueryServer start(BedrockEmulator emulator, UnaryOperator<ServerSettings> more) throws Exception {
    return QueryServer.start(more.apply(new ServerSettings("jdbc:bedrock:", properties(emulator)).port(0)));
  }

  static QueryServer start(BedrockEmulator emulator) throws Exception {
    return start(emulator, s -> s);
  }

  /** A thin client's connection through the server, with more {@code ;key=value} URL settings. */
  static Connection thin(QueryServer server, String more) throws Exception {
    return DriverManager.getConnection(server.clientUrl() + more);
  }

  static Connection thin(QueryServer server, Properties info) throws Exception {
    return DriverManager.getConnection(server.clientUrl(), info);
  }

  /** The same connection embedded in this JVM: what the server's clients must match. */
  static Connection embedded(BedrockEmulator emulator) throws SQLException {
    return DriverManager.getConnection("jdbc:bedrock:", properties(emulator));
  }
}
