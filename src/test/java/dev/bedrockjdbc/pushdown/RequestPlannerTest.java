package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bedrockjdbc.pushdown.Condition.Kind;
import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.CustomModels;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/** The pure translation from predicates to API calls. */
class RequestPlannerTest {
  static final TableSpec T = CustomModels.TABLE;
  static final int MODEL_ARN = T.column("model_arn");
  static final int MODEL_NAME = T.column("model_name");
  static final int CREATION_TIME = T.column("creation_time");
  static final int BASE_MODEL_ARN = T.column("base_model_arn");
  static final int FOUNDATION_MODEL_ARN = T.column("foundation_model_arn");
  static final int MODEL_STATUS = T.column("model_status");
  static final int IS_OWNED = T.column("is_owned");
  static final String ARN = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-micro-v1:0/abcdefabcdef";
  static final String FM = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0";

  static Condition c(int col, Kind kind, Object... values) {
    return new Condition(col, T.column(col).name(), kind, java.util.Arrays.stream(values).map(v -> (Operand) new Operand.Literal(v)).toList(),
        null, true);
  }

  static RequestPlan plan(Condition... conditions) {
    return RequestPlanner.plan(T, List.of(conditions), null, -1, 1000, false);
  }

  static ApiRequest only(RequestPlan p) {
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class, p);
    assertEquals(1, l.streams().size());
    return l.streams().get(0);
  }

  static long millis(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test void nothingPushedIsOneFullStream() {
    assertEquals("ListCustomModels{maxResults=1000}", plan().toString());
  }

  @Test void timeBoundsAreWidenedToWholeSecondsAndOneMore() {
    ApiRequest r = only(plan(c(CREATION_TIME, Kind.GREATER_EQUAL, millis("2025-01-01T10:00:00.250Z")),
        c(CREATION_TIME, Kind.LESS_EQUAL, millis("2025-01-02T00:00:00Z"))));
    assertEquals(Instant.parse("2025-01-01T09:59:59Z"), r.get("creationTimeAfter"));
    assertEquals(Instant.parse("2025-01-02T00:00:02Z"), r.get("creationTimeBefore"),
        "<= t keeps every row below t + 1 ms, so before = ceil(t + 1 ms) + 1 s");
    ApiRequest strict = only(plan(c(CREATION_TIME, Kind.LESS, millis("2025-01-02T00:00:00Z"))));
    assertEquals(Instant.parse("2025-01-02T00:00:01Z"), strict.get("creationTimeBefore"));
  }

  @Test void equalTimeIsBothBounds() {
    ApiRequest r = only(plan(c(CREATION_TIME, Kind.EQUALS, millis("2025-03-04T05:06:07.123Z"))));
    assertEquals(Instant.parse("2025-03-04T05:06:06Z"), r.get("creationTimeAfter"));
    assertEquals(Instant.parse("2025-03-04T05:06:09Z"), r.get("creationTimeBefore"));
  }

  @Test void emptyRangesAndNullsNeedNoCall() {
    long t = millis("2025-01-01T00:00:00Z");
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CREATION_TIME, Kind.GREATER, t),
        c(CREATION_TIME, Kind.LESS, t + 1)));
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CREATION_TIME, Kind.GREATER, (Object) null)));
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(MODEL_STATUS, Kind.EQUALS, (Object) null)));
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(MODEL_STATUS, Kind.EQUALS, "Active"),
        c(MODEL_STATUS, Kind.EQUALS, "Failed")));
  }

  @Test void valuesTheApiWouldRejectAreNotSentAndDecideNothing() {
    // A status added next year or a newer ARN form may be a row's value: read everything, let Calcite decide.
    String all = "ListCustomModels{maxResults=1000}";
    assertEquals(all, plan(c(MODEL_STATUS, Kind.EQUALS, "Bogus")).toString());
    assertEquals(all, plan(c(MODEL_STATUS, Kind.EQUALS, "active")).toString());
    assertEquals(all, plan(c(BASE_MODEL_ARN, Kind.EQUALS, "nope")).toString());
    assertEquals(all, plan(c(FOUNDATION_MODEL_ARN, Kind.EQUALS, ARN)).toString());
    assertEquals(all, plan(c(MODEL_ARN, Kind.EQUALS, "arn:x")).toString());
    String longPartition = ARN.replace("arn:aws:", "arn:aws-" + "x".repeat(2048) + ":");
    assertEquals(all, plan(c(MODEL_ARN, Kind.EQUALS, longPartition)).toString(),
        "the pattern admits it, GetCustomModel's 2048-character limit does not");
    assertEquals(all, plan(c(MODEL_STATUS, Kind.EQUALS, "Bogus", "Active")).toString(),
        "sending only the valid value of an IN list would lose the other value's rows");
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(MODEL_STATUS, Kind.EQUALS, "Bogus"),
        c(MODEL_STATUS, Kind.EQUALS, "Failed")), "contradicting equalities: SQL's empty answer");
  }

  @Test void aValueNotSentLiftsTheRowCap() {
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class, RequestPlanner.plan(T,
        List.of(c(MODEL_STATUS, Kind.EQUALS, "Archived")), true, 5, 1000, false));
    assertEquals(-1, l.rowCap(), "Calcite's filter may drop rows the scan returns");
    assertEquals(1000, l.streams().get(0).maxResults());
  }

  @Test void timeBoundsBeyondWhatTheApiTakesAreOpen() {
    long sentinel = millis("9999-12-31T23:59:59Z");
    assertNull(only(plan(c(CREATION_TIME, Kind.LESS, sentinel))).get("creationTimeBefore"));
    ApiRequest between = only(plan(c(CREATION_TIME, Kind.GREATER_EQUAL, millis("1900-01-01T00:00:00Z")),
        c(CREATION_TIME, Kind.LESS_EQUAL, sentinel)));
    assertEquals(Instant.parse("1899-12-31T23:59:59Z"), between.get("creationTimeAfter"), "a year the API can write");
    assertNull(between.get("creationTimeBefore"));
    assertNull(only(plan(c(CREATION_TIME, Kind.GREATER_EQUAL, Long.MIN_VALUE + 500)))
        .get("creationTimeAfter"));
    assertNull(only(plan(c(CREATION_TIME, Kind.LESS_EQUAL, Long.MAX_VALUE - 500))).get("creationTimeBefore"));
    assertNull(only(plan(c(CREATION_TIME, Kind.GREATER, Long.MAX_VALUE))).get("creationTimeAfter"),
        "saturated, not wrapped around to the smallest instant");
    assertNull(only(plan(c(CREATION_TIME, Kind.LESS, Long.MIN_VALUE))).get("creationTimeBefore"));
  }

  @Test void likeAndNameEquality() {
    assertEquals("support", only(plan(c(MODEL_NAME, Kind.LIKE, "%support%"))).get("nameContains"));
    assertEquals("support-bot", only(plan(c(MODEL_NAME, Kind.EQUALS, "support-bot"))).get("nameContains"));
    assertNull(only(plan(c(MODEL_NAME, Kind.LIKE, "%_%"))).get("nameContains"));
    Condition ilike = new Condition(MODEL_NAME, "model_name", Kind.LIKE, List.of(new Operand.Literal("%support%")),
        null, false);
    assertNull(only(plan(ilike)).get("nameContains"), "ILIKE with letters: the API's case handling is unknown");
    Condition digits = new Condition(MODEL_NAME, "model_name", Kind.LIKE, List.of(new Operand.Literal("%2024%")),
        null, false);
    assertEquals("2024", only(plan(digits)).get("nameContains"));
  }

  @Test void equalitiesMapToTheirParameters() {
    ApiRequest r = only(plan(c(BASE_MODEL_ARN, Kind.EQUALS, FM),
        c(FOUNDATION_MODEL_ARN, Kind.EQUALS, FM), c(IS_OWNED, Kind.EQUALS, false),
        c(MODEL_STATUS, Kind.EQUALS, "Failed")));
    assertEquals(FM, r.get("baseModelArnEquals"));
    assertEquals(FM, r.get("foundationModelArnEquals"));
    assertEquals(false, r.get("isOwned"));
    assertEquals("Failed", r.get("modelStatus"));
  }

  @Test void inListsBecomeStreamsMergedWhenSorted() {
    RequestPlan p = RequestPlanner.plan(T, List.of(c(MODEL_STATUS, Kind.EQUALS, "Active", "Failed")),
        true, 5, 1000, false);
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class, p);
    assertEquals(2, l.streams().size());
    assertEquals("Active", l.streams().get(0).get("modelStatus"));
    assertEquals("Failed", l.streams().get(1).get("modelStatus"));
    assertEquals(5, l.streams().get(0).maxResults(), "each stream needs at most the limit");
    assertEquals(true, l.descending());
    assertEquals(5, l.rowCap());
  }

  @Test void foundationModelsAreOneStreamEach() {
    String other = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1:0:4k";
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class,
        plan(c(FOUNDATION_MODEL_ARN, Kind.EQUALS, FM, other)));
    assertEquals(List.of(FM, other), l.streams().stream().map(r -> r.get("foundationModelArnEquals")).toList());
  }

  @Test void modelArnIsALookup() {
    RequestPlan.Lookups l = assertInstanceOf(RequestPlan.Lookups.class,
        RequestPlanner.plan(T, List.of(c(MODEL_ARN, Kind.EQUALS, ARN)), null, -1, 1000, true));
    assertEquals(List.of(ARN), l.keys());
    assertEquals(true, l.complete());
    assertInstanceOf(RequestPlan.Lookups.class, plan(c(MODEL_ARN, Kind.EQUALS, ARN),
        c(FOUNDATION_MODEL_ARN, Kind.EQUALS, FM)), "foundation_model_arn is read from the ARN");
  }

  @Test void rowCapSizesTheFirstPage() {
    assertEquals(7, only(RequestPlanner.plan(T, List.of(), true, 7, 1000, false)).maxResults());
    assertEquals(1000, only(RequestPlanner.plan(T, List.of(), true, 5000, 1000, false)).maxResults());
    assertInstanceOf(RequestPlan.NoCall.class, RequestPlanner.plan(T, List.of(), true, 0, 1000, false));
  }

  @Test void parametersAreBoundBeforePlanning() {
    Condition withParam = Condition.of(T, MODEL_STATUS, Kind.EQUALS, new Operand.Param(0));
    Condition bound = withParam.bind(i -> "Creating");
    assertEquals("Creating", only(plan(bound)).get("modelStatus"));
    assertEquals("model_status = ?0", withParam.toString());
  }
}
