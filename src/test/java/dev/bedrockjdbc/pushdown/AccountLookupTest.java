package dev.bedrockjdbc.pushdown;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.ModelGenerator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

/** When the caller's account is looked up for is_owned (ListCustomModels isOwned=true, maxResults=1). */
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
         Connection c = connect(emulator, "")) {
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
}
