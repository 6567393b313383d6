package dev.bedrockjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrock.model.ValidationException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * The emulator's copy of the service's constraints, with values taken from bedrock-api.md and
 * bedrock-tables.md, and the emulator's answer to each violation: 400 ValidationException on the wire.
 */
class ServiceConstraintsTest {
  static final String FM = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1";
  static final String FM_VERSIONED = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k";
  static final String CUSTOM =
      "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdefghijkl";
  static final String IMPORTED = "arn:aws:bedrock:us-east-1:123456789012:custom-model/imported/abcdefghijkl";

  static BedrockEmulator emulator;
  static BedrockClient sdk;
  static HttpClient http;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(3, 30).start();
    sdk = BedrockClient.builder().region(Region.US_EAST_1).endpointOverride(emulator.endpoint())
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "s")))
        .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
        .build();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll static void stop() {
    sdk.close();
    emulator.close();
  }

  /** A foundation-model ARN of exactly this length, padded in the partition ({@code aws(-[^:]+)?} is unbounded). */
  static String fmArnOfLength(int length) {
    String tail = ":bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1";
    String s = "arn:aws-" + "x".repeat(length - "arn:aws-".length() - tail.length()) + tail;
    assertEquals(length, s.length());
    return s;
  }

  // --- the constraints themselves ---

  @Test void nameContains() {
    ServiceConstraints.Text c = ServiceConstraints.NAME_CONTAINS;
    for (String ok : new String[] {"a", "my-model_1", "A1-b2_C", "a-", "a".repeat(63), "a_".repeat(31) + "a"}) {
      assertTrue(c.accepts(ok), ok);
    }
    // 64 characters would fit the pattern (up to 126) but not the length 1..63.
    for (String bad : new String[] {"", "a".repeat(64), "a_".repeat(32), "a b", "a__b", "_a", "-", "a/b", "ä", "a.b"}) {
      assertFalse(c.accepts(bad), bad);
    }
  }

  @Test void baseModelArnEquals() {
    ServiceConstraints.Text c = ServiceConstraints.BASE_MODEL_ARN_EQUALS;
    for (String ok : new String[] {FM, FM_VERSIONED, CUSTOM, IMPORTED,
        "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/amazon.titan-text-express-v1",
        "arn:aws:bedrock:us-east-1::foundation-model/us.anthropic.claude-3-5-sonnet-20240620-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1/abcdefghijkl",
        fmArnOfLength(1011)}) {
      assertTrue(c.accepts(ok), ok);
    }
    for (String bad : new String[] {"arn:nope", "arn:aws:bedrock:x::f", fmArnOfLength(1012),
        CUSTOM.substring(0, CUSTOM.length() - 1), // an 11-character suffix
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k:x/abcdefghijkl",
        "arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.titan-text-express-v1", // an account
        "arn:aws:bedrock:us-east-1::foundation-model/Amazon.titan-text-express-v1",
        "arn:aws:bedrock:us-east-1::foundation-model/amazon",
        "arn:aws:bedrock:" + "a".repeat(21) + "::foundation-model/amazon.titan-text-express-v1",
        "arn:aws:s3:us-east-1::foundation-model/amazon.titan-text-express-v1"}) {
      assertFalse(c.accepts(bad), bad);
    }
    assertEquals(20, c.minLength());
    assertEquals(1011, c.maxLength());
  }

  @Test void foundationModelArnEqualsHasNoLengthBound() {
    ServiceConstraints.Text c = ServiceConstraints.FOUNDATION_MODEL_ARN_EQUALS;
    for (String ok : new String[] {FM, FM_VERSIONED,
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1",
        "arn:aws:bedrock:us-east-1::foundation-model/a.b.c.d", fmArnOfLength(1012), fmArnOfLength(5000)}) {
      assertTrue(c.accepts(ok), ok.length() > 200 ? ok.length() + " characters" : ok);
    }
    for (String bad : new String[] {"", CUSTOM, IMPORTED,
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/x",
        "arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.titan-text-lite-v1",
        "arn:aws:bedrock:us-east-1::foundation-model/a.b.c.d.e",
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k:x",
        "arn:aws:bedrock:us-east-1::foundation-model/amazon." + "a".repeat(64)}) {
      assertFalse(c.accepts(bad), bad);
    }
  }

  @Test void nextToken() {
    ServiceConstraints.Text c = ServiceConstraints.NEXT_TOKEN;
    for (String ok : new String[] {"t", "opaque-token-1", "t2==", "abc+/=tok", "x".repeat(2048)}) {
      assertTrue(c.accepts(ok), ok);
    }
    // bedrock-api.md 1.3 encodes "abc+/=tok en" to show percent-encoding; the service's \S* refuses the space.
    for (String bad : new String[] {"", "x".repeat(2049), "abc+/=tok en", "a\tb"}) {
      assertFalse(c.accepts(bad), bad);
    }
  }

  @Test void enumsAreExactAndCaseSensitive() {
    assertTrue(ServiceConstraints.SORT_BY.accepts("CreationTime"));
    for (String bad : new String[] {"creationTime", "CREATION_TIME", "ModelName", ""}) {
      assertFalse(ServiceConstraints.SORT_BY.accepts(bad), bad);
    }
    assertTrue(ServiceConstraints.SORT_ORDER.accepts("Ascending"));
    assertTrue(ServiceConstraints.SORT_ORDER.accepts("Descending"));
    for (String bad : new String[] {"ascending", "DESCENDING", "Asc", ""}) {
      assertFalse(ServiceConstraints.SORT_ORDER.accepts(bad), bad);
    }
    for (String ok : new String[] {"Active", "Creating", "Failed"}) {
      assertTrue(ServiceConstraints.MODEL_STATUS.accepts(ok), ok);
    }
    for (String bad : new String[] {"active", "FAILED", "InService", "Bogus", ""}) {
      assertFalse(ServiceConstraints.MODEL_STATUS.accepts(bad), bad);
    }
    assertTrue(ServiceConstraints.IS_OWNED.accepts("true"));
    assertTrue(ServiceConstraints.IS_OWNED.accepts("false"));
    for (String bad : new String[] {"TRUE", "1", "yes", ""}) {
      assertFalse(ServiceConstraints.IS_OWNED.accepts(bad), bad);
    }
  }

  @Test void maxResults() {
    for (String ok : new String[] {"1", "50", "1000"}) {
      assertTrue(ServiceConstraints.acceptsMaxResults(ok), ok);
    }
    for (String bad : new String[] {"0", "-1", "1001", "5000", "abc", "", "1.5", "99999999999999999999"}) {
      assertFalse(ServiceConstraints.acceptsMaxResults(bad), bad);
    }
  }

  @Test void timestampsAsTheSdkSendsThem() {
    for (String ok : new String[] {"2024-01-02T03:04:05Z", "2024-05-06T07:08:09.123Z", "2024-05-06T07:08:09.500Z",
        "2024-05-06T07:08:09.123456Z", "2024-05-06T07:08:09.123456789Z"}) {
      assertTrue(ServiceConstraints.acceptsTimestamp(ok), ok);
    }
    for (String bad : new String[] {"2024-01-02T03:04:05", "2024-01-02 03:04:05", "1704164645", "2024-01-02",
        "2024-01-02T03:04:05.5Z", "2024-01-02T03:04:05.1234Z", "Tue, 02 Jan 2024 03:04:05 GMT", "2024-13-02T03:04:05Z",
        "2024-01-02T25:04:05Z", ""}) {
      assertFalse(ServiceConstraints.acceptsTimestamp(bad), bad);
    }
  }

  @Test void modelIdentifierAndSummaryShapes() {
    ServiceConstraints.Text id = ServiceConstraints.MODEL_IDENTIFIER;
    assertTrue(id.accepts("m"));
    assertTrue(id.accepts(CUSTOM));
    assertTrue(id.accepts("x".repeat(2048)));
    assertFalse(id.accepts(""));
    assertFalse(id.accepts("x".repeat(2049)));

    assertTrue(ServiceConstraints.CUSTOM_MODEL_ARN.matcher(CUSTOM).matches());
    assertTrue(ServiceConstraints.CUSTOM_MODEL_ARN.matcher(IMPORTED).matches());
    assertFalse(ServiceConstraints.CUSTOM_MODEL_ARN.matcher(FM).matches());
    assertTrue(ServiceConstraints.MODEL_NAME.accepts("m1"));
    assertFalse(ServiceConstraints.MODEL_NAME.accepts("a".repeat(64)));
  }

  // --- the emulator's answers on the wire ---

  /** Each constraint broken once: parameter, value, and a word the message must hold. */
  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of("nameContains", "", "length greater than or equal to 1"),
        Arguments.of("nameContains", "a".repeat(64), "length less than or equal to 63"),
        Arguments.of("nameContains", "a b", "regular expression pattern"),
        Arguments.of("baseModelArnEquals", "arn:aws:bedrock:x:f", "length greater than or equal to 20"),
        Arguments.of("baseModelArnEquals", fmArnOfLength(1012), "length less than or equal to 1011"),
        Arguments.of("baseModelArnEquals", CUSTOM.substring(0, CUSTOM.length() - 1), "regular expression pattern"),
        Arguments.of("foundationModelArnEquals", CUSTOM, "regular expression pattern"),
        Arguments.of("foundationModelArnEquals", "", "regular expression pattern"),
        Arguments.of("maxResults", "0", "greater than or equal to 1"),
        Arguments.of("maxResults", "1001", "less than or equal to 1000"),
        Arguments.of("maxResults", "abc", "not a valid integer"),
        Arguments.of("nextToken", "", "length greater than or equal to 1"),
        Arguments.of("nextToken", "x".repeat(2049), "length less than or equal to 2048"),
        Arguments.of("nextToken", "tok en", "regular expression pattern"),
        Arguments.of("nextToken", "never-issued", "pagination token is invalid"),
        Arguments.of("sortBy", "creationTime", "enum value set: [CreationTime]"),
        Arguments.of("sortOrder", "ascending", "enum value set: [Ascending, Descending]"),
        Arguments.of("isOwned", "yes", "not a valid boolean"),
        Arguments.of("modelStatus", "InService", "enum value set: [Active, Creating, Failed]"),
        Arguments.of("creationTimeBefore", "2024-01-02 03:04:05", "not a valid ISO-8601 timestamp"),
        Arguments.of("creationTimeAfter", "1704164645", "not a valid ISO-8601 timestamp"),
        Arguments.of("creationTimeAfter", "2024-13-02T03:04:05Z", "not a valid ISO-8601 timestamp"));
  }

  @ParameterizedTest(name = "{0}={1}") @MethodSource("violations")
  void eachViolationIsA400ValidationException(String member, String value, String words) throws Exception {
    HttpResponse<String> r = get("/custom-models?" + member + "=" + encode(value));
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("ValidationException", r.headers().firstValue("x-amzn-ErrorType").orElse(null));
    assertTrue(r.body().contains(words), r.body());
  }

  /** The edges that are inside the constraints are answered 200. */
  static Stream<Arguments> edgesInside() {
    return Stream.of(
        Arguments.of("nameContains", "a".repeat(63)),
        Arguments.of("nameContains", "a_".repeat(31) + "a"),
        Arguments.of("baseModelArnEquals", fmArnOfLength(1011)),
        Arguments.of("baseModelArnEquals", IMPORTED),
        Arguments.of("foundationModelArnEquals", fmArnOfLength(5000)),
        Arguments.of("maxResults", "1"),
        Arguments.of("maxResults", "1000"),
        Arguments.of("sortBy", "CreationTime"),
        Arguments.of("isOwned", "false"),
        Arguments.of("modelStatus", "Creating"),
        Arguments.of("creationTimeBefore", "2024-05-06T07:08:09.123456789Z"),
        Arguments.of("creationTimeAfter", "2024-01-02T03:04:05Z"));
  }

  @ParameterizedTest(name = "{0}={1}") @MethodSource("edgesInside")
  void edgesInsideAreAccepted(String member, String value) throws Exception {
    HttpResponse<String> r = get("/custom-models?" + member + "=" + encode(value));
    assertEquals(200, r.statusCode(), r.body());
  }

  @Test void theSdkSeesTheSameAnswers() {
    assertEquals(400, assertThrows(ValidationException.class,
        () -> sdk.listCustomModels(b -> b.baseModelArnEquals(fmArnOfLength(1012)))).statusCode());
    assertEquals(400, assertThrows(ValidationException.class,
        () -> sdk.listCustomModels(b -> b.nextToken("tok en"))).statusCode());
    sdk.listCustomModels(b -> b.foundationModelArnEquals(fmArnOfLength(5000)));
    // GetCustomModel: 1..2048 characters; at 2048 the identifier is well formed and simply not found.
    assertEquals(400, assertThrows(ValidationException.class,
        () -> sdk.getCustomModel(b -> b.modelIdentifier("x".repeat(2049)))).statusCode());
    assertEquals(404, assertThrows(ResourceNotFoundException.class,
        () -> sdk.getCustomModel(b -> b.modelIdentifier("x".repeat(2048)))).statusCode());
  }

  /** Percent-encoding as the SDK does it (RFC 3986: a space is %20, never +). */
  static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
