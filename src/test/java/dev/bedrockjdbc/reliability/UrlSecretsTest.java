package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.cli.Main;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * A URL typed wrong must not print the secrets typed into it: thousands of mutated URLs (quotes, doubled
 * quotes, missing '=' or ';', bad and unknown keys) through DriverManager, Driver.getPropertyInfo and the
 * command line; no secret appears in any message, cause or stack trace.
 */
class UrlSecretsTest {
  static final String KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzEXAMPLEKEY";
  static final String TOKEN = "IQoJb3JpZ2luX2VjEFUZZ/session+token/0123456789abcdef==";
  /** A secret that must be quoted in a URL: as written, its quote is doubled. */
  static final String QUOTED_KEY = "q;u'ote+secretKEY/0123456789abcdefXYZ";
  static final String MUTATION_CHARS = "'\";= ";
  static final List<String> EXTRA = List.of("model=/etc/passwd", "bogus=1", "factory=x", "passwrd=x", "lex=JAVA",
      "schemaFactory=x", "regoin=us-east-1", "pageSize=0", "endpoint=http://127.0.0.1:99999");
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(71, 5).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  List<String> seeds() {
    String e = "endpoint=" + emulator.endpoint() + ";maxAttempts=1";
    return List.of(
        "region=us-east-1;user=AKIDFUZZ;password=" + KEY + ";sessionToken=" + TOKEN + ";" + e,
        "region=us-east-1;user=AKIDFUZZ;password='" + KEY + "';sessionToken='" + TOKEN + "';" + e,
        "region=us-east-1;user=AKIDFUZZ;password='" + QUOTED_KEY.replace("'", "''") + "';" + e,
        "password=\"" + KEY + "\";user=AKIDFUZZ;region=us-east-1;" + e + ";sessionToken=" + TOKEN,
        e + ";region=us-east-1;profile=dev;sessionToken=" + TOKEN,
        "region=us-east-1;" + e + ";user=AKIDFUZZ;password=" + KEY);
  }

  static String mutate(Random r, String s) {
    StringBuilder sb = new StringBuilder(s);
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(8)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, MUTATION_CHARS.charAt(r.nextInt(MUTATION_CHARS.length())));
        case 2 -> removeOne(r, sb, '=');
        case 3 -> removeOne(r, sb, ';');
        case 4 -> removeOne(r, sb, '\'');
        case 5 -> sb.insert(at, "''");
        case 6 -> sb.append(';').append(EXTRA.get(r.nextInt(EXTRA.size())));
        default -> sb.insert(0, EXTRA.get(r.nextInt(EXTRA.size())) + ";");
      }
    }
    return sb.toString();
  }

  static void removeOne(Random r, StringBuilder sb, char c) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) == c) {
        at.add(i);
      }
    }
    if (!at.isEmpty()) {
      sb.deleteCharAt(at.get(r.nextInt(at.size())));
    }
  }

  @Test void noSecretInAnyOutcomeOfMutatedUrls() throws SQLException {
    Random r = new Random(1717);
    Driver driver = DriverManager.getDriver("jdbc:bedrock:");
    List<String> seeds = seeds();
    int refused = 0;
    int opened = 0;
    for (int n = 0; n < 3_000; n++) {
      String url = "jdbc:bedrock:" + mutate(r, seeds.get(n % seeds.size()));
      List<String> seen = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(url)) {
        seen.add(c.getMetaData().getURL());
        seen.add(c.toString());
        opened++;
      } catch (SQLException e) {
        assertEquals("08001", e.getSQLState(), url + ": " + e.getMessage());
        assertTrue(e.getMessage() != null && e.getMessage().length() > 20, url);
        seen.add(SecretsTest.describe(e));
        refused++;
      }
      try {
        for (DriverPropertyInfo info : driver.getPropertyInfo(url, new Properties())) {
          seen.add(info.name + "=" + info.value);
        }
      } catch (SQLException e) {
        assertEquals("08001", e.getSQLState(), url);
        seen.add(SecretsTest.describe(e));
      }
      assertNoSecret(url, seen);
    }
    assertTrue(refused > 1_000 && opened > 100, refused + " refused, " + opened + " opened");
  }

  @Test void theCommandLinePrintsNoSecret() throws Exception {
    Random r = new Random(4242);
    List<String> seeds = seeds();
    for (int n = 0; n < 30; n++) {
      String url = "jdbc:bedrock:" + mutate(r, seeds.get(n % seeds.size()));
      assertNoSecret(url, List.of(cli("-u", url, "-e", "SELECT 1")));
    }
    String unterminated = "jdbc:bedrock:region=us-east-1;user=A;password=" + KEY + ";sessionToken=" + TOKEN
        + ";endpoint='http://127.0.0.1:4566";
    String out = cli("-u", unterminated, "-e", "SELECT 1");
    assertTrue(out.contains("state=08001") && out.contains("no closing single quote"), out);
    assertNoSecret(unterminated, List.of(out, cli("-P", "password" + KEY, "-e", "SELECT 1"),
        cli("--" + KEY, "-e", "SELECT 1")));
  }

  /** The quoting mistakes of the issue, one by one: SQLState 08001, a message that says what is wrong. */
  @Test void quotingMistakesAre08001WithoutTheUrl() {
    String base = "jdbc:bedrock:region=us-east-1;user=AKIDFUZZ;password=" + KEY + ";sessionToken=" + TOKEN;
    SQLException unterminated = assertThrows(SQLException.class,
        () -> DriverManager.getConnection(base + ";endpoint='http://127.0.0.1:4566"));
    assertEquals("08001", unterminated.getSQLState());
    assertTrue(unterminated.getMessage().contains("quoted value of 'endpoint'"), unterminated.getMessage());
    SQLException tooSoon = assertThrows(SQLException.class, () -> DriverManager.getConnection(
        "jdbc:bedrock:region=us-east-1;user=AKIDFUZZ;password='x'y;sessionToken=" + TOKEN));
    assertEquals("08001", tooSoon.getSQLState());
    assertTrue(tooSoon.getMessage().contains("'password'"), tooSoon.getMessage());
    SQLException info = assertThrows(SQLException.class, () -> DriverManager.getDriver("jdbc:bedrock:")
        .getPropertyInfo(base + ";endpoint='http://x", new Properties()));
    assertEquals("08001", info.getSQLState());
    assertNoSecret(base, List.of(SecretsTest.describe(unterminated), SecretsTest.describe(tooSoon),
        SecretsTest.describe(info)));
  }

  /** getURL() and toString() mask the parsed secret, however it was quoted. */
  @Test void doubledQuotesAreMaskedWhole() throws SQLException {
    String e = ";endpoint=" + emulator.endpoint() + ";region=us-east-1;user=AKIDFUZZ";
    for (String password : List.of("'ab''secret'", "\"ab\"\"secret\"", "'" + QUOTED_KEY.replace("'", "''") + "'")) {
      try (Connection c = DriverManager.getConnection("jdbc:bedrock:password=" + password + e)) {
        assertEquals("jdbc:bedrock:password=****" + e, c.getMetaData().getURL());
        assertEquals("BedrockConnection{jdbc:bedrock:password=****" + e + "}", c.toString());
      }
    }
  }

  /** What the command line printed, stdout and stderr. */
  static String cli(String... args) throws Exception {
    return TestSupport.console(() -> Main.run(args));
  }

  /** Neither secret, as parsed or as written, nor any 16 characters of one. */
  static void assertNoSecret(String url, List<String> seen) {
    for (String secret : List.of(KEY, TOKEN, QUOTED_KEY, QUOTED_KEY.replace("'", "''"))) {
      for (int i = 0; i + 16 <= secret.length(); i++) {
        String part = secret.substring(i, i + 16);
        for (String s : seen) {
          assertFalse(s.contains(part), "secret part " + part + " from " + url + " in: " + s);
        }
      }
    }
  }
}
