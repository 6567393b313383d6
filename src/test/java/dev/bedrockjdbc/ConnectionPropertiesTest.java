package dev.bedrockjdbc;

import static dev.bedrockjdbc.TestSupport.ACCESS_KEY;
import static dev.bedrockjdbc.TestSupport.SECRET;
import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bedrockjdbc.driver.BedrockDriver;
import dev.bedrockjdbc.driver.BedrockProperty;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.emulator.StsResponses;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Connecting: URL and Properties forms, every property's good and bad values, and the connection defaults. */
class ConnectionPropertiesTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(11, 40).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void driverManagerFindsTheDriverThroughMetaInfServices() throws SQLException {
    Driver d = DriverManager.getDriver("jdbc:bedrock:region=us-east-1");
    assertTrue(d instanceof BedrockDriver);
    assertFalse(d.acceptsURL("jdbc:postgresql://localhost/x"));
  }

  @Test void connectsByUrlAndQueries() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      assertEquals(40, query(c, "SELECT * FROM custom_models").size());
      assertEquals("bedrock", c.getSchema());
      assertTrue(c.getAutoCommit());
    }
  }

  @Test void connectsByPropertiesWithUserAndPassword() throws SQLException {
    Properties p = new Properties();
    p.setProperty("endpoint", emulator.endpoint().toString());
    p.setProperty("region", "us-east-1");
    p.setProperty("user", ACCESS_KEY);
    p.setProperty("password", SECRET);
    p.setProperty("pageSize", "15");
    emulator.clearRequests();
    try (Connection c = DriverManager.getConnection("jdbc:bedrock:", p)) {
      assertEquals(40, query(c, "SELECT model_arn FROM custom_models").size());
    }
    List<RecordedRequest> calls = TestSupport.listCalls(emulator);
    assertEquals(3, calls.size(), "40 rows at pageSize=15 are 3 pages");
    assertEquals("15", calls.get(0).param("maxResults"));
    assertEquals(ACCESS_KEY, calls.get(0).accessKeyId(), "requests are signed with the given key");
  }

  @Test void urlValuesOverrideProperties() throws SQLException {
    Properties p = new Properties();
    p.setProperty("pageSize", "5");
    emulator.clearRequests();
    try (Connection c = DriverManager.getConnection(url(emulator, "pageSize=20"), p)) {
      query(c, "SELECT model_arn FROM custom_models");
    }
    assertEquals("20", TestSupport.listCalls(emulator).get(0).param("maxResults"));
  }

  @Test void propertyNamesAreCaseInsensitive() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:bedrock:Endpoint=" + emulator.endpoint()
        + ";REGION=us-east-1;User=" + ACCESS_KEY + ";Password=" + SECRET)) {
      assertEquals(40, query(c, "SELECT model_arn FROM custom_models").size());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pageSize=0|pageSize",
      "queryTimeout=-1|queryTimeout",
      "queryTimeout=86401|queryTimeout",
      "pageSize=1001|pageSize",
      "pageSize=ten|pageSize",
      "region=US_EAST_1|region",
      "region=mars|region",
      "endpoint=not a url|endpoint",
      "endpoint=ftp://127.0.0.1|endpoint",
      "accountId=1234|accountId",
      "roleArn=arn:aws:iam::123:user/x|roleArn",
      "roleSessionName=x|roleSessionName",
      "demo=maybe|demo",
      "stsEndpoint=nohost|stsEndpoint"})
  void badValueFailsAtConnectNamingTheKey(String setting, String key) {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection(url(emulator, setting)).close());
    assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    assertEquals("08001", e.getSQLState());
    assertEquals(0, emulator.requests().stream().filter(r -> r.params().containsValue("x")).count());
  }

  @Test void unknownKeyFailsAndListsTheValidKeys() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection(url(emulator, "regoin=us-east-1")).close());
    assertTrue(e.getMessage().contains("'regoin'"), e.getMessage());
    for (BedrockProperty p : BedrockProperty.values()) {
      assertTrue(e.getMessage().contains(p.key()), "lists " + p.key() + ": " + e.getMessage());
    }
  }

  @Test void credentialsMustBeConsistent() {
    String base = "jdbc:bedrock:region=us-east-1;endpoint=" + emulator.endpoint();
    assertThrows(SQLException.class, () -> DriverManager.getConnection(base + ";user=" + ACCESS_KEY).close());
    assertThrows(SQLException.class, () -> DriverManager.getConnection(base + ";sessionToken=tok").close());
    assertThrows(SQLException.class,
        () -> DriverManager.getConnection(base + ";profile=dev;user=" + ACCESS_KEY + ";password=x").close());
  }

  @Test void missingRegionSaysHowToSetIt(@TempDir Path dir) throws Exception {
    assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null);
    Path empty = Files.writeString(dir.resolve("config"), "");
    String old = System.setProperty("aws.configFile", empty.toString());
    try {
      SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
          "jdbc:bedrock:endpoint=" + emulator.endpoint() + ";user=" + ACCESS_KEY + ";password=" + SECRET).close());
      assertTrue(e.getMessage().contains("region=us-east-1") && e.getMessage().contains("AWS_REGION"), e.getMessage());
    } finally {
      restore("aws.configFile", old);
    }
  }

  @Test void profileGivesRegionAndCredentials(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("config"), "[profile dev]\nregion = eu-west-1\n");
    Path credentials = Files.writeString(dir.resolve("credentials"),
        "[dev]\naws_access_key_id = AKIDPROFILEKEY\naws_secret_access_key = profile-secret\n");
    String oldConfig = System.setProperty("aws.configFile", config.toString());
    String oldCredentials = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    emulator.clearRequests();
    try (Connection c = DriverManager.getConnection("jdbc:bedrock:profile=dev;endpoint=" + emulator.endpoint())) {
      assertEquals(40, query(c, "SELECT model_arn FROM custom_models").size());
    } finally {
      restore("aws.configFile", oldConfig);
      restore("aws.sharedCredentialsFile", oldCredentials);
    }
    assertEquals("AKIDPROFILEKEY", TestSupport.listCalls(emulator).get(0).accessKeyId());
  }

  @Test void roleArnAssumesTheRoleThroughSts() throws SQLException {
    String role = "arn:aws:iam::123456789012:role/bedrock-reader";
    emulator.clearRequests();
    try (Connection c = connect(emulator, "roleArn=" + role + ";externalId=ext-42;stsEndpoint=" + emulator.endpoint())) {
      assertEquals(40, query(c, "SELECT model_arn FROM custom_models").size());
    }
    RecordedRequest assume = emulator.requests().get(0);
    assertEquals("AssumeRole", assume.operation());
    assertEquals(role, assume.param("RoleArn"));
    assertEquals("ext-42", assume.param("ExternalId"));
    assertEquals("bedrock-jdbc", assume.param("RoleSessionName"));
    assertEquals(ACCESS_KEY, assume.accessKeyId(), "the base keys sign the AssumeRole call");
    assertEquals(StsResponses.keyIdFor(role), TestSupport.listCalls(emulator).get(0).accessKeyId(),
        "the role's temporary keys sign the Bedrock calls");
  }

  @Test void propertyInfoListsEveryPropertyWithoutSecrets() throws SQLException {
    DriverPropertyInfo[] info = new BedrockDriver().getPropertyInfo(url(emulator, "sessionToken=tok-123"), new Properties());
    Set<String> names = Arrays.stream(info).map(i -> i.name).collect(Collectors.toSet());
    for (BedrockProperty p : BedrockProperty.values()) {
      assertTrue(names.contains(p.key()), p.key());
    }
    for (DriverPropertyInfo i : info) {
      assertNotNull(i.description, i.name);
      if (i.name.equals("password") || i.name.equals("sessionToken")) {
        assertNull(i.value, "secret " + i.name + " is not echoed");
      }
      if (i.name.equals("region")) {
        assertEquals("us-east-1", i.value);
      }
    }
  }

  @Test void connectionDefaults() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      // Unquoted identifiers are case-insensitive; double quotes quote.
      assertEquals(40, query(c, "SELECT MODEL_NAME FROM Custom_Models").size());
      assertEquals(40, query(c, "SELECT \"model_name\" FROM \"custom_models\"").size());
      assertEquals("\"", c.getMetaData().getIdentifierQuoteString());
      // UTC: a TIMESTAMP literal reads back as that instant in UTC.
      Timestamp t = (Timestamp) query(c, "SELECT TIMESTAMP '2024-01-02 03:04:05.678' FROM custom_models LIMIT 1").get(0).get(0);
      assertEquals("2024-01-02T03:04:05.678Z", t.toInstant().toString());
      // UTF-8 literals parse (ISO-8859-1 would reject this).
      assertEquals(0, query(c, "SELECT model_name FROM custom_models WHERE model_name LIKE '%日本%'").size());
    }
  }

  private static void restore(String key, String old) {
    if (old == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, old);
    }
  }
}
