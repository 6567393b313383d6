package dev.bedrockjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrock.model.SortOrder;
import software.amazon.awssdk.services.bedrock.model.ValidationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The emulator as the raw SDK sees it: wire format, validation, tokens, filters, sort, GetCustomModel. */
class BedrockEmulatorTest {
  static BedrockEmulator emulator;
  static BedrockClient sdk;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(3, 250).start();
    sdk = BedrockClient.builder().region(Region.US_EAST_1).endpointOverride(emulator.endpoint())
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "s")))
        .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  @AfterAll static void stop() {
    sdk.close();
    emulator.close();
  }

  @Test void generationIsDeterministicAndRealistic() {
    assertEquals(ModelGenerator.generate(3, 250), emulator.models());
    List<EmulatedModel> m = emulator.models();
    assertTrue(m.stream().anyMatch(x -> x.baseModelArn() != null && x.baseModelArn().contains(":custom-model/")),
        "some models are built on custom models");
    assertTrue(m.stream().anyMatch(x -> !ModelGenerator.CALLER_ACCOUNT.equals(x.ownerAccountId())), "some are shared");
    assertTrue(m.stream().anyMatch(x -> x.customizationType() == null), "some lack newer fields");
    // Against the emulator's own copy of the service's shapes: generated data must look like the service's,
    // whatever the driver believes; whether the driver accepts it is for the driver's tests to show.
    for (EmulatedModel x : m) {
      assertTrue(ServiceConstraints.CUSTOM_MODEL_ARN.matcher(x.modelArn()).matches(), x.modelArn());
      assertTrue(ServiceConstraints.MODEL_NAME.accepts(x.modelName()), x.modelName());
    }
  }

  @Test void paginatorReadsEverythingSortedWithOpaqueTokens() {
    List<CustomModelSummary> all = new ArrayList<>();
    sdk.listCustomModelsPaginator(r -> r.maxResults(40).sortBy("CreationTime").sortOrder(SortOrder.DESCENDING))
        .forEach(p -> all.addAll(p.modelSummaries()));
    assertEquals(250, all.size());
    List<Instant> times = all.stream().map(CustomModelSummary::creationTime).toList();
    assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
    assertEquals(7, emulator.requests().stream().filter(r -> r.operation().equals("ListCustomModels")
        && "40".equals(r.param("maxResults")) && "Descending".equals(r.param("sortOrder"))).count());
  }

  @Test void filtersApply() {
    ListCustomModelsResponse r = sdk.listCustomModels(b -> b.isOwned(false).modelStatus("Failed").maxResults(1000));
    // A record without an owner is not the caller's: isOwned=false includes it.
    long expected = emulator.models().stream().filter(m -> !ModelGenerator.CALLER_ACCOUNT.equals(m.ownerAccountId())
        && "Failed".equals(m.modelStatus())).count();
    assertEquals(expected, r.modelSummaries().size());
    assertTrue(expected > 0);
    Instant t = emulator.models().get(17).creationTime();
    long after = sdk.listCustomModels(b -> b.creationTimeAfter(t).maxResults(1000)).modelSummaries().stream()
        .filter(s -> !s.creationTime().isAfter(t)).count();
    assertEquals(0, after, "exclusive by default");
  }

  @Test void invalidParametersAreValidationErrors() {
    ValidationException e = assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.maxResults(5000)));
    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().contains("less than or equal to 1000"), e.getMessage());
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.maxResults(0)));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.nameContains("a b")));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.nameContains("")));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.modelStatus("Bogus")));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.sortOrder("ascending")));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.baseModelArnEquals("arn:nope")));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.foundationModelArnEquals(
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/x")));
  }

  @Test void tokensAreBoundToTheirQuery() {
    String token = sdk.listCustomModels(b -> b.maxResults(10)).nextToken();
    assertTrue(sdk.listCustomModels(b -> b.maxResults(10).nextToken(token)).hasModelSummaries());
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.maxResults(10).isOwned(true).nextToken(token)));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.nextToken("forged")));
    ListCustomModelsResponse last = sdk.listCustomModels(b -> b.maxResults(1000));
    assertNull(last.nextToken(), "the last page has no token");
  }

  @Test void shortPagesHoldOneToHalfOfMaxResultsAndStillReachEveryModel() {
    emulator.semantics(Semantics.DEFAULT.withShortPages());
    try {
      List<String> arns = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      String token = null;
      int maxResults = 40;
      do {
        String t = token;
        int m = maxResults;
        ListCustomModelsResponse r = sdk.listCustomModels(b -> b.maxResults(m).nextToken(t));
        sizes.add(r.modelSummaries().size());
        assertTrue(r.modelSummaries().size() >= 1 && r.modelSummaries().size() <= (m + 1) / 2, sizes.toString());
        r.modelSummaries().forEach(x -> arns.add(x.modelArn()));
        token = r.nextToken();
        maxResults = maxResults == 40 ? 7 : 40; // the token does not bind maxResults: a client may change it
      } while (token != null);
      assertEquals(emulator.models().stream().map(EmulatedModel::modelArn).toList(), arns, "each model once, in order");
      assertTrue(sizes.stream().distinct().count() > 2, "page sizes vary: " + sizes);
      // The same page for the same token: a retry must not skip or repeat rows.
      String first = sdk.listCustomModels(b -> b.maxResults(40)).nextToken();
      assertEquals(sdk.listCustomModels(b -> b.maxResults(40).nextToken(first)).modelSummaries(),
          sdk.listCustomModels(b -> b.maxResults(40).nextToken(first)).modelSummaries());
    } finally {
      emulator.semantics(Semantics.DEFAULT);
    }
  }

  @Test void malformedPageCountsPagesNotOffsetsUnderShortPages() {
    emulator.semantics(Semantics.DEFAULT.withShortPages());
    emulator.faults(Faults.NONE.withMalformedPage(2));
    try {
      String t1 = sdk.listCustomModels(b -> b.maxResults(40)).nextToken();
      String t2 = sdk.listCustomModels(b -> b.maxResults(40).nextToken(t1)).nextToken();
      assertThrows(SdkClientException.class, () -> sdk.listCustomModels(b -> b.maxResults(40).nextToken(t2)));
    } finally {
      emulator.faults(Faults.NONE);
      emulator.semantics(Semantics.DEFAULT);
    }
  }

  @Test void allSemanticsAreTheThirtyTwoCombinations() {
    List<Semantics> all = Semantics.all();
    assertEquals(32, all.size());
    assertEquals(32, new java.util.HashSet<>(all).size());
    assertEquals(Semantics.DEFAULT, all.get(0));
    assertEquals(16, all.stream().filter(Semantics::shortPages).count());
  }

  @Test void getCustomModelByArnAndName() {
    EmulatedModel m = emulator.models().get(3);
    GetCustomModelResponse byArn = sdk.getCustomModel(b -> b.modelIdentifier(m.modelArn()));
    assertEquals(m.modelName(), byArn.modelName());
    assertEquals(m.creationTime(), byArn.creationTime());
    assertEquals(m.modelArn(), emulator.requests().get(emulator.requests().size() - 1).param("modelIdentifier"));
    assertEquals(m.modelArn(), sdk.getCustomModel(b -> b.modelIdentifier(m.modelName())).modelArn());
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> sdk.getCustomModel(b -> b.modelIdentifier("does-not-exist")));
    assertEquals(404, e.statusCode());
    assertTrue(e.requestId() != null && !e.requestId().isEmpty());
  }

  @Test void jsonDataSetRoundTrips() throws Exception {
    Path f = Files.createTempFile("models", ".json");
    try {
      ModelData.write(emulator.models(), f);
      assertEquals(emulator.models(), ModelData.read(f));
    } finally {
      Files.delete(f);
    }
  }
}
