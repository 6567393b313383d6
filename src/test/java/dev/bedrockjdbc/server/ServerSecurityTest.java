package dev.bedrockjdbc.server;

import static dev.bedrockjdbc.TestSupport.SECRET;
import static dev.bedrockjdbc.TestSupport.console;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.cli.Main;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.apache.calcite.avatica.AvaticaSqlException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/** Secure by default: loopback unless logged in over TLS, logins checked, the server's identity its own. */
class ServerSecurityTest {
  static BedrockEmulator emulator;
  static QueryServer server;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(15, 120).start();
    server = Served.start(emulator);
  }

  @AfterAll static void stop() {
    server.close();
    emulator.close();
  }

  /** The check comes before anything listens: these never bind 0.0.0.0. */
  @Test void beyondLoopbackNeedsLoginAndTls(@TempDir Path dir) throws Exception {
    StartRefused bare = assertThrows(StartRefused.class, () -> Served.start(emulator, s -> s.bind("0.0.0.0")));
    assertTrue(bare.getMessage().contains("without authentication (--user-file) and TLS"), bare.getMessage());
    ServerSettings.Login login = new ServerSettings.Login(dir.resolve("users"), false, List.of("bedrock"));
    StartRefused noTls = assertThrows(StartRefused.class,
        () -> Served.start(emulator, s -> s.bind("0.0.0.0").login(login)));
    assertTrue(noTls.getMessage().contains("without TLS"), noTls.getMessage());
    String out = console(() -> assertEquals(2, Main.run("server", "--demo", "--bind", "0.0.0.0", "--port", "0")));
    assertTrue(out.contains("Server not started: Refusing to listen on 0.0.0.0"), out);
  }

  @Test void loginRequiredAndWrongPasswordsRejected(@TempDir Path dir) throws Exception {
    Path users = dir.resolve("users.properties");
    Files.writeString(users, "alice: right-pass-1,bedrock\nbob: right-pass-2,guest\n");
    ServerSettings.Login login = new ServerSettings.Login(users, false, List.of("bedrock"));
    try (QueryServer secured = Served.start(emulator, s -> s.login(login))) {
      String url = secured.clientUrl();
      assertTrue(url.endsWith(";authentication=BASIC"), url);
      try (Connection c = Served.thin(secured, ";avatica_user=alice;avatica_password=right-pass-1")) {
        assertEquals(List.of(List.of(120L)), query(c, "SELECT COUNT(*) FROM custom_models"));
      }
      String wrong = "wrong-pass-" + System.nanoTime();
      String out = console(() -> {
        assertEquals(401, post(secured, null, new byte[] {1}));
        assertEquals(401, post(secured, "alice:" + wrong, new byte[] {1}));
        // The thin driver reports a failed connect as a RuntimeException, with the HTTP status.
        Exception e = assertThrows(RuntimeException.class,
            () -> Served.thin(secured, ";avatica_user=alice;avatica_password=" + wrong));
        assertTrue(e.getMessage().contains("HTTP/401"), e.getMessage());
        assertThrows(RuntimeException.class, () -> Served.thin(secured, ""));
      });
      assertFalse(out.contains(wrong), out);
      // A user without an allowed role is authenticated but not let in.
      assertEquals(403, post(secured, "bob:right-pass-2", new byte[] {1}));
    }
  }

  /**
   * One login cannot hold more than its share: past the per-user bound its next connection is refused (53300),
   * another user still gets in, and a closed connection frees its place.
   */
  @Test void connectionsAreBoundedPerUser(@TempDir Path dir) throws Exception {
    Path users = dir.resolve("users.properties");
    Files.writeString(users, "alice: pass-a,bedrock\ncarol: pass-c,bedrock\n");
    ServerSettings.Login login = new ServerSettings.Login(users, false, List.of("bedrock"));
    try (QueryServer secured = Served.start(emulator, s -> s.login(login)
        .limits(new ServerLimits(Duration.ofMinutes(10), Duration.ofMinutes(10), 100, 2)))) {
      String alice = ";avatica_user=alice;avatica_password=pass-a";
      try (Connection a1 = Served.thin(secured, alice); Connection a2 = Served.thin(secured, alice);
           Connection c1 = Served.thin(secured, ";avatica_user=carol;avatica_password=pass-c")) {
        for (Connection c : List.of(a1, a2, c1)) {
          assertEquals(List.of(List.of(120L)), query(c, "SELECT COUNT(*) FROM custom_models"));
        }
        Exception refused = assertThrows(Exception.class, () -> query(Served.thin(secured, alice), "VALUES 1"));
        assertTrue(everything(refused).contains("User alice holds 2 open connections"), everything(refused));
        a1.close();
        try (Connection a3 = Served.thin(secured, alice)) {
          assertEquals(List.of(List.of(120L)), query(a3, "SELECT COUNT(*) FROM custom_models"), "a freed place");
        }
      }
    }
  }

  /** Login over TLS, with a keystore made by the JDK's keytool for 127.0.0.1. */
  @Test void tlsWithLogin(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("server.p12");
    String storePassword = "store-pass-1";
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", storePassword,
        "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1",
        "-validity", "2").inheritIO().start();
    assertEquals(0, keytool.waitFor());
    Path passwordFile = Files.writeString(dir.resolve("tls-password"), storePassword + "\n");
    Path users = Files.writeString(dir.resolve("users"), "alice: right-pass-1,bedrock\n");
    try (QueryServer secured = Served.start(emulator, s -> s
        .login(new ServerSettings.Login(users, false, List.of("bedrock")))
        .tls(new ServerSettings.Tls(keystore, passwordFile)))) {
      assertTrue(secured.clientUrl().startsWith("jdbc:avatica:remote:url=https://127.0.0.1:"), secured.clientUrl());
      try (Connection c = Served.thin(secured, ";avatica_user=alice;avatica_password=right-pass-1;truststore="
          + keystore + ";truststore_password=" + storePassword)) {
        assertEquals(List.of(List.of(120L)), query(c, "SELECT COUNT(*) FROM custom_models"));
      }
    }
  }

  /** Each of these would change the identity, the endpoint, or what the server spends or loads. */
  @Test void clientCannotOverrideTheServersConnection() throws Exception {
    for (String key : List.of("endpoint", "ENDPOINT", "profile", "roleArn", "user", "password", "sessionToken",
        "stsEndpoint", "externalId", "region", "accountId", "pushdown", "maxAttempts", "logLevel", "demo", "model",
        "schemaFactory", "no-such-key", "regions", "roleArns", "fanOutConcurrency", "onRegionError")) {
      Properties info = new Properties();
      info.setProperty(key, "http://127.0.0.1:9");
      RuntimeException e = assertThrows(RuntimeException.class, () -> Served.thin(server, info), key);
      assertTrue(e.getMessage().contains("This server does not let a client set"), key + ": " + e.getMessage());
    }
    emulator.clearRequests();
    Properties allowed = new Properties();
    allowed.setProperty("pageSize", "50");
    allowed.setProperty("TIMEZONE", "UTC");
    // Tools send their login fields blank when nothing was typed: that selects no identity.
    allowed.setProperty("user", "");
    allowed.setProperty("password", "");
    try (Connection c = Served.thin(server, allowed)) {
      assertEquals(List.of(List.of(120L)), query(c, "SELECT COUNT(*) FROM custom_models"));
    }
    assertEquals(3, TestSupport.listCalls(emulator).size(), "pageSize=50 over 120 models is 3 pages");
  }

  /** Everything a client can read: metadata, properties, client info, results, errors and their server traces. */
  @Test void theSecretIsAbsentFromEverythingAClientSees() throws Exception {
    StringBuilder seen = new StringBuilder();
    try (Connection c = Served.thin(server, "")) {
      DatabaseMetaData md = c.getMetaData();
      seen.append(md.getURL()).append(md.getUserName()).append(md.getDriverName()).append(md.getSQLKeywords())
          .append(md.getStringFunctions()).append(md.getSystemFunctions()).append(c.getClientInfo())
          .append(c.getCatalog()).append(c.getSchema()).append(c);
      for (ResultSet rs : List.of(md.getSchemas(), md.getTables(null, null, "%", null), md.getClientInfoProperties(),
          md.getColumns(null, null, "%", "%"))) {
        seen.append(TestSupport.rows(rs));
      }
      seen.append(query(c, "SELECT * FROM custom_models"));
      seen.append(query(c, "EXPLAIN PLAN FOR SELECT * FROM custom_models WHERE model_name LIKE '%a%'"));
      try (Statement s = c.createStatement()) {
        for (String bad : List.of("SELECT nope FROM custom_models", "SELECT * FROM custom_models WHERE ?",
            "INSERT INTO custom_models (model_arn) VALUES ('x')", "SELECT CAST('x' AS INTEGER) FROM custom_models")) {
          SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(bad).next(), bad);
          seen.append(everything(e));
        }
      }
    }
    Properties sneaky = new Properties();
    sneaky.setProperty("password", "not-the-secret");
    seen.append(everything(assertThrows(RuntimeException.class, () -> Served.thin(server, sneaky))));
    assertTrue(seen.toString().contains("custom_models"), "the client did see answers");
    assertFalse(seen.toString().contains(SECRET), "the secret reached the client");
  }

  /** An exception's messages, causes and the server's stack traces Avatica sends with it. */
  static String everything(Exception e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    if (e instanceof AvaticaSqlException a) {
      w.append(String.valueOf(a.getStackTraces())).append(a.getErrorMessage()).append(a.getRemoteServer());
    }
    return w.toString();
  }

  /** The status of a raw protobuf POST, with HTTP Basic credentials {@code user:password} or none. */
  static int post(QueryServer s, String credentials, byte[] body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (credentials != null) {
      r.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
