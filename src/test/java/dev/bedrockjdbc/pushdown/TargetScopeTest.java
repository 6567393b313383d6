package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.aws.BedrockClientFactory;
import dev.bedrockjdbc.aws.Fleet;
import dev.bedrockjdbc.aws.Target;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.CustomModels;
import dev.bedrockjdbc.driver.ConnectionConfig;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The pure choice of the targets (accounts in regions) a query calls, over the targets a connection of two roles in
 * three regions really has (its SDK clients are built at their first call, and none is made here).
 */
class TargetScopeTest {
  static final TableSpec T = CustomModels.TABLE;
  static final int REGION = T.column(TableSpec.REGION);
  static final int ACCOUNT = T.column(TableSpec.ACCOUNT_ID);
  static final String A = "111122223333";
  static final String B = "444455556666";
  static Fleet fleet;

  @BeforeAll static void start() throws SQLException {
    Properties p = new Properties();
    p.setProperty("regions", "us-east-1,us-west-2,eu-west-1");
    p.setProperty("roleArns", "arn:aws:iam::" + A + ":role/r,arn:aws:iam::" + B + ":role/r");
    p.setProperty("user", "AKIDSCOPE");
    p.setProperty("password", "secret-scope");
    p.setProperty("endpoint", "http://127.0.0.1:9");
    p.setProperty("stsEndpoint", "http://127.0.0.1:9");
    fleet = BedrockClientFactory.start(ConnectionConfig.parse(p));
  }

  @AfterAll static void stop() {
    fleet.close();
  }

  static Condition equals(int column, Object... values) {
    return new Condition(column, T.column(column).name(), Condition.Kind.EQUALS,
        Arrays.stream(values).map(v -> (Operand) new Operand.Literal(v)).toList(), null, true);
  }

  static List<String> select(Condition... conditions) {
    return TargetScope.select(T, fleet.targets(), List.of(conditions), Target::knownAccount).stream()
        .map(Target::toString).toList();
  }

  @Test void theFleetIsEveryAccountInEveryRegionInTheUrlsOrder() {
    assertEquals(List.of(A + "/us-east-1", A + "/us-west-2", A + "/eu-west-1", B + "/us-east-1", B + "/us-west-2",
        B + "/eu-west-1"), select());
  }

  @Test void equalitiesOnRegionAndAccountChooseTheirTargets() {
    assertEquals(List.of(A + "/us-west-2", B + "/us-west-2"), select(equals(REGION, "us-west-2")));
    assertEquals(List.of(A + "/us-east-1", A + "/eu-west-1", B + "/us-east-1", B + "/eu-west-1"),
        select(equals(REGION, "eu-west-1", "us-east-1")));
    assertEquals(List.of(B + "/us-west-2"), select(equals(REGION, "us-west-2"), equals(ACCOUNT, B)));
    // Two equalities on one column: both must hold.
    assertEquals(List.of(A + "/us-west-2", B + "/us-west-2"),
        select(equals(REGION, "us-west-2", "eu-west-1"), equals(REGION, "us-west-2", "ap-south-1")));
  }

  @Test void whatNoTargetCanSatisfyIsNoTarget() {
    assertEquals(List.of(), select(equals(REGION, "ap-south-1")));
    assertEquals(List.of(), select(equals(REGION, "US-WEST-2")), "SQL compares case");
    assertEquals(List.of(), select(equals(REGION, (Object) null)), "= NULL is never true");
    assertEquals(List.of(), select(equals(ACCOUNT, "999999999999")));
    assertEquals(List.of(), select(equals(REGION, "us-west-2"), equals(REGION, "eu-west-1")));
  }

  @Test void otherColumnsDoNotChoose() {
    assertEquals(6, select(equals(T.column("model_name"), "us-west-2")).size());
  }

  @Test void anAccountIsAskedForOnlyWhenAnAccountConditionNeedsIt() {
    AtomicInteger asked = new AtomicInteger();
    Function<Target, String> account = t -> {
      asked.incrementAndGet();
      return t.knownAccount();
    };
    TargetScope.select(T, fleet.targets(), List.of(equals(REGION, "us-west-2")), account);
    assertEquals(0, asked.get());
    TargetScope.select(T, fleet.targets(), List.of(equals(REGION, "us-west-2"), equals(ACCOUNT, A)), account);
    assertEquals(2, asked.get(), "only the targets the region admits");
  }

  @Test void anArnKeyIsLookedUpInItsRegionOnly() {
    Target westA = fleet.targets().get(1);
    String west = "arn:aws:bedrock:us-west-2:" + B + ":custom-model/amazon.nova-micro-v1:0/abcdefabcdef";
    String east = "arn:aws:bedrock:us-east-1:" + A + ":custom-model/amazon.nova-micro-v1:0/abcdefabcdef";
    // A model shared with A from B's account is read by A: the ARN's account does not choose.
    assertEquals(List.of(west, "my-model", List.of("gr-id", "DRAFT")),
        TargetScope.keysFor(westA, List.of(west, east, "my-model", List.of("gr-id", "DRAFT"))));
    assertEquals(List.of(List.of(west, "1")), TargetScope.keysFor(westA, List.of(List.of(west, "1"),
        List.of(east, "1"))));
  }

  @Test void explainListsTheTargetsOrSaysWhyNone() {
    String all = TargetScope.describe(T, fleet.targets(), List.of());
    assertEquals("[" + A + "/us-east-1, " + A + "/us-west-2, " + A + "/eu-west-1, " + B + "/us-east-1, " + B
        + "/us-west-2, " + B + "/eu-west-1]", all);
    assertEquals("[" + B + "/eu-west-1]", TargetScope.describe(T, fleet.targets(),
        List.of(equals(REGION, "eu-west-1"), equals(ACCOUNT, B))));
    assertTrue(TargetScope.describe(T, fleet.targets(), List.of(equals(REGION, "ap-south-1"))).startsWith("none"));
    Condition param = new Condition(REGION, TableSpec.REGION, Condition.Kind.EQUALS, List.of(new Operand.Param(0)),
        null, true);
    assertTrue(TargetScope.describe(T, fleet.targets(), List.of(param)).startsWith("at execution from [region = ?"));
  }
}
