package dev.bedrockjdbc.differential;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.EdgeCatalogue;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.ModelGenerator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link DifferentialTest}'s generated queries over a connection of two accounts (roleArns) in three regions: each
 * account and region its own data (some regions sharing none of another's, the accounts' models shared across), the
 * rows the union the oracle computes with {@code account_id} and {@code region}, the generated predicates on those
 * columns pruning the regions and accounts called. The same checks: pushdown=false, H2, TLP and NoREC, calls no more
 * than full scans'.
 */
class FanOutDifferentialTest {
  static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
  static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1");

  @BeforeAll static void start() throws Exception {
    BedrockEmulator.Builder b = BedrockEmulator.builder();
    List<CatalogueOracle.Place> places = new ArrayList<>();
    long seed = 70;
    for (String account : ACCOUNTS) {
      for (String region : REGIONS) {
        seed++;
        // Fewer models than the single-account test: six places' worth, some places nearly empty.
        int models = (int) (seed % 3 == 0 ? 3 : 25 + seed % 20);
        b.tenant(account, region, EdgeCatalogue.of(ModelGenerator.generate(seed, models, region, account), seed,
            region, account));
        places.add(new CatalogueOracle.Place(account, region));
      }
    }
    String roles = String.join(",", ACCOUNTS.stream().map(a -> "arn:aws:iam::" + a + ":role/reader").toList());
    BedrockEmulator emulator = b.start();
    DifferentialTest.use(emulator, "regions=" + String.join(",", REGIONS) + ";roleArns=" + roles + ";stsEndpoint="
        + emulator.endpoint(), places);
  }

  @AfterAll static void stop() throws SQLException {
    DifferentialTest.stop();
  }

  @TestFactory Stream<DynamicTest> generatedQueriesOverTwoAccountsInThreeRegions() {
    return CatalogueOracle.tables().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> DifferentialTest.generated(t)));
  }
}
