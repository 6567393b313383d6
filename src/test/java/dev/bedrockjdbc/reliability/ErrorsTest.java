package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;

/** Every failure reaches the caller as the fitting SQLException, with a message that says what to do. */
class ErrorsTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(31, 120).start();
  }

  @AfterEach void noFaults() {
    emulator.faults(Faults.NONE);
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static SQLException failing(String more, String sql) {
    return assertThrows(SQLException.class, () -> {
      try (Connection c = connect(emulator, more)) {
        query(c, sql);
      }
    });
  }

  @Test void accessDeniedNamesTheIamActionAndRequestId() {
    emulator.faults(Faults.NONE.withDenyAll());
    SQLException e = failing("", "SELECT model_name FROM custom_models");
    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, e);
    assertEquals("28000", e.getSQLState());
    assertTrue(e.getMessage().contains("bedrock:ListCustomModels") && e.getMessage().contains("AWS request id"),
        e.getMessage());
  }

  /** Each table needs its own actions: the message names the refused one, not custom_models'. */
  @Test void accessDeniedNamesTheActionOfTheTableAsked() {
    emulator.faults(Faults.NONE.withDenyAll());
    for (String[] q : new String[][] {{"SELECT name FROM guardrails WHERE version = 'DRAFT'", "bedrock:ListGuardrails"},
        {"SELECT * FROM custom_model_details WHERE model_arn = '" + emulator.models().get(0).modelArn() + "'",
            "bedrock:GetCustomModel"}}) {
      SQLException e = failing("", q[0]);
      assertInstanceOf(SQLInvalidAuthorizationSpecException.class, e);
      assertEquals("28000", e.getSQLState());
      assertTrue(e.getMessage().contains("needs the IAM permission " + q[1] + " ")
          && !e.getMessage().contains("ListCustomModels"), e.getMessage());
    }
  }

  /** STS refusing the role is a credentials failure, told apart by type: not Bedrock's missing permission. */
  @Test void aRoleThatCannotBeAssumedIsACredentialsFailure() {
    emulator.faults(Faults.NONE.withDenyAll());
    SQLException e = failing("roleArn=arn:aws:iam::123456789012:role/reader;stsEndpoint=" + emulator.endpoint(),
        "SELECT model_name FROM custom_models");
    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, e);
    assertEquals("28000", e.getSQLState());
    assertTrue(e.getMessage().startsWith("No usable AWS credentials") && !e.getMessage().contains("ListCustomModels"),
        e.getMessage());
  }

  @Test void expiredCredentialsSayHowToRefresh() {
    emulator.faults(Faults.NONE.withExpiredToken());
    SQLException e = failing("", "SELECT model_name FROM custom_models");
    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, e);
    assertTrue(e.getMessage().contains("aws sso login"), e.getMessage());
  }

  @Test void missingCredentialsSayWhatToSet(@TempDir Path dir) throws Exception {
    assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
        && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null);
    Path empty = Files.writeString(dir.resolve("empty"), "");
    String config = System.setProperty("aws.configFile", empty.toString());
    String creds = System.setProperty("aws.sharedCredentialsFile", empty.toString());
    try {
      SQLException e = assertThrows(SQLException.class, () -> {
        try (Connection c = DriverManager.getConnection("jdbc:bedrock:region=us-east-1;endpoint=" + emulator.endpoint())) {
          query(c, "SELECT model_name FROM custom_models");
        }
      });
      assertInstanceOf(SQLInvalidAuthorizationSpecException.class, e);
      assertTrue(e.getMessage().contains("user/password") && e.getMessage().contains("profile"), e.getMessage());
    } finally {
      restore("aws.configFile", config);
      restore("aws.sharedCredentialsFile", creds);
    }
  }

  @Test void expiredSsoProfileSaysToLogIn(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("config"), "[profile sso-dev]\nsso_session = corp\n"
        + "sso_account_id = 123456789012\nsso_role_name = Reader\nregion = us-east-1\n"
        + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n");
    String old = System.setProperty("aws.configFile", config.toString());
    String home = System.setProperty("user.home", dir.toString()); // no cached SSO token there
    try {
      SQLException e = assertThrows(SQLException.class, () -> {
        try (Connection c = DriverManager.getConnection("jdbc:bedrock:profile=sso-dev;endpoint=" + emulator.endpoint())) {
          query(c, "SELECT model_name FROM custom_models");
        }
      });
      assertEquals("28000", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("aws sso login"), e.getMessage());
    } finally {
      restore("aws.configFile", old);
      restore("user.home", home);
    }
  }

  @Test void throttlingAfterRetriesIsTransient() {
    emulator.faults(Faults.NONE.withRates(1.0, 0, 1));
    SQLException e = failing("maxAttempts=2;retryMaxDelay=5;retryMode=standard", "SELECT model_name FROM custom_models");
    assertInstanceOf(SQLTransientException.class, e);
    assertEquals("53400", e.getSQLState());
    assertTrue(e.getMessage().contains("ThrottlingException") && e.getMessage().contains("maxAttempts"), e.getMessage());
  }

  @Test void serverErrorsAfterRetriesAreTransient() {
    emulator.faults(Faults.NONE.withRates(0, 1.0, 1));
    SQLException e = failing("maxAttempts=3;retryMaxDelay=5", "SELECT model_name FROM custom_models");
    assertInstanceOf(SQLTransientException.class, e);
    assertEquals("58000", e.getSQLState());
    long attempts = emulator.requests().stream().filter(r -> r.status() == 500).count();
    assertTrue(attempts >= 3, "retried: " + attempts);
  }

  @Test void unreachableEndpointIsAConnectionError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    SQLException e = assertThrows(SQLException.class, () -> {
      try (Connection c = DriverManager.getConnection("jdbc:bedrock:region=us-east-1;user=AKID;password=x;maxAttempts=1;"
          + "endpoint=http://127.0.0.1:" + port)) {
        query(c, "SELECT model_name FROM custom_models");
      }
    });
    assertInstanceOf(SQLNonTransientConnectionException.class, e);
    assertTrue(e.getSQLState().startsWith("08"), e.getSQLState());
  }

  @Test void apiCallTimeoutIsATimeout() {
    emulator.faults(Faults.NONE.withLatency(800));
    SQLException e = failing("apiCallTimeout=200;maxAttempts=1", "SELECT model_name FROM custom_models");
    assertInstanceOf(SQLTimeoutException.class, e);
    assertEquals("HYT00", e.getSQLState());
  }

  @Test void syntaxAndNamesAreSyntaxErrorsWithPositions() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      SQLException parse = assertThrows(SQLException.class, () -> query(c, "SELEC model_name FROM custom_models"));
      assertInstanceOf(SQLSyntaxErrorException.class, parse);
      assertEquals("42000", parse.getSQLState());
      assertTrue(parse.getMessage().contains("line 1, column 1"), parse.getMessage());
      SQLException column = assertThrows(SQLException.class, () -> query(c, "SELECT nope FROM custom_models"));
      assertInstanceOf(SQLSyntaxErrorException.class, column);
      assertEquals("42S22", column.getSQLState());
      assertTrue(column.getMessage().contains("line 1, column 8"), column.getMessage());
      SQLException table = assertThrows(SQLException.class, () -> query(c, "SELECT * FROM models"));
      assertEquals("42S02", table.getSQLState());
      assertTrue(table.getMessage().contains("custom_models"), table.getMessage());
      // Each of Calcite's unknown-name messages: plain, within a table or schema, with a suggestion (which
      // case-sensitive names give).
      try (Connection exact = connect(emulator, "caseSensitive=true")) {
        for (String sql : new String[] {"SELECT t.nope FROM custom_models t", "SELECT \"MODEL_NAME\" FROM custom_models",
            "SELECT t.\"MODEL_NAME\" FROM custom_models t"}) {
          assertEquals("42S22", assertThrows(SQLException.class, () -> query(exact, sql)).getSQLState(), sql);
        }
        for (String sql : new String[] {"SELECT * FROM bedrock.models", "SELECT * FROM nosuch.custom_models",
            "SELECT * FROM \"CUSTOM_MODELS\"", "SELECT * FROM bedrock.\"CUSTOM_MODELS\""}) {
          assertEquals("42S02", assertThrows(SQLException.class, () -> query(exact, sql)).getSQLState(), sql);
        }
      }
      assertEquals(0, emulator.requests().size(), "statements that do not compile cost no API call");
      assertEquals(120, query(c, "SELECT model_name FROM custom_models").size(), "the connection still works");
    }
  }

  @Test void unsupportedOperationsAreFeatureNotSupported() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      SQLException e = assertThrows(SQLException.class, () -> c.prepareCall("{call x()}"));
      assertInstanceOf(SQLFeatureNotSupportedException.class, e);
      assertEquals("0A000", e.getSQLState());
    }
  }

  @Test void runtimeErrorsInRowsAreSqlExceptions() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      SQLException e = assertThrows(SQLException.class,
          () -> query(c, "SELECT CAST(model_name AS INTEGER) FROM custom_models"));
      assertEquals("22023", e.getSQLState(), e.toString());
      SQLException div = assertThrows(SQLException.class,
          () -> query(c, "SELECT 1 / (CHAR_LENGTH(model_name) - CHAR_LENGTH(model_name)) FROM custom_models"));
      assertEquals("22023", div.getSQLState(), div.toString());
    }
  }

  static void restore(String key, String old) {
    if (old == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, old);
    }
  }
}
