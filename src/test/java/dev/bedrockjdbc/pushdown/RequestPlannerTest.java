package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bedrockjdbc.pushdown.Condition.Kind;
import dev.bedrockjdbc.scan.ListRequest;
import dev.bedrockjdbc.schema.CustomModelColumn;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/** The pure translation from predicates to API calls. */
class RequestPlannerTest {
  static final String ARN = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-micro-v1:0/abcdefabcdef";
  static final String FM = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0";

  static Condition c(CustomModelColumn col, Kind kind, Object... values) {
    return new Condition(col, kind, java.util.Arrays.stream(values).map(v -> (Operand) new Operand.Literal(v)).toList(),
        null, true);
  }

  static RequestPlan plan(Condition... conditions) {
    return RequestPlanner.plan(List.of(conditions), null, -1, 1000, false);
  }

  static ListRequest only(RequestPlan p) {
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
    ListRequest r = only(plan(c(CustomModelColumn.CREATION_TIME, Kind.GREATER_EQUAL, millis("2025-01-01T10:00:00.250Z")),
        c(CustomModelColumn.CREATION_TIME, Kind.LESS_EQUAL, millis("2025-01-02T00:00:00Z"))));
    assertEquals(Instant.parse("2025-01-01T09:59:59Z"), r.creationTimeAfter());
    assertEquals(Instant.parse("2025-01-02T00:00:02Z"), r.creationTimeBefore(),
        "<= t keeps every row below t + 1 ms, so before = ceil(t + 1 ms) + 1 s");
    ListRequest strict = only(plan(c(CustomModelColumn.CREATION_TIME, Kind.LESS, millis("2025-01-02T00:00:00Z"))));
    assertEquals(Instant.parse("2025-01-02T00:00:01Z"), strict.creationTimeBefore());
  }

  @Test void equalTimeIsBothBounds() {
    ListRequest r = only(plan(c(CustomModelColumn.CREATION_TIME, Kind.EQUALS, millis("2025-03-04T05:06:07.123Z"))));
    assertEquals(Instant.parse("2025-03-04T05:06:06Z"), r.creationTimeAfter());
    assertEquals(Instant.parse("2025-03-04T05:06:09Z"), r.creationTimeBefore());
  }

  @Test void emptyRangesAndNullsNeedNoCall() {
    long t = millis("2025-01-01T00:00:00Z");
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CustomModelColumn.CREATION_TIME, Kind.GREATER, t),
        c(CustomModelColumn.CREATION_TIME, Kind.LESS, t + 1)));
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CustomModelColumn.CREATION_TIME, Kind.GREATER, (Object) null)));
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, (Object) null)));
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Active"),
        c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Failed")));
  }

  @Test void valuesTheApiWouldRejectAreNotSentAndDecideNothing() {
    // A status added next year or a newer ARN form may be a row's value: read everything, let Calcite decide.
    String all = "ListCustomModels{maxResults=1000}";
    assertEquals(all, plan(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Bogus")).toString());
    assertEquals(all, plan(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "active")).toString());
    assertEquals(all, plan(c(CustomModelColumn.BASE_MODEL_ARN, Kind.EQUALS, "nope")).toString());
    assertEquals(all, plan(c(CustomModelColumn.FOUNDATION_MODEL_ARN, Kind.EQUALS, ARN)).toString());
    assertEquals(all, plan(c(CustomModelColumn.MODEL_ARN, Kind.EQUALS, "arn:x")).toString());
    String longPartition = ARN.replace("arn:aws:", "arn:aws-" + "x".repeat(2048) + ":");
    assertEquals(all, plan(c(CustomModelColumn.MODEL_ARN, Kind.EQUALS, longPartition)).toString(),
        "the pattern admits it, GetCustomModel's 2048-character limit does not");
    assertEquals(all, plan(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Bogus", "Active")).toString(),
        "sending only the valid value of an IN list would lose the other value's rows");
    assertInstanceOf(RequestPlan.NoCall.class, plan(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Bogus"),
        c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Failed")), "contradicting equalities: SQL's empty answer");
  }

  @Test void aValueNotSentLiftsTheRowCap() {
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class, RequestPlanner.plan(
        List.of(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Archived")), true, 5, 1000, false));
    assertEquals(-1, l.rowCap(), "Calcite's filter may drop rows the scan returns");
    assertEquals(1000, l.streams().get(0).maxResults());
  }

  @Test void timeBoundsBeyondWhatTheApiTakesAreOpen() {
    long sentinel = millis("9999-12-31T23:59:59Z");
    assertNull(only(plan(c(CustomModelColumn.CREATION_TIME, Kind.LESS, sentinel))).creationTimeBefore());
    ListRequest between = only(plan(c(CustomModelColumn.CREATION_TIME, Kind.GREATER_EQUAL, millis("1900-01-01T00:00:00Z")),
        c(CustomModelColumn.CREATION_TIME, Kind.LESS_EQUAL, sentinel)));
    assertEquals(Instant.parse("1899-12-31T23:59:59Z"), between.creationTimeAfter(), "a year the API can write");
    assertNull(between.creationTimeBefore());
    assertNull(only(plan(c(CustomModelColumn.CREATION_TIME, Kind.GREATER_EQUAL, Long.MIN_VALUE + 500)))
        .creationTimeAfter());
    assertNull(only(plan(c(CustomModelColumn.CREATION_TIME, Kind.LESS_EQUAL, Long.MAX_VALUE - 500))).creationTimeBefore());
    assertNull(only(plan(c(CustomModelColumn.CREATION_TIME, Kind.GREATER, Long.MAX_VALUE))).creationTimeAfter(),
        "saturated, not wrapped around to the smallest instant");
    assertNull(only(plan(c(CustomModelColumn.CREATION_TIME, Kind.LESS, Long.MIN_VALUE))).creationTimeBefore());
  }

  @Test void likeAndNameEquality() {
    assertEquals("support", only(plan(c(CustomModelColumn.MODEL_NAME, Kind.LIKE, "%support%"))).nameContains());
    assertEquals("support-bot", only(plan(c(CustomModelColumn.MODEL_NAME, Kind.EQUALS, "support-bot"))).nameContains());
    assertNull(only(plan(c(CustomModelColumn.MODEL_NAME, Kind.LIKE, "%_%"))).nameContains());
    Condition ilike = new Condition(CustomModelColumn.MODEL_NAME, Kind.LIKE, List.of(new Operand.Literal("%support%")),
        null, false);
    assertNull(only(plan(ilike)).nameContains(), "ILIKE with letters: the API's case handling is unknown");
    Condition digits = new Condition(CustomModelColumn.MODEL_NAME, Kind.LIKE, List.of(new Operand.Literal("%2024%")),
        null, false);
    assertEquals("2024", only(plan(digits)).nameContains());
  }

  @Test void equalitiesMapToTheirParameters() {
    ListRequest r = only(plan(c(CustomModelColumn.BASE_MODEL_ARN, Kind.EQUALS, FM),
        c(CustomModelColumn.FOUNDATION_MODEL_ARN, Kind.EQUALS, FM), c(CustomModelColumn.IS_OWNED, Kind.EQUALS, false),
        c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Failed")));
    assertEquals(FM, r.baseModelArnEquals());
    assertEquals(FM, r.foundationModelArnEquals());
    assertEquals(false, r.isOwned());
    assertEquals("Failed", r.modelStatus());
  }

  @Test void inListsBecomeStreamsMergedWhenSorted() {
    RequestPlan p = RequestPlanner.plan(List.of(c(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, "Active", "Failed")),
        true, 5, 1000, false);
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class, p);
    assertEquals(2, l.streams().size());
    assertEquals("Active", l.streams().get(0).modelStatus());
    assertEquals("Failed", l.streams().get(1).modelStatus());
    assertEquals(5, l.streams().get(0).maxResults(), "each stream needs at most the limit");
    assertEquals(true, l.descending());
    assertEquals(5, l.rowCap());
  }

  @Test void foundationModelsAreOneStreamEach() {
    String other = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1:0:4k";
    RequestPlan.Listing l = assertInstanceOf(RequestPlan.Listing.class,
        plan(c(CustomModelColumn.FOUNDATION_MODEL_ARN, Kind.EQUALS, FM, other)));
    assertEquals(List.of(FM, other), l.streams().stream().map(ListRequest::foundationModelArnEquals).toList());
  }

  @Test void modelArnIsALookup() {
    RequestPlan.Lookup l = assertInstanceOf(RequestPlan.Lookup.class,
        RequestPlanner.plan(List.of(c(CustomModelColumn.MODEL_ARN, Kind.EQUALS, ARN)), null, -1, 1000, true));
    assertEquals(List.of(ARN), l.modelArns());
    assertEquals(true, l.complete());
    assertInstanceOf(RequestPlan.Lookup.class, plan(c(CustomModelColumn.MODEL_ARN, Kind.EQUALS, ARN),
        c(CustomModelColumn.FOUNDATION_MODEL_ARN, Kind.EQUALS, FM)), "foundation_model_arn is read from the ARN");
  }

  @Test void rowCapSizesTheFirstPage() {
    assertEquals(7, only(RequestPlanner.plan(List.of(), true, 7, 1000, false)).maxResults());
    assertEquals(1000, only(RequestPlanner.plan(List.of(), true, 5000, 1000, false)).maxResults());
    assertInstanceOf(RequestPlan.NoCall.class, RequestPlanner.plan(List.of(), true, 0, 1000, false));
  }

  @Test void parametersAreBoundBeforePlanning() {
    Condition withParam = Condition.of(CustomModelColumn.MODEL_STATUS, Kind.EQUALS, new Operand.Param(0));
    Condition bound = withParam.bind(i -> "Creating");
    assertEquals("Creating", only(plan(bound)).modelStatus());
    assertEquals("model_status = ?0", withParam.toString());
  }
}
