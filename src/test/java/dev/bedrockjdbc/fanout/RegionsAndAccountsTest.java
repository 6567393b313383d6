package dev.bedrockjdbc.fanout;

import static dev.bedrockjdbc.TestSupport.awaitTrue;
import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.cli.Main;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Catalogue;
import dev.bedrockjdbc.emulator.Faults;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.emulator.TenantFailure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * One connection over two accounts (roleArns) in three regions, against an emulator that serves each account in
 * each region its own data and tells them apart as the service does (SigV4 scope, the assumed role's keys): the
 * rows are the oracle's union with account_id and region, region and account predicates call only what they name,
 * a sorted limit asks each region for the limit and merges, and a failing region fails the query or, with
 * onRegionError=warn, becomes a warning — never a short result without one.
 */
class RegionsAndAccountsTest {
  static final String A = "111122223333";
  static final String B = "444455556666";
  static final List<String> ACCOUNTS = List.of(A, B);
  static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1");
  static final Set<String> STS = Set.of("AssumeRole", "GetCallerIdentity");
  static BedrockEmulator emulator;
  static Connection h2;
  static List<CatalogueOracle.Place> places = new ArrayList<>();

  @BeforeAll static void start() throws Exception {
    BedrockEmulator.Builder b = BedrockEmulator.builder();
    long seed = 500;
    for (String account : ACCOUNTS) {
      for (String region : REGIONS) {
        b.tenant(account, region, Catalogue.generate(++seed, 20 + (int) (seed % 4) * 10, region, account));
        places.add(new CatalogueOracle.Place(account, region));
      }
    }
    ObjectNode logging = JsonNodeFactory.instance.objectNode();
    logging.putObject("s3Config").put("bucketName", "logs-a").put("keyPrefix", "bedrock/");
    logging.put("textDataDeliveryEnabled", true);
    b.loggingConfig(A, "us-east-1", logging);
    emulator = b.start();
    h2 = CatalogueOracle.load("regions-and-accounts", emulator, CatalogueOracle.tables(), places);
  }

  @AfterAll static void stop() throws SQLException {
    h2.close();
    emulator.close();
  }

  @BeforeEach void clean() {
    emulator.clearTenantFailures();
    emulator.faults(Faults.NONE);
  }

  @AfterEach void cleanAfter() {
    clean();
  }

  /** Both accounts in the three regions; retries short, so a failing region fails fast. */
  static String fleet(String more) {
    String roles = ACCOUNTS.stream().map(a -> "arn:aws:iam::" + a + ":role/reader").collect(Collectors.joining(","));
    return url(emulator, "regions=" + String.join(",", REGIONS) + ";roleArns=" + roles + ";stsEndpoint="
        + emulator.endpoint() + ";maxAttempts=2;retryMaxDelay=20" + (more.isEmpty() ? "" : ";" + more));
  }

  static Connection connect(String more) throws SQLException {
    return DriverManager.getConnection(fleet(more));
  }

  /** The Bedrock calls served (STS's aside). */
  static List<RecordedRequest> calls() {
    return emulator.requests().stream().filter(r -> !STS.contains(r.operation())).toList();
  }

  /** Where the Bedrock calls went, as account/region. */
  static Set<String> calledPlaces() {
    return calls().stream().map(r -> r.account() + "/" + r.region()).collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> placesOf(List<String> accounts, List<String> regions) {
    Set<String> out = new TreeSet<>();
    accounts.forEach(a -> regions.forEach(r -> out.add(a + "/" + r)));
    return out;
  }

  /** The driver's rows equal H2's over the same places (in order when the query orders them totally). */
  static List<List<Object>> assertSameRows(Connection c, String sql, boolean ordered) throws SQLException {
    List<List<Object>> got = OracleDb.run(c, sql, 0);
    List<List<Object>> expected = OracleDb.run(h2, sql, 0);
    assertEquals(ordered ? expected : OracleDb.sorted(expected), ordered ? got : OracleDb.sorted(got), sql);
    return got;
  }

  @Test void everyRegionOfEveryAccountIsReadOnceWithItsOwnRows() throws SQLException {
    try (Connection c = connect("")) {
      emulator.clearRequests();
      List<List<Object>> rows = assertSameRows(c, "SELECT * FROM custom_models", false);
      assertEquals(places.stream().mapToInt(p -> emulator.catalogue(p.account(), p.region()).models().size()).sum(),
          rows.size());
      assertEquals(6, calls().size(), "one ListCustomModels per account and region: " + calls());
      assertEquals(placesOf(ACCOUNTS, REGIONS), calledPlaces());
      assertSameRows(c, "SELECT account_id, region, COUNT(*), SUM(CASE WHEN is_owned THEN 1 ELSE 0 END) "
          + "FROM custom_models GROUP BY account_id, region ORDER BY account_id, region", true);
    }
  }

  @Test void regionAndAccountPredicatesCallOnlyWhatTheyName() throws SQLException {
    try (Connection c = connect("")) {
      emulator.clearRequests();
      assertSameRows(c, "SELECT model_name, account_id FROM custom_models WHERE region = 'us-west-2'", false);
      assertEquals(placesOf(ACCOUNTS, List.of("us-west-2")), calledPlaces());

      emulator.clearRequests();
      assertSameRows(c, "SELECT model_name, region FROM custom_models WHERE region IN ('us-east-1', 'eu-west-1') "
          + "AND account_id = '" + B + "'", false);
      assertEquals(placesOf(List.of(B), List.of("us-east-1", "eu-west-1")), calledPlaces());

      emulator.clearRequests();
      assertSameRows(c, "SELECT job_name FROM model_customization_jobs WHERE account_id = '" + A + "'", false);
      assertEquals(placesOf(List.of(A), REGIONS), calledPlaces());

      // A region the connection does not read: SQL's answer is no row, and no call is needed to know it.
      emulator.clearRequests();
      assertTrue(OracleDb.run(c, "SELECT * FROM custom_models WHERE region = 'ap-south-1'", 0).isEmpty());
      assertTrue(OracleDb.run(c, "SELECT * FROM guardrails WHERE account_id = '999999999999'", 0).isEmpty());
      assertEquals(List.of(), calls());

      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT model_name FROM custom_models "
          + "WHERE region IN ('us-west-2', 'eu-west-1') AND account_id = '" + A + "'").get(0).get(0).toString();
      assertTrue(plan.contains("targets=[[" + A + "/us-west-2, " + A + "/eu-west-1]]"), plan);
      plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM custom_models").get(0).get(0).toString();
      assertTrue(plan.contains("targets=[[" + A + "/us-east-1, " + A + "/us-west-2, " + A + "/eu-west-1, " + B
          + "/us-east-1, " + B + "/us-west-2, " + B + "/eu-west-1]]"), plan);
      plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM custom_models WHERE region = 'ap-south-1'")
          .get(0).get(0).toString();
      assertTrue(plan.contains("targets=[none"), plan);
    }
  }

  @Test void aBoundRegionParameterPrunesAtExecution() throws SQLException {
    try (Connection c = connect("");
         PreparedStatement ps = c.prepareStatement("SELECT model_name FROM custom_models WHERE region = ?")) {
      for (String region : REGIONS) {
        emulator.clearRequests();
        ps.setString(1, region);
        List<List<Object>> rows = OracleDb.run(ps, 0);
        assertEquals(OracleDb.sorted(OracleDb.run(h2, "SELECT model_name FROM custom_models WHERE region = '"
            + region + "'", 0)), OracleDb.sorted(rows));
        assertEquals(placesOf(ACCOUNTS, List.of(region)), calledPlaces());
      }
    }
  }

  @Test void theNewestAcrossRegionsAsksEachForTheLimitAndMerges() throws SQLException {
    try (Connection c = connect("")) {
      emulator.clearRequests();
      assertSameRows(c, "SELECT account_id, region, creation_time FROM custom_models "
          + "ORDER BY creation_time DESC LIMIT 5", true);
      assertEquals(6, calls().size(), calls().toString());
      for (RecordedRequest r : calls()) {
        assertEquals("5", r.param("maxResults"), r.toString());
        assertEquals("Descending", r.param("sortOrder"), r.toString());
        assertEquals("CreationTime", r.param("sortBy"), r.toString());
      }
      assertEquals(placesOf(ACCOUNTS, REGIONS), calledPlaces());
      emulator.clearRequests();
      // Ties in creation time may come in either order: the times (and regions) are what is compared.
      assertSameRows(c, "SELECT creation_time, region FROM custom_models WHERE region <> 'us-east-1' "
          + "ORDER BY creation_time LIMIT 3 OFFSET 2", true);
    }
  }

  @Test void joinsAcrossRegionsGetEachKeyInItsOwnRegion() throws SQLException {
    try (Connection c = connect("")) {
      emulator.clearRequests();
      assertSameRows(c, "SELECT m.model_name, m.region, d.job_name FROM custom_models m "
          + "JOIN custom_model_details d ON d.model_arn = m.model_arn AND d.account_id = m.account_id "
          + "WHERE m.model_status = 'Failed'", false);
      for (RecordedRequest r : calls()) {
        if (r.operation().equals("GetCustomModel")) {
          assertTrue(r.param("modelIdentifier").startsWith("arn:aws:bedrock:" + r.region() + ":"),
              "a model's Get goes to its own region: " + r);
        }
      }
      // The details side named by its key from a subquery, and by its account: a lookup join and its commuted twin
      // were taken for one rel where their columns' types coincide (generated queries found it).
      assertSameRows(c, "SELECT provisioned_model_arn FROM provisioned_model_throughput_details "
          + "WHERE account_id = '" + A + "' AND provisioned_model_arn IN (SELECT provisioned_model_arn "
          + "FROM provisioned_model_throughputs)", false);
      assertSameRows(c, "SELECT model_arn FROM custom_model_details WHERE account_id LIKE '%2223333' "
          + "AND model_arn IN (SELECT model_arn FROM custom_models WHERE model_name LIKE '%a%')", false);
      assertSameRows(c, "SELECT j.job_name, j.region, m.model_name FROM model_customization_jobs j "
          + "LEFT JOIN custom_models m ON m.model_arn = j.custom_model_arn AND m.account_id = j.account_id", false);
      assertSameRows(c, "SELECT f.region, COUNT(*) FROM custom_models m JOIN foundation_models f "
          + "ON f.model_arn = m.foundation_model_arn AND f.region = m.region AND f.account_id = m.account_id "
          + "GROUP BY f.region", false);
    }
  }

  @Test void invocationLoggingIsOneRowPerAccountAndRegion() throws SQLException {
    try (Connection c = connect("")) {
      emulator.clearRequests();
      List<List<Object>> rows = assertSameRows(c, "SELECT account_id, region, logging_enabled, s3_bucket_name, "
          + "text_data_delivery_enabled FROM model_invocation_logging ORDER BY account_id, region", true);
      assertEquals(6, rows.size());
      assertEquals(6, calls().size());
      assertEquals(List.of(List.of(A, "us-east-1")), TestSupport.query(c,
          "SELECT account_id, region FROM model_invocation_logging WHERE logging_enabled"));
    }
  }

  @Test void everyRegionOfThePartitionWithTheStar() throws SQLException {
    List<String> expected = ServiceMetadata.of("bedrock").regions().stream()
        .filter(r -> r.metadata() != null && r.metadata().partition().id().equals("aws"))
        .map(Region::id).sorted().toList();
    assertTrue(expected.size() > 10 && expected.contains("us-west-2"), expected.toString());
    try (Connection c = DriverManager.getConnection(url(emulator, "regions=*;region=us-east-1"))) {
      emulator.clearRequests();
      assertEquals(expected, TestSupport.column(c.createStatement().executeQuery(
          "SELECT region FROM regions WHERE status = 'ok' ORDER BY region"), "region"));
      assertEquals(expected.size(), calls().size(), "one probe per region");
    }
  }

  /** The SQLState each failure of a region is reported with. */
  static String state(TenantFailure f) {
    return switch (f) {
      case NOT_ENABLED, UNRECOGNIZED_CLIENT, ACCESS_DENIED -> "28000";
      case THROTTLED -> "53400";
      case NO_ENDPOINT -> "08P01";
    };
  }

  @ParameterizedTest @EnumSource(TenantFailure.class)
  void aFailingRegionFailsTheQueryNamingTheRegionAndAccount(TenantFailure failure) throws SQLException {
    emulator.failTenant(B, "eu-west-1", failure);
    try (Connection c = connect("")) {
      for (String sql : List.of("SELECT * FROM custom_models", "SELECT COUNT(*) FROM guardrails",
          "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 3")) {
        SQLException e = assertThrows(SQLException.class, () -> OracleDb.run(c, sql, 0), sql);
        assertTrue(e.getMessage().contains("eu-west-1") && e.getMessage().contains(B), e.getMessage());
        assertEquals(state(failure), e.getSQLState(), e.getMessage());
      }
      // Other regions are unaffected, and the failing one is simply not asked when the query names others.
      assertSameRows(c, "SELECT model_name FROM custom_models WHERE region = 'us-west-2'", false);
      assertSameRows(c, "SELECT model_name FROM custom_models WHERE account_id = '" + A + "'", false);
      assertRegionsTableShows(c, failure);
    }
  }

  @ParameterizedTest @EnumSource(TenantFailure.class)
  void withWarnTheOtherRegionsRowsComeWithOneWarning(TenantFailure failure) throws SQLException {
    emulator.failTenant(B, "eu-west-1", failure);
    String others = "NOT (account_id = '" + B + "' AND region = 'eu-west-1')";
    try (Connection c = connect("onRegionError=warn"); Statement s = c.createStatement()) {
      for (String sql : List.of("SELECT model_arn, region FROM custom_models",
          "SELECT name, version, account_id FROM guardrails")) {
        List<List<Object>> rows = new ArrayList<>();
        SQLWarning warnings;
        try (ResultSet rs = s.executeQuery(sql)) {
          rows.addAll(TestSupport.rows(rs));
          warnings = rs.getWarnings();
        }
        String where = sql.contains("FROM custom_models") ? "custom_models" : "guardrails";
        assertEquals(OracleDb.sorted(OracleDb.run(h2, sql.replace("FROM " + where, "FROM " + where + " WHERE " + others),
            0)), OracleDb.sorted(rows), sql);
        assertTrue(warnings != null && warnings.getMessage().contains("eu-west-1")
            && warnings.getMessage().contains(B) && warnings.getMessage().contains("missing"), String.valueOf(warnings));
        assertNull(warnings.getNextWarning(), "one warning per failed region");
        assertEquals(state(failure), warnings.getSQLState());
        SQLWarning onStatement = s.getWarnings();
        assertTrue(onStatement != null && onStatement.getMessage().equals(warnings.getMessage()),
            "the statement reports it too: " + onStatement);
      }
      assertRegionsTableShows(c, failure);
    }
  }

  /** The regions table answers whatever the policy: the failing place failed, with why; every other one ok. */
  static void assertRegionsTableShows(Connection c, TenantFailure failure) throws SQLException {
    List<List<Object>> rows = TestSupport.query(c, "SELECT account_id, region, status, message FROM regions "
        + "ORDER BY account_id, region");
    assertEquals(6, rows.size());
    for (List<Object> r : rows) {
      boolean failing = r.get(0).equals(B) && r.get(1).equals("eu-west-1");
      assertEquals(failing ? "failed" : "ok", r.get(2), r + " under " + failure);
      assertEquals(failing, r.get(3) != null, r.toString());
    }
  }

  @Test void theCliPrintsTheWarningOfAFailedRegion() throws Exception {
    emulator.failTenant(A, "us-west-2", TenantFailure.ACCESS_DENIED);
    String out = TestSupport.console(() -> assertEquals(0, Main.run("-u", fleet("onRegionError=warn"),
        "-e", "SELECT COUNT(*) AS n FROM custom_models")));
    assertTrue(out.contains("us-west-2") && out.contains(A) && out.contains("missing"), out);
  }

  /**
   * A cancel (and a timeout) of a query fanned out over six places, two calls in flight at a time, sends nothing
   * after it: the calls queued behind the two never start.
   */
  @Test void cancelAndTimeoutStopEveryRegionsCalls() throws Exception {
    emulator.faults(Faults.NONE.withLatency(1500));
    try (Connection c = connect("fanOutConcurrency=2"); Statement s = c.createStatement()) {
      TestSupport.query(c, "SELECT COUNT(*) FROM foundation_models WHERE region = 'us-east-1'"); // roles assumed
      emulator.clearRequests();
      CompletableFuture<Object> query = CompletableFuture.supplyAsync(() -> {
        try {
          return TestSupport.rows(s.executeQuery("SELECT * FROM custom_models"));
        } catch (SQLException e) {
          return e;
        }
      });
      awaitTrue(() -> emulator.inFlight() == 2, "two calls in flight");
      s.cancel();
      Object result = query.get();
      assertTrue(result instanceof SQLException e && "57014".equals(e.getSQLState()), String.valueOf(result));
      awaitTrue(() -> emulator.inFlight() == 0, "the two calls answered");
      assertEquals(2, calls().size(), "nothing was sent after the cancel: " + calls());

      emulator.clearRequests();
      s.setQueryTimeout(1);
      SQLException timeout = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM model_import_jobs"));
      assertEquals("HYT00", timeout.getSQLState(), timeout.getMessage());
      awaitTrue(() -> emulator.inFlight() == 0, "the calls under way answered");
      assertEquals(2, calls().size(), "nothing was sent after the timeout: " + calls());
    }
  }

  @Test void metadataShowsTheColumnsAndTheNewTables() throws SQLException {
    try (Connection c = connect("")) {
      DatabaseMetaData md = c.getMetaData();
      for (String table : Tables.names()) {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, "bedrock", table, "%")) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("IS_NULLABLE"));
          }
        }
        assertEquals(List.of("account_id NO", "region NO"), columns.subList(columns.size() - 2, columns.size()),
            table);
      }
      assertEquals(List.of("account_id", "region"),
          TestSupport.column(md.getPrimaryKeys(null, "bedrock", "model_invocation_logging"), "COLUMN_NAME"));
      assertEquals(List.of("account_id", "region"),
          TestSupport.column(md.getPrimaryKeys(null, "bedrock", "regions"), "COLUMN_NAME"));
    }
  }

  @Test void badSettingsFailAtConnectSayingWhatToWrite() {
    for (String bad : List.of("regions=US-EAST-1", "regions=us-east-1,,x", "onRegionError=ignore",
        "fanOutConcurrency=0", "fanOutConcurrency=65", "roleArns=arn:aws:iam::1:role/x",
        "roleArn=arn:aws:iam::111122223333:role/a;roleArns=arn:aws:iam::111122223333:role/b")) {
      SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url(emulator, bad)), bad);
      assertEquals("08001", e.getSQLState(), bad);
      String key = bad.contains("roleArn=") ? "roleArns" : bad.substring(0, bad.indexOf('='));
      assertTrue(e.getMessage().contains(key), e.getMessage());
    }
  }

  @Test void aConnectionOfOneRegionHasTheColumnsAndNoTargetsInItsPlans() throws SQLException {
    try (Connection c = DriverManager.getConnection(url(emulator, ""))) {
      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM custom_models").get(0).get(0).toString();
      assertFalse(plan.contains("targets="), plan);
      emulator.clearRequests();
      List<List<Object>> rows = TestSupport.query(c, "SELECT account_id, region FROM model_invocation_logging");
      assertEquals(List.of(List.of(emulator.callerAccount(), "us-east-1")), rows);
    }
  }
}
