package dev.bedrockjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrock.model.BedrockException;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.LoggingConfig;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrock.model.ThrottlingException;
import software.amazon.awssdk.services.bedrock.model.ValidationException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One emulator playing two accounts in two regions, as the real SDK reaches it: one client per region, one set
 * of keys per account (the caller's base keys, and keys from AssumeRole of a role in the other account). Each
 * tenant sees only its own data; expected values come from {@code catalogue(account, region)}, never written down.
 */
class TenantsEmulatorTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CALLER = "111111111111";
  static final String OTHER = "222222222222";
  static final String ROLE = "arn:aws:iam::" + OTHER + ":role/org/reader";
  static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

  static BedrockEmulator emulator;
  static SdkHttpClient http;
  static StaticCredentialsProvider base;
  static StaticCredentialsProvider assumed;
  static AssumeRoleResponse assumeRole;
  static final List<BedrockClient> clients = new ArrayList<>();

  @BeforeAll static void start() throws Exception {
    BedrockEmulator.Builder b = BedrockEmulator.builder().callerAccount(CALLER).generated(9, 12);
    long seed = 1;
    for (String account : List.of(CALLER, OTHER)) {
      for (String region : REGIONS) {
        b.tenant(account, region, Catalogue.generate(seed++, 20, region, account));
      }
    }
    b.loggingConfig(CALLER, "us-east-1", (ObjectNode) JSON.readTree("""
        {"cloudWatchConfig": {"logGroupName": "bedrock-invocations", "roleArn": "arn:aws:iam::111111111111:role/logs",
           "largeDataDeliveryS3Config": {"bucketName": "large-invocations", "keyPrefix": "big/"}},
         "s3Config": {"bucketName": "invocations", "keyPrefix": "bedrock/"},
         "textDataDeliveryEnabled": true, "imageDataDeliveryEnabled": false, "embeddingDataDeliveryEnabled": true,
         "videoDataDeliveryEnabled": false, "audioDataDeliveryEnabled": true}"""));
    // Only S3, in the other account: a tenant without data of its own can still log.
    b.loggingConfig(OTHER, "ap-southeast-2", (ObjectNode) JSON.readTree("""
        {"s3Config": {"bucketName": "other-invocations"}, "textDataDeliveryEnabled": true}"""));
    emulator = b.start();
    http = UrlConnectionHttpClient.create();
    base = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIABASEKEY", "secret"));
    try (StsClient sts = sts(base)) {
      assumeRole = sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("fan-out"));
    }
    var c = assumeRole.credentials();
    assumed = StaticCredentialsProvider.create(
        AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken()));
  }

  @AfterEach void answerAgain() {
    emulator.clearTenantFailures();
  }

  @AfterAll static void stop() {
    clients.forEach(BedrockClient::close);
    http.close();
    emulator.close();
  }

  static StsClient sts(StaticCredentialsProvider credentials) {
    return StsClient.builder().region(Region.US_EAST_1).endpointOverride(emulator.endpoint()).httpClient(http)
        .credentialsProvider(credentials).build();
  }

  /** A client of one region signing with one account's keys, as the driver makes one per target. */
  static BedrockClient bedrock(String region, StaticCredentialsProvider credentials) {
    return bedrock(region, credentials, 1);
  }

  /** The same, retrying at once (no backoff, so no test waits) up to this many attempts in all. */
  static BedrockClient bedrock(String region, StaticCredentialsProvider credentials, int attempts) {
    BedrockClient c = BedrockClient.builder().region(Region.of(region)).endpointOverride(emulator.endpoint())
        .httpClient(http).credentialsProvider(credentials)
        .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(r -> r.maxAttempts(attempts)
            .backoffStrategy(BackoffStrategy.retryImmediately())
            .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())))
        .build();
    clients.add(c);
    return c;
  }

  static StaticCredentialsProvider keys(String account) {
    return account.equals(CALLER) ? base : assumed;
  }

  static List<String> customModelArns(BedrockClient c) {
    List<String> arns = new ArrayList<>();
    c.listCustomModelsPaginator(r -> r.maxResults(7)).forEach(p -> p.modelSummaries()
        .forEach(m -> arns.add(m.modelArn())));
    return arns;
  }

  static Set<String> jobArns(BedrockClient c) {
    Set<String> arns = new HashSet<>();
    c.listModelCustomizationJobsPaginator(r -> r.maxResults(5)).forEach(p -> p.modelCustomizationJobSummaries()
        .forEach(j -> arns.add(j.jobArn())));
    return arns;
  }

  static Set<String> expected(String account, String region, String listOperation, String arnMember) {
    return emulator.catalogue(account, region).summaries(listOperation).stream()
        .map(s -> s.get(arnMember).asText()).collect(Collectors.toSet());
  }

  @Test void eachTenantSeesOnlyItsOwnData() {
    Set<String> seen = new HashSet<>();
    for (String account : List.of(CALLER, OTHER)) {
      for (String region : REGIONS) {
        BedrockClient c = bedrock(region, keys(account));
        List<String> models = customModelArns(c);
        assertEquals(emulator.catalogue(account, region).models().stream().map(EmulatedModel::modelArn).toList(),
            models, account + " in " + region);
        Set<String> jobs = jobArns(c);
        assertEquals(expected(account, region, "ListModelCustomizationJobs", "jobArn"), jobs);
        assertFalse(jobs.isEmpty());
        for (String arn : models) {
          assertTrue(arn.startsWith("arn:aws:bedrock:" + region + ":"), arn);
        }
        for (String arn : jobs) {
          assertTrue(arn.startsWith("arn:aws:bedrock:" + region + ":" + account + ":"), arn);
        }
        // The models the account owns are those its ARNs name: isOwned is seen from the signing key's account.
        List<CustomModelSummary> owned = c.listCustomModels(r -> r.isOwned(true).maxResults(1000)).modelSummaries();
        assertFalse(owned.isEmpty());
        owned.forEach(m -> assertTrue(m.modelArn().contains(":" + account + ":custom-model/"), m.modelArn()));
        assertTrue(seen.addAll(models), "no model is served to two tenants");
        assertTrue(seen.addAll(jobs), "no job is served to two tenants");
      }
    }
  }

  @Test void getAndPageTokensStayInTheirTenant() {
    BedrockClient east = bedrock("us-east-1", base);
    BedrockClient west = bedrock("eu-west-1", base);
    BedrockClient otherEast = bedrock("us-east-1", assumed);
    EmulatedModel m = emulator.catalogue(CALLER, "us-east-1").models().get(0);
    assertEquals(m.modelName(), east.getCustomModel(r -> r.modelIdentifier(m.modelArn())).modelName());
    assertThrows(ResourceNotFoundException.class, () -> west.getCustomModel(r -> r.modelIdentifier(m.modelArn())));
    assertThrows(ResourceNotFoundException.class,
        () -> otherEast.getCustomModel(r -> r.modelIdentifier(m.modelArn())));
    ObjectNode job = emulator.catalogue(OTHER, "us-east-1").items("ListModelCustomizationJobs").get(0);
    String jobArn = job.get("jobArn").asText();
    assertEquals(jobArn, otherEast.getModelCustomizationJob(r -> r.jobIdentifier(jobArn)).jobArn());
    assertThrows(ResourceNotFoundException.class, () -> east.getModelCustomizationJob(r -> r.jobIdentifier(jobArn)));
    // A token is bound to the tenant that issued it, as the service binds it to its account and region.
    String token = east.listCustomModels(r -> r.maxResults(3)).nextToken();
    assertThrows(ValidationException.class, () -> west.listCustomModels(r -> r.maxResults(3).nextToken(token)));
    assertThrows(ValidationException.class, () -> otherEast.listCustomModels(r -> r.maxResults(3).nextToken(token)));
  }

  @Test void anAccountAndRegionWithoutTenantGetsTheDefaultCatalogue() {
    assertSame(emulator.catalogue(), emulator.catalogue(CALLER, "ap-southeast-2"));
    assertSame(emulator.catalogue(), emulator.catalogue(OTHER, "us-west-2"));
    List<String> defaults = emulator.models().stream().map(EmulatedModel::modelArn).toList();
    assertEquals(defaults, customModelArns(bedrock("ap-southeast-2", base)));
    assertEquals(defaults, customModelArns(bedrock("us-west-2", assumed)));
    Set<String> jobs = jobArns(bedrock("ap-southeast-2", base));
    assertEquals(expected(CALLER, "ap-southeast-2", "ListModelCustomizationJobs", "jobArn"), jobs);
    assertFalse(jobs.isEmpty());
  }

  @Test void assumedKeysAreTheRoleAccounts() {
    assertEquals(StsResponses.keyIdFor(ROLE), assumeRole.credentials().accessKeyId());
    assertEquals("arn:aws:sts::" + OTHER + ":assumed-role/reader/fan-out", assumeRole.assumedRoleUser().arn());
  }

  @Test void getCallerIdentityNamesTheSigningKeysAccount() {
    try (StsClient sts = sts(base)) {
      GetCallerIdentityResponse me = sts.getCallerIdentity();
      assertEquals(CALLER, me.account());
      assertEquals("arn:aws:iam::" + CALLER + ":user/reader", me.arn());
      assertFalse(me.userId().isEmpty());
    }
    try (StsClient sts = sts(assumed)) {
      GetCallerIdentityResponse role = sts.getCallerIdentity();
      assertEquals(OTHER, role.account());
      assertEquals(assumeRole.assumedRoleUser().arn(), role.arn());
      assertEquals(assumeRole.assumedRoleUser().assumedRoleId(), role.userId());
    }
  }

  @Test void requestsRecordTheirRegionAndAccount() {
    emulator.clearRequests();
    bedrock("eu-west-1", assumed).listCustomModels(r -> r.maxResults(1));
    bedrock("us-east-1", base).listModelCustomizationJobs(r -> r.maxResults(1));
    try (StsClient sts = sts(base)) {
      sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("again"));
    }
    List<RecordedRequest> log = emulator.requests();
    assertEquals(List.of("ListCustomModels", "ListModelCustomizationJobs", "AssumeRole"),
        log.stream().map(RecordedRequest::operation).toList());
    assertEquals(new RecordedRequest("ListCustomModels", log.get(0).params(), 200, StsResponses.keyIdFor(ROLE),
        "eu-west-1", OTHER), log.get(0));
    assertEquals(new RecordedRequest("ListModelCustomizationJobs", log.get(1).params(), 200, "AKIABASEKEY",
        "us-east-1", CALLER), log.get(1));
    // STS is signed too: the region of the STS client, the account of the keys that asked.
    assertEquals(List.of("us-east-1", CALLER), List.of(log.get(2).region(), log.get(2).account()));
  }

  // --- model invocation logging: the tenant's configuration, or none ---

  @Test void loggingConfigurationIsTheTenantsOrNone() {
    ObjectNode oracle = emulator.loggingConfig(CALLER, "us-east-1");
    emulator.clearRequests();
    LoggingConfig c = bedrock("us-east-1", base).getModelInvocationLoggingConfiguration(r -> { }).loggingConfig();
    assertEquals(oracle.at("/cloudWatchConfig/logGroupName").asText(), c.cloudWatchConfig().logGroupName());
    assertEquals(oracle.at("/cloudWatchConfig/roleArn").asText(), c.cloudWatchConfig().roleArn());
    assertEquals(oracle.at("/cloudWatchConfig/largeDataDeliveryS3Config/bucketName").asText(),
        c.cloudWatchConfig().largeDataDeliveryS3Config().bucketName());
    assertEquals(oracle.at("/cloudWatchConfig/largeDataDeliveryS3Config/keyPrefix").asText(),
        c.cloudWatchConfig().largeDataDeliveryS3Config().keyPrefix());
    assertEquals(oracle.at("/s3Config/bucketName").asText(), c.s3Config().bucketName());
    assertEquals(oracle.at("/s3Config/keyPrefix").asText(), c.s3Config().keyPrefix());
    assertEquals(List.of(true, false, true, false, true), List.of(c.textDataDeliveryEnabled(),
        c.imageDataDeliveryEnabled(), c.embeddingDataDeliveryEnabled(), c.videoDataDeliveryEnabled(),
        c.audioDataDeliveryEnabled()));
    assertEquals(new RecordedRequest("GetModelInvocationLoggingConfiguration", Map.of(), 200, "AKIABASEKEY",
        "us-east-1", CALLER), emulator.requests().get(0), "the SDK's path is routed to the operation");

    LoggingConfig other = bedrock("ap-southeast-2", assumed).getModelInvocationLoggingConfiguration(r -> { })
        .loggingConfig();
    assertEquals("other-invocations", other.s3Config().bucketName());
    assertNull(other.cloudWatchConfig());
    assertEquals(emulator.loggingConfig(OTHER, "ap-southeast-2").get("s3Config").get("bucketName").asText(),
        other.s3Config().bucketName());

    // Logging off: no loggingConfig member at all, for a tenant with data as for one without.
    assertNull(emulator.loggingConfig(CALLER, "eu-west-1"));
    assertNull(bedrock("eu-west-1", base).getModelInvocationLoggingConfiguration(r -> { }).loggingConfig());
    assertNull(emulator.loggingConfig(OTHER, "us-east-1"));
    assertNull(bedrock("us-east-1", assumed).getModelInvocationLoggingConfiguration(r -> { }).loggingConfig());
  }

  @Test void aTenantFailureFailsItsLoggingConfigurationToo() {
    emulator.failTenant(CALLER, "us-east-1", TenantFailure.ACCESS_DENIED);
    AccessDeniedException e = assertThrows(AccessDeniedException.class,
        () -> bedrock("us-east-1", base).getModelInvocationLoggingConfiguration(r -> { }));
    assertTrue(e.getMessage().contains("bedrock:GetModelInvocationLoggingConfiguration"), e.getMessage());
  }

  @Test void aLoggingConfigurationTheApiCannotHaveIsRefused() throws Exception {
    BedrockEmulator.Builder b = BedrockEmulator.builder();
    IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class, () -> b.loggingConfig(CALLER,
        "us-east-1", (ObjectNode) JSON.readTree("{\"s3Config\": {\"bucket\": \"x\"}}")));
    assertTrue(misspelt.getMessage().contains("loggingConfig.s3Config has no member 'bucket'"), misspelt.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.loggingConfig(CALLER, "us-east-1",
        (ObjectNode) JSON.readTree("{\"textDataDeliveryEnabled\": \"yes\"}")));
  }

  // --- tenant failures: each fails its own tenant's Bedrock requests, and nothing else ---

  /** The requests the failing tenant (the other account in eu-west-1) was sent since the test cleared them. */
  static List<RecordedRequest> failingTenantRequests() {
    return emulator.requests().stream()
        .filter(r -> OTHER.equals(r.account()) && "eu-west-1".equals(r.region())).toList();
  }

  /** Fails the other account in eu-west-1 and asks it, with this many attempts; asserts the others still answer. */
  static <T extends Throwable> T failing(TenantFailure failure, Class<T> type, int attempts) {
    emulator.failTenant(OTHER, "eu-west-1", failure);
    emulator.clearRequests();
    T e = assertThrows(type, () -> bedrock("eu-west-1", assumed, attempts).listGuardrails(r -> { }));
    assertEquals(expected(CALLER, "eu-west-1", "ListModelCustomizationJobs", "jobArn"),
        jobArns(bedrock("eu-west-1", base)), "the same region, another account");
    assertEquals(emulator.catalogue(OTHER, "us-east-1").models().stream().map(EmulatedModel::modelArn).toList(),
        customModelArns(bedrock("us-east-1", assumed)), "the same account, another region");
    return e;
  }

  static void assertUnrecognizedClient(TenantFailure failure) {
    BedrockException e = failing(failure, BedrockException.class, 1);
    assertEquals(403, e.statusCode());
    assertEquals("UnrecognizedClientException", e.awsErrorDetails().errorCode());
    assertEquals("The security token included in the request is invalid.", e.awsErrorDetails().errorMessage());
    assertEquals(List.of(403), failingTenantRequests().stream().map(RecordedRequest::status).toList());
  }

  @Test void notEnabledRegionIsAnUnrecognizedClient() {
    assertUnrecognizedClient(TenantFailure.NOT_ENABLED);
    // STS is not failed: the account's keys can still be had and named.
    try (StsClient sts = StsClient.builder().region(Region.EU_WEST_1).endpointOverride(emulator.endpoint())
        .httpClient(http).credentialsProvider(assumed).build()) {
      assertEquals(OTHER, sts.getCallerIdentity().account());
    }
  }

  @Test void unrecognizedClient() {
    assertUnrecognizedClient(TenantFailure.UNRECOGNIZED_CLIENT);
  }

  @Test void accessDeniedNamesTheTenantsAccountAndTheOperation() {
    AccessDeniedException e = failing(TenantFailure.ACCESS_DENIED, AccessDeniedException.class, 1);
    assertEquals(403, e.statusCode());
    assertTrue(e.getMessage().startsWith("User: arn:aws:iam::" + OTHER + ":user/reader is not authorized to perform: "
        + "bedrock:ListGuardrails"), e.getMessage());
    // Every Bedrock operation of the tenant fails, Gets as Lists.
    String job = emulator.catalogue(OTHER, "eu-west-1").items("ListModelCustomizationJobs").get(0)
        .get("jobArn").asText();
    AccessDeniedException get = assertThrows(AccessDeniedException.class,
        () -> bedrock("eu-west-1", assumed).getModelCustomizationJob(r -> r.jobIdentifier(job)));
    assertTrue(get.getMessage().contains("bedrock:GetModelCustomizationJob"), get.getMessage());
  }

  @Test void throttledOnEveryAttempt() {
    ThrottlingException e = failing(TenantFailure.THROTTLED, ThrottlingException.class, 3);
    assertEquals(429, e.statusCode());
    assertEquals(List.of(429, 429, 429), failingTenantRequests().stream().map(RecordedRequest::status).toList(),
        "the SDK retried, then gave up");
  }

  @Test void noEndpointClosesTheConnectionWithoutAResponse() {
    SdkClientException e = failing(TenantFailure.NO_ENDPOINT, SdkClientException.class, 2);
    Throwable cause = e;
    while (cause != null && !(cause instanceof IOException)) {
      cause = cause.getCause();
    }
    assertTrue(cause != null, "an I/O failure, not an answer: " + e);
    List<RecordedRequest> sent = failingTenantRequests();
    assertFalse(sent.isEmpty());
    sent.forEach(r -> assertEquals(0, r.status(), r.toString()));
  }

  @Test void aFailureIsClearedByNullOrByClearingAll() {
    BedrockClient c = bedrock("eu-west-1", assumed);
    emulator.failTenant(OTHER, "eu-west-1", TenantFailure.ACCESS_DENIED);
    assertThrows(AccessDeniedException.class, () -> c.listCustomModels(r -> { }));
    emulator.failTenant(OTHER, "eu-west-1", null);
    assertEquals(expected(OTHER, "eu-west-1", "ListCustomModels", "modelArn").size(),
        c.listCustomModels(r -> r.maxResults(1000)).modelSummaries().size());
    emulator.failTenant(OTHER, "eu-west-1", TenantFailure.THROTTLED);
    emulator.failTenant(CALLER, "us-east-1", TenantFailure.NOT_ENABLED);
    emulator.clearTenantFailures();
    assertTrue(c.listCustomModels(r -> { }).hasModelSummaries());
    assertTrue(bedrock("us-east-1", base).listCustomModels(r -> { }).hasModelSummaries());
  }
}
