package dev.bedrockjdbc.pushdown;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.ModelGenerator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import dev.bedrockjdbc.TestSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * When the caller's account is looked up for is_owned (ListCustomModels isOwned=true, maxResults=1): only for a
 * query that reads the column's value, and once per credentials identity in the JVM. Each test that counts
 * lookups signs with an access key id of its own, a caller no earlier test has made known.
 */
class AccountLookupTest {
  static long lookups(BedrockEmulator emulator) {
    return emulator.requests().stream().filter(AccountLookupTest::isLookup).count();
  }

  static boolean isLookup(RecordedRequest r) {
    return "true".equals(r.param("isOwned")) && "1".equals(r.param("maxResults"));
  }

  @Test void pushedIsOwnedNeedsNoLookup() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(5, 300).start();
         Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      List<List<Object>> rows = query(c, "SELECT model_name, is_owned FROM custom_models WHERE is_owned");
      assertEquals(0, lookups(emulator), "every row isOwned=true returns is owned: " + emulator.requests());
      long owned = emulator.models().stream()
          .filter(m -> ModelGenerator.CALLER_ACCOUNT.equals(m.ownerAccountId())).count();
      assertEquals(owned, rows.size());
      assertTrue(rows.stream().allMatch(r -> Boolean.TRUE.equals(r.get(1))));
    }
  }

  @Test void aCallerWhoOwnsNoModelIsLookedUpOncePerQuery() throws Exception {
    // The caller owns none of these models: the lookup finds nothing, and nothing is cached.
    List<EmulatedModel> models = ModelGenerator.generate(5, 300, "us-east-1", "999999999999");
    try (BedrockEmulator emulator = BedrockEmulator.builder().models(models).start();
         Connection c = connectAs(emulator, "AKIDOWNSNOTHING", "")) {
      emulator.clearRequests();
      List<List<Object>> rows = query(c, "SELECT model_name, is_owned FROM custom_models "
          + "WHERE model_status IN ('Active', 'Failed', 'Creating')");
      assertEquals(1, lookups(emulator), "three request streams, one lookup: " + emulator.requests());
      assertTrue(rows.stream().allMatch(r -> r.get(1) == null || Boolean.FALSE.equals(r.get(1))));
      emulator.clearRequests();
      query(c, "SELECT COUNT(*) FROM custom_models WHERE is_owned = FALSE");
      assertEquals(1, lookups(emulator), "asked again by the next query: a model may have been created since");
    }
  }

  private static Connection connectAs(BedrockEmulator emulator, String accessKeyId, String more) throws SQLException {
    return DriverManager.getConnection(TestSupport.url(emulator, accessKeyId, more));
  }

  /** A row count (Spring's, SchemaCrawler's) and a filter the request answers read no is_owned value. */
  @ParameterizedTest
  @ValueSource(strings = {"SELECT COUNT(*) FROM custom_models", "SELECT COUNT(*) AS n FROM custom_models GROUP BY ()",
      "SELECT model_status, COUNT(*) FROM custom_models GROUP BY model_status",
      "SELECT model_name FROM custom_models WHERE is_owned = TRUE"})
  void aQueryThatReadsNoIsOwnedValueNeedsNoLookup(String sql) throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(5, 300).start();
         Connection c = connectAs(emulator, "AKIDNOLOOKUP" + Math.abs(sql.hashCode()), "")) {
      emulator.clearRequests();
      assertTrue(query(c, sql).size() > 0);
      assertEquals(0, lookups(emulator), sql + ": " + emulator.requests());
    }
  }

  @Test void theAccountIsLearnedOncePerCredentialsAcrossConnections() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(5, 300).start()) {
      for (int i = 0; i < 2; i++) {
        try (Connection c = connectAs(emulator, "AKIDTWOCONNECTIONS", "")) {
          List<List<Object>> rows = query(c, "SELECT is_owned FROM custom_models");
          assertTrue(rows.contains(List.of(true)) && rows.contains(List.of(false)), "values computed: " + rows);
        }
      }
      assertEquals(1, lookups(emulator), "the second connection with the same keys asks nothing");
      try (Connection c = connectAs(emulator, "AKIDANOTHERCALLER", "")) {
        query(c, "SELECT is_owned FROM custom_models");
      }
      assertEquals(2, lookups(emulator), "other keys may be another account: learned for them");
      try (Connection c = connectAs(emulator, "AKIDCONFIGURED", "accountId=" + ModelGenerator.CALLER_ACCOUNT)) {
        query(c, "SELECT is_owned FROM custom_models");
      }
      assertEquals(2, lookups(emulator), "accountId given: no lookup");
    }
  }
}
