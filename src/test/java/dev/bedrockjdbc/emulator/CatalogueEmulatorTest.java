package dev.bedrockjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrock.model.ThrottlingException;
import software.amazon.awssdk.services.bedrock.model.ValidationException;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue's List and Get operations as the real SDK sees them: paging, every filter, sort, constraints,
 * Get by identifier, and the relations between the generated kinds. Expected values are computed from the
 * emulator's own {@code items()} and {@code summaries()}, never written down.
 */
class CatalogueEmulatorTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CALLER = ModelGenerator.CALLER_ACCOUNT;
  static BedrockEmulator emulator;
  static BedrockClient sdk;
  static HttpClient http;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(7, 120).start();
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

  @AfterEach void reset() {
    emulator.semantics(Semantics.DEFAULT);
    emulator.faults(Faults.NONE);
  }

  // --- one descriptor per paged List operation: how the SDK calls it, and how its Get is called ---

  /** The generic arguments of a List call; each operation maps them onto its own request builder. */
  record Args(Integer max, String token, String order, Instant after, Instant before) {
    static Args page(Integer max, String token) {
      return new Args(max, token, null, null, null);
    }

    String sortBy() {
      return order == null ? null : "CreationTime";
    }
  }

  record Page(List<? extends SdkPojo> items, String next) {
  }

  /**
   * @param op         the List operation
   * @param time       the summary's time member (bounds and sort), or null where the operation has neither
   * @param sortable   whether it takes sortBy/sortOrder
   * @param scope      which summaries an unfiltered List returns
   * @param list       the SDK call
   * @param get        the SDK Get of an item (its full Get shape)
   * @param unknownGet the SDK Get of an identifier that names nothing
   */
  record Op(String op, String time, boolean sortable, Predicate<JsonNode> scope, Function<Args, Page> list,
      Function<JsonNode, SdkPojo> get, Runnable unknownGet) {
    @Override public String toString() {
      return op;
    }
  }

  static List<Op> pagedOps() {
    return List.of(
        new Op("ListModelCustomizationJobs", "creationTime", true, s -> true,
            a -> {
              var r = sdk.listModelCustomizationJobs(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).creationTimeAfter(a.after).creationTimeBefore(a.before));
              return new Page(r.modelCustomizationJobSummaries(), r.nextToken());
            },
            i -> sdk.getModelCustomizationJob(b -> b.jobIdentifier(text(i, "jobArn"))),
            () -> sdk.getModelCustomizationJob(b -> b.jobIdentifier("job-that-never-ran"))),
        new Op("ListProvisionedModelThroughputs", "creationTime", true, s -> true,
            a -> {
              var r = sdk.listProvisionedModelThroughputs(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).creationTimeAfter(a.after).creationTimeBefore(a.before));
              return new Page(r.provisionedModelSummaries(), r.nextToken());
            },
            i -> sdk.getProvisionedModelThroughput(b -> b.provisionedModelId(text(i, "provisionedModelArn"))),
            () -> sdk.getProvisionedModelThroughput(b -> b.provisionedModelId("pt-nothing"))),
        new Op("ListImportedModels", "creationTime", true, s -> true,
            a -> {
              var r = sdk.listImportedModels(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).creationTimeAfter(a.after).creationTimeBefore(a.before));
              return new Page(r.modelSummaries(), r.nextToken());
            },
            i -> sdk.getImportedModel(b -> b.modelIdentifier(text(i, "modelArn"))),
            () -> sdk.getImportedModel(b -> b.modelIdentifier("never-imported"))),
        new Op("ListModelImportJobs", "creationTime", true, s -> true,
            a -> {
              var r = sdk.listModelImportJobs(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).creationTimeAfter(a.after).creationTimeBefore(a.before));
              return new Page(r.modelImportJobSummaries(), r.nextToken());
            },
            i -> sdk.getModelImportJob(b -> b.jobIdentifier(text(i, "jobArn"))),
            () -> sdk.getModelImportJob(b -> b.jobIdentifier(
                "arn:aws:bedrock:us-east-1:" + CALLER + ":model-import-job/aaaaaaaaaaaa"))),
        new Op("ListModelCopyJobs", "creationTime", true, s -> true,
            a -> {
              var r = sdk.listModelCopyJobs(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).creationTimeAfter(a.after).creationTimeBefore(a.before));
              return new Page(r.modelCopyJobSummaries(), r.nextToken());
            },
            i -> sdk.getModelCopyJob(b -> b.jobArn(text(i, "jobArn"))),
            () -> sdk.getModelCopyJob(b -> b.jobArn("arn:aws:bedrock:us-east-1:" + CALLER + ":model-copy-job/aaaaaaaaaaaa"))),
        new Op("ListModelInvocationJobs", "submitTime", true, s -> true,
            a -> {
              var r = sdk.listModelInvocationJobs(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).submitTimeAfter(a.after).submitTimeBefore(a.before));
              return new Page(r.invocationJobSummaries(), r.nextToken());
            },
            i -> sdk.getModelInvocationJob(b -> b.jobIdentifier(text(i, "jobArn"))),
            () -> sdk.getModelInvocationJob(b -> b.jobIdentifier("aaaaaaaaaaaa"))),
        new Op("ListEvaluationJobs", "creationTime", true, s -> true,
            a -> {
              var r = sdk.listEvaluationJobs(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).creationTimeAfter(a.after).creationTimeBefore(a.before));
              return new Page(r.jobSummaries(), r.nextToken());
            },
            i -> sdk.getEvaluationJob(b -> b.jobIdentifier(text(i, "jobArn"))),
            () -> sdk.getEvaluationJob(b -> b.jobIdentifier(
                "arn:aws:bedrock:us-east-1:" + CALLER + ":evaluation-job/aaaaaaaaaaaa"))),
        new Op("ListCustomModelDeployments", "createdAt", true, s -> true,
            a -> {
              var r = sdk.listCustomModelDeployments(b -> b.maxResults(a.max).nextToken(a.token).sortBy(a.sortBy())
                  .sortOrder(a.order).createdAfter(a.after).createdBefore(a.before));
              return new Page(r.modelDeploymentSummaries(), r.nextToken());
            },
            i -> sdk.getCustomModelDeployment(b -> b.customModelDeploymentIdentifier(text(i, "customModelDeploymentArn"))),
            () -> sdk.getCustomModelDeployment(b -> b.customModelDeploymentIdentifier("no-such-deployment"))),
        // Without typeEquals the service lists only the SYSTEM_DEFINED profiles (aws/aws-cli#9728).
        new Op("ListInferenceProfiles", null, false, s -> text(s, "type").equals("SYSTEM_DEFINED"),
            a -> {
              var r = sdk.listInferenceProfiles(b -> b.maxResults(a.max).nextToken(a.token));
              return new Page(r.inferenceProfileSummaries(), r.nextToken());
            },
            i -> sdk.getInferenceProfile(b -> b.inferenceProfileIdentifier(text(i, "inferenceProfileId"))),
            () -> sdk.getInferenceProfile(b -> b.inferenceProfileIdentifier("us.nobody.model-v1:0"))),
        // Without guardrailIdentifier, only the DRAFT of each guardrail.
        new Op("ListGuardrails", null, false, s -> text(s, "version").equals("DRAFT"),
            a -> {
              var r = sdk.listGuardrails(b -> b.maxResults(a.max).nextToken(a.token));
              return new Page(r.guardrails(), r.nextToken());
            },
            i -> sdk.getGuardrail(b -> b.guardrailIdentifier(text(i, "guardrailId")).guardrailVersion(text(i, "version"))),
            () -> sdk.getGuardrail(b -> b.guardrailIdentifier("aaaaaaaaaaaa"))),
        new Op("ListPromptRouters", null, false, s -> true,
            a -> {
              var r = sdk.listPromptRouters(b -> b.maxResults(a.max).nextToken(a.token));
              return new Page(r.promptRouterSummaries(), r.nextToken());
            },
            i -> sdk.getPromptRouter(b -> b.promptRouterArn(text(i, "promptRouterArn"))),
            () -> sdk.getPromptRouter(b -> b.promptRouterArn(
                "arn:aws:bedrock:us-east-1:" + CALLER + ":prompt-router/aaaaaaaaaaaa"))));
  }

  static Stream<Op> sortableOps() {
    return pagedOps().stream().filter(Op::sortable);
  }

  // --- generic: paging, sort, time bounds, constraints, Get, for every paged operation ---

  @ParameterizedTest @MethodSource("pagedOps")
  void pagesThroughEverythingOnceInTheServicesOrder(Op op) {
    List<JsonNode> expected = summaries(op.op).stream().filter(op.scope).toList();
    assertTrue(expected.size() >= 3, op + " has too little data to page: " + expected.size());
    int max = Math.max(1, expected.size() / 4);
    List<Integer> sizes = new ArrayList<>();
    List<JsonNode> got = all(op, new Args(max, null, null, null, null), sizes);
    assertTrue(sizes.size() >= 3, op + " pages " + sizes);
    assertTrue(sizes.stream().allMatch(n -> n <= max), sizes.toString());
    assertEquals(expected.size(), new HashSet<>(got).size(), "no duplicates");
    assertSameJson(expected, got);
    long requests = emulator.requests().stream().filter(r -> r.operation().equals(op.op)
        && String.valueOf(max).equals(r.param("maxResults"))).count();
    assertTrue(requests >= sizes.size(), op + ": recorded under its operation name");
  }

  @ParameterizedTest @MethodSource("pagedOps")
  void shortPagesStillReachEveryItem(Op op) {
    emulator.semantics(Semantics.DEFAULT.withShortPages());
    List<JsonNode> expected = summaries(op.op).stream().filter(op.scope).toList();
    List<Integer> sizes = new ArrayList<>();
    List<JsonNode> got = all(op, Args.page(4, null), sizes);
    assertSameJson(expected, got);
    assertTrue(sizes.stream().allMatch(n -> n >= 1 && n <= 2), sizes.toString());
  }

  @ParameterizedTest @MethodSource("sortableOps")
  void sortsByTimeBothWaysTiesBrokenByArn(Op op) {
    String arn = arnMember(op.op);
    Comparator<JsonNode> byTime = Comparator.comparing((JsonNode s) -> Instant.parse(text(s, op.time)))
        .thenComparing(s -> text(s, arn));
    List<JsonNode> expected = summaries(op.op).stream().sorted(byTime).toList();
    List<JsonNode> asc = all(op, new Args(5, null, "Ascending", null, null), null);
    List<JsonNode> desc = all(op, new Args(5, null, "Descending", null, null), null);
    assertSameJson(expected, asc);
    List<JsonNode> reversed = new ArrayList<>(expected);
    Collections.reverse(reversed);
    assertSameJson(reversed, desc);
    assertNotEquals(summaries(op.op), expected, op + ": insertion order is not time order, so the sort shows");
  }

  @ParameterizedTest @MethodSource("sortableOps")
  void timeBoundsFollowTheSemantics(Op op) {
    List<JsonNode> all = summaries(op.op);
    JsonNode middle = all.stream().sorted(Comparator.comparing(s -> text(s, op.time))).toList().get(all.size() / 2);
    Instant t = Instant.parse(text(middle, op.time));
    for (Semantics sem : List.of(Semantics.DEFAULT, new Semantics(false, true, false, false, false),
        new Semantics(false, false, false, true, false))) {
      emulator.semantics(sem);
      Instant bound = sem.boundsToSeconds() ? t.truncatedTo(ChronoUnit.SECONDS) : t;
      Predicate<JsonNode> after = s -> sem.boundsInclusive() ? !time(s, op).isBefore(bound) : time(s, op).isAfter(bound);
      Predicate<JsonNode> before = s -> sem.boundsInclusive() ? !time(s, op).isAfter(bound) : time(s, op).isBefore(bound);
      assertSameJson(all.stream().filter(after).toList(), all(op, new Args(1000, null, null, t, null), null));
      assertSameJson(all.stream().filter(before).toList(), all(op, new Args(1000, null, null, null, t), null));
    }
    String arn = arnMember(op.op);
    Function<List<JsonNode>, List<String>> arns = l -> l.stream().map(x -> text(x, arn)).toList();
    emulator.semantics(Semantics.DEFAULT);
    assertFalse(arns.apply(all(op, new Args(1000, null, null, t, null), null)).contains(text(middle, arn)),
        "exclusive by default");
    emulator.semantics(new Semantics(false, true, false, false, false));
    assertTrue(arns.apply(all(op, new Args(1000, null, null, t, null), null)).contains(text(middle, arn)),
        "inclusive when told so");
  }

  @ParameterizedTest @MethodSource("pagedOps")
  void pagingConstraintsAreValidationExceptions(Op op) {
    ValidationException e = assertThrows(ValidationException.class, () -> op.list.apply(Args.page(1001, null)));
    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().contains("less than or equal to 1000"), e.getMessage());
    assertThrows(ValidationException.class, () -> op.list.apply(Args.page(0, null)));
    assertThrows(ValidationException.class, () -> op.list.apply(Args.page(null, "forged")));
    assertThrows(ValidationException.class, () -> op.list.apply(Args.page(null, "tok en")));
    assertThrows(ValidationException.class, () -> op.list.apply(Args.page(null, "x".repeat(2049))));
  }

  @ParameterizedTest @MethodSource("sortableOps")
  void sortConstraintsAreValidationExceptions(Op op) throws Exception {
    String path = path(op.op);
    assertEquals(400, get(path + "?sortOrder=ascending").statusCode());
    assertEquals(400, get(path + "?sortBy=creationTime").statusCode());
    assertEquals(400, get(path + "?" + (op.time.equals("createdAt") ? "createdAfter" : op.time + "After")
        + "=2024-01-02%2003:04:05").statusCode());
    assertEquals(200, get(path + "?sortBy=CreationTime&sortOrder=Descending").statusCode());
  }

  @ParameterizedTest @MethodSource("pagedOps")
  void getReturnsTheFullGetShapeAndUnknownIdsAreNotFound(Op op) {
    List<ObjectNode> items = emulator.items(op.op);
    for (ObjectNode item : items) {
      assertSameJson(List.of(item), List.of(json(op.get.apply(item))));
    }
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, op.unknownGet::run);
    assertEquals(404, e.statusCode());
    RecordedRequest last = last();
    assertEquals("Get" + op.op.substring("List".length(), op.op.length() - 1), last.operation());
    assertEquals(404, last.status());
  }

  @Test void tokensAreRejectedAcrossOperations() {
    String jobs = sdk.listModelCustomizationJobs(b -> b.maxResults(2)).nextToken();
    String evaluations = sdk.listEvaluationJobs(b -> b.maxResults(2)).nextToken();
    String models = sdk.listCustomModels(b -> b.maxResults(2)).nextToken();
    assertTrue(sdk.listModelCustomizationJobs(b -> b.maxResults(2).nextToken(jobs)).hasModelCustomizationJobSummaries());
    assertThrows(ValidationException.class, () -> sdk.listEvaluationJobs(b -> b.maxResults(2).nextToken(jobs)));
    assertThrows(ValidationException.class, () -> sdk.listModelCustomizationJobs(b -> b.maxResults(2).nextToken(evaluations)));
    assertThrows(ValidationException.class, () -> sdk.listCustomModels(b -> b.maxResults(2).nextToken(jobs)));
    assertThrows(ValidationException.class, () -> sdk.listGuardrails(b -> b.maxResults(2).nextToken(models)));
    // ... and across filter sets of one operation
    assertThrows(ValidationException.class,
        () -> sdk.listModelCustomizationJobs(b -> b.maxResults(2).statusEquals("Completed").nextToken(jobs)));
  }

  // --- ListFoundationModels: no paging at all ---

  @Test void foundationModelsComeInOneResponseWithoutMaxResults() throws Exception {
    var r = sdk.listFoundationModels(b -> { });
    assertSameJson(summaries("ListFoundationModels"), jsons(r.modelSummaries()));
    assertEquals(Map.of(), last().params(), "the SDK sends no maxResults");
    assertEquals("ListFoundationModels", last().operation());
    assertTrue(r.modelSummaries().size() >= 20);
    assertEquals(400, get("/foundation-models?maxResults=10").statusCode());
    assertEquals(400, get("/foundation-models?nextToken=abc").statusCode());
  }

  @Test void foundationModelFilters() {
    List<JsonNode> all = summaries("ListFoundationModels");
    // byProvider ignores case: "anthropic" finds the "Anthropic" models, as the CLI's documented example does.
    assertFiltered(all, s -> text(s, "providerName").equalsIgnoreCase("anthropic"),
        jsons(sdk.listFoundationModels(b -> b.byProvider("anthropic")).modelSummaries()));
    assertFiltered(all, s -> text(s, "providerName").equals("Mistral AI"),
        jsons(sdk.listFoundationModels(b -> b.byProvider("Mistral AI")).modelSummaries()));
    assertFiltered(all, s -> has(s, "customizationsSupported", "DISTILLATION"),
        jsons(sdk.listFoundationModels(b -> b.byCustomizationType("DISTILLATION")).modelSummaries()));
    assertFiltered(all, s -> has(s, "outputModalities", "EMBEDDING"),
        jsons(sdk.listFoundationModels(b -> b.byOutputModality("EMBEDDING")).modelSummaries()));
    assertFiltered(all, s -> has(s, "inferenceTypesSupported", "PROVISIONED") && has(s, "customizationsSupported", "FINE_TUNING"),
        jsons(sdk.listFoundationModels(b -> b.byInferenceType("PROVISIONED").byCustomizationType("FINE_TUNING"))
            .modelSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listFoundationModels(b -> b.byProvider("a_b")));
    assertThrows(ValidationException.class, () -> sdk.listFoundationModels(b -> b.byProvider("x".repeat(64))));
    assertThrows(ValidationException.class, () -> sdk.listFoundationModels(b -> b.byCustomizationType("fine_tuning")));
    assertThrows(ValidationException.class, () -> sdk.listFoundationModels(b -> b.byOutputModality("VIDEO")));
    assertThrows(ValidationException.class, () -> sdk.listFoundationModels(b -> b.byInferenceType("BATCH")));
  }

  @Test void getFoundationModelByIdOrArn() {
    for (ObjectNode item : emulator.items("ListFoundationModels")) {
      JsonNode d = item.get("modelDetails");
      assertSameJson(List.of(item), List.of(json(sdk.getFoundationModel(b -> b.modelIdentifier(text(d, "modelId"))))));
      assertEquals(text(d, "modelName"), sdk.getFoundationModel(b -> b.modelIdentifier(text(d, "modelArn")))
          .modelDetails().modelName());
    }
    assertEquals("modelIdentifier", last().params().keySet().iterator().next());
    assertThrows(ResourceNotFoundException.class, () -> sdk.getFoundationModel(b -> b.modelIdentifier("acme.nothing-v1")));
  }

  // --- the filters of each paged operation ---

  @Test void customizationJobFilters() {
    List<JsonNode> all = summaries("ListModelCustomizationJobs");
    for (String status : List.of("Completed", "Failed", "InProgress", "Stopped", "Stopping")) {
      assertFiltered(all, s -> text(s, "status").equals(status), jsons(sdk.listModelCustomizationJobs(
          b -> b.statusEquals(status).maxResults(1000)).modelCustomizationJobSummaries()));
    }
    String part = nameFragment(all, "jobName");
    String upper = part.toUpperCase();
    assertFiltered(all, s -> text(s, "jobName").toLowerCase().contains(part.toLowerCase()), jsons(
        sdk.listModelCustomizationJobs(b -> b.nameContains(upper).maxResults(1000)).modelCustomizationJobSummaries()));
    // Case-sensitive when told so: the upper-case fragment then finds only the names that have it so.
    emulator.semantics(new Semantics(true, false, false, false, false));
    assertSameJson(all.stream().filter(s -> text(s, "jobName").contains(upper)).toList(), jsons(
        sdk.listModelCustomizationJobs(b -> b.nameContains(upper).maxResults(1000)).modelCustomizationJobSummaries()));
    assertFiltered(all, s -> text(s, "jobName").contains(part), jsons(
        sdk.listModelCustomizationJobs(b -> b.nameContains(part).maxResults(1000)).modelCustomizationJobSummaries()));
    emulator.semantics(Semantics.DEFAULT);
    assertThrows(ValidationException.class, () -> sdk.listModelCustomizationJobs(b -> b.nameContains("a b")));
    assertThrows(ValidationException.class, () -> sdk.listModelCustomizationJobs(b -> b.nameContains("-ab")));
    assertThrows(ValidationException.class, () -> sdk.listModelCustomizationJobs(b -> b.nameContains("a".repeat(64))));
    assertThrows(ValidationException.class, () -> sdk.listModelCustomizationJobs(b -> b.statusEquals("Done")));
    // By ARN and by name.
    JsonNode job = emulator.items("ListModelCustomizationJobs").get(0);
    assertEquals(text(job, "jobArn"), sdk.getModelCustomizationJob(b -> b.jobIdentifier(text(job, "jobName"))).jobArn());
    assertEquals(Map.of("jobIdentifier", text(job, "jobName")), last().params());
  }

  @Test void provisionedThroughputFilters() {
    List<JsonNode> all = summaries("ListProvisionedModelThroughputs");
    for (String status : List.of("InService", "Creating", "Updating", "Failed")) {
      assertFiltered(all, s -> text(s, "status").equals(status), jsons(sdk.listProvisionedModelThroughputs(
          b -> b.statusEquals(status)).provisionedModelSummaries()));
    }
    String model = text(all.get(0), "modelArn");
    assertFiltered(all, s -> text(s, "modelArn").equals(model),
        jsons(sdk.listProvisionedModelThroughputs(b -> b.modelArnEquals(model)).provisionedModelSummaries()));
    String part = nameFragment(all, "provisionedModelName");
    assertFiltered(all, s -> text(s, "provisionedModelName").toLowerCase().contains(part.toLowerCase()),
        jsons(sdk.listProvisionedModelThroughputs(b -> b.nameContains(part)).provisionedModelSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listProvisionedModelThroughputs(b -> b.modelArnEquals("arn:nope")));
    assertThrows(ValidationException.class, () -> sdk.listProvisionedModelThroughputs(b -> b.nameContains("a..b")));
    assertThrows(ValidationException.class, () -> sdk.listProvisionedModelThroughputs(b -> b.statusEquals("Active")));
    JsonNode first = emulator.items("ListProvisionedModelThroughputs").get(0);
    assertEquals(text(first, "provisionedModelArn"), sdk.getProvisionedModelThroughput(
        b -> b.provisionedModelId(text(first, "provisionedModelName"))).provisionedModelArn());
  }

  @Test void importedModelAndImportJobFilters() {
    List<JsonNode> models = summaries("ListImportedModels");
    String part = nameFragment(models, "modelName");
    assertFiltered(models, s -> text(s, "modelName").toLowerCase().contains(part.toLowerCase()),
        jsons(sdk.listImportedModels(b -> b.nameContains(part)).modelSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listImportedModels(b -> b.nameContains("a.b")));
    List<JsonNode> jobs = summaries("ListModelImportJobs");
    for (String status : List.of("Completed", "Failed", "InProgress")) {
      assertFiltered(jobs, s -> text(s, "status").equals(status),
          jsons(sdk.listModelImportJobs(b -> b.statusEquals(status)).modelImportJobSummaries()));
    }
    assertFiltered(jobs, s -> text(s, "jobName").contains("broken"),
        jsons(sdk.listModelImportJobs(b -> b.nameContains("BROKEN")).modelImportJobSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listModelImportJobs(b -> b.statusEquals("Stopped")));
    assertThrows(ValidationException.class, () -> sdk.listModelImportJobs(b -> b.nameContains("a_b")));
    JsonNode model = emulator.items("ListImportedModels").get(0);
    assertEquals(text(model, "modelArn"), sdk.getImportedModel(b -> b.modelIdentifier(text(model, "modelName"))).modelArn());
  }

  @Test void copyJobFilters() {
    List<JsonNode> all = summaries("ListModelCopyJobs");
    for (String status : List.of("Completed", "Failed", "InProgress")) {
      assertFiltered(all, s -> text(s, "status").equals(status),
          jsons(sdk.listModelCopyJobs(b -> b.statusEquals(status)).modelCopyJobSummaries()));
    }
    String account = text(all.get(0), "sourceAccountId");
    assertFiltered(all, s -> text(s, "sourceAccountId").equals(account),
        jsons(sdk.listModelCopyJobs(b -> b.sourceAccountEquals(account)).modelCopyJobSummaries()));
    String source = text(all.get(1), "sourceModelArn");
    assertFiltered(all, s -> text(s, "sourceModelArn").equals(source),
        jsons(sdk.listModelCopyJobs(b -> b.sourceModelArnEquals(source)).modelCopyJobSummaries()));
    String part = nameFragment(all, "targetModelName");
    assertFiltered(all, s -> text(s, "targetModelName").toLowerCase().contains(part.toLowerCase()),
        jsons(sdk.listModelCopyJobs(b -> b.targetModelNameContains(part)).modelCopyJobSummaries()));
    assertEquals(part, last().param("outputModelNameContains"), "targetModelNameContains travels as outputModelNameContains");
    assertThrows(ValidationException.class, () -> sdk.listModelCopyJobs(b -> b.sourceAccountEquals("12345")));
    assertThrows(ValidationException.class, () -> sdk.listModelCopyJobs(b -> b.sourceModelArnEquals("arn:aws:s3:::b")));
    assertThrows(ValidationException.class, () -> sdk.listModelCopyJobs(b -> b.targetModelNameContains("a b")));
  }

  @Test void invocationJobFilters() {
    List<JsonNode> all = summaries("ListModelInvocationJobs");
    Set<String> statuses = all.stream().map(s -> text(s, "status")).collect(Collectors.toSet());
    assertTrue(statuses.size() >= 8, statuses.toString());
    for (String status : statuses) {
      assertFiltered(all, s -> text(s, "status").equals(status),
          jsons(sdk.listModelInvocationJobs(b -> b.statusEquals(status)).invocationJobSummaries()));
    }
    String part = nameFragment(all, "jobName");
    assertFiltered(all, s -> text(s, "jobName").toLowerCase().contains(part.toLowerCase()),
        jsons(sdk.listModelInvocationJobs(b -> b.nameContains(part)).invocationJobSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listModelInvocationJobs(b -> b.statusEquals("Running")));
    assertThrows(ValidationException.class, () -> sdk.listModelInvocationJobs(b -> b.nameContains("_x")));
    // The service's pattern backtracks exponentially in java.util.regex; this must answer at once.
    assertThrows(ValidationException.class, () -> sdk.listModelInvocationJobs(b -> b.nameContains("a".repeat(60) + "!")));
    // By ARN or by the job id that ends it.
    JsonNode job = emulator.items("ListModelInvocationJobs").get(0);
    String id = text(job, "jobArn").substring(text(job, "jobArn").lastIndexOf('/') + 1);
    assertEquals(text(job, "jobArn"), sdk.getModelInvocationJob(b -> b.jobIdentifier(id)).jobArn());
  }

  @Test void evaluationJobFilters() {
    List<JsonNode> all = summaries("ListEvaluationJobs");
    for (String status : all.stream().map(s -> text(s, "status")).distinct().toList()) {
      assertFiltered(all, s -> text(s, "status").equals(status),
          jsons(sdk.listEvaluationJobs(b -> b.statusEquals(status)).jobSummaries()));
    }
    for (String type : List.of("ModelEvaluation", "RagEvaluation")) {
      assertFiltered(all, s -> text(s, "applicationType").equals(type),
          jsons(sdk.listEvaluationJobs(b -> b.applicationTypeEquals(type)).jobSummaries()));
    }
    String part = nameFragment(all, "jobName");
    assertFiltered(all, s -> text(s, "jobName").contains(part),
        jsons(sdk.listEvaluationJobs(b -> b.nameContains(part)).jobSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listEvaluationJobs(b -> b.nameContains("Eval")), "lower case only");
    assertThrows(ValidationException.class, () -> sdk.listEvaluationJobs(b -> b.applicationTypeEquals("Rag")));
    assertThrows(ValidationException.class, () -> sdk.listEvaluationJobs(b -> b.statusEquals("Expired")));
  }

  @Test void deploymentFilters() {
    List<JsonNode> all = summaries("ListCustomModelDeployments");
    for (String status : List.of("Active", "Creating", "Failed")) {
      assertFiltered(all, s -> text(s, "status").equals(status),
          jsons(sdk.listCustomModelDeployments(b -> b.statusEquals(status)).modelDeploymentSummaries()));
    }
    String model = text(all.get(2), "modelArn");
    assertFiltered(all, s -> text(s, "modelArn").equals(model),
        jsons(sdk.listCustomModelDeployments(b -> b.modelArnEquals(model)).modelDeploymentSummaries()));
    String part = nameFragment(all, "customModelDeploymentName");
    assertFiltered(all, s -> text(s, "customModelDeploymentName").toLowerCase().contains(part.toLowerCase()),
        jsons(sdk.listCustomModelDeployments(b -> b.nameContains(part)).modelDeploymentSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listCustomModelDeployments(b -> b.modelArnEquals(
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0")), "custom models only");
    assertThrows(ValidationException.class, () -> sdk.listCustomModelDeployments(b -> b.statusEquals("InService")));
    JsonNode d = emulator.items("ListCustomModelDeployments").get(0);
    assertEquals(text(d, "customModelDeploymentArn"), sdk.getCustomModelDeployment(
        b -> b.customModelDeploymentIdentifier(text(d, "modelDeploymentName"))).customModelDeploymentArn());
  }

  @Test void inferenceProfileTypes() {
    List<JsonNode> all = summaries("ListInferenceProfiles");
    for (String type : List.of("SYSTEM_DEFINED", "APPLICATION")) {
      assertFiltered(all, s -> text(s, "type").equals(type),
          jsons(sdk.listInferenceProfiles(b -> b.typeEquals(type).maxResults(1000)).inferenceProfileSummaries()));
      assertEquals(type, last().param("type"), "typeEquals travels as type");
    }
    assertFiltered(all, s -> text(s, "type").equals("SYSTEM_DEFINED"),
        jsons(sdk.listInferenceProfiles(b -> b.maxResults(1000)).inferenceProfileSummaries()));
    assertThrows(ValidationException.class, () -> sdk.listInferenceProfiles(b -> b.typeEquals("system_defined")));
    JsonNode p = emulator.items("ListInferenceProfiles").get(0);
    assertEquals(text(p, "inferenceProfileId"), sdk.getInferenceProfile(
        b -> b.inferenceProfileIdentifier(text(p, "inferenceProfileArn"))).inferenceProfileId());
  }

  @Test void promptRouterTypes() {
    List<JsonNode> all = summaries("ListPromptRouters");
    for (String type : List.of("default", "custom")) {
      assertFiltered(all, s -> text(s, "type").equals(type),
          jsons(sdk.listPromptRouters(b -> b.type(type)).promptRouterSummaries()));
    }
    assertThrows(ValidationException.class, () -> sdk.listPromptRouters(b -> b.type("DEFAULT")));
  }

  @Test void guardrailsListDraftsOnlyUnlessOneGuardrailIsNamed() {
    List<JsonNode> all = summaries("ListGuardrails");
    assertFiltered(all, s -> text(s, "version").equals("DRAFT"),
        jsons(sdk.listGuardrails(b -> b.maxResults(1000)).guardrails()));
    JsonNode versioned = all.stream().filter(s -> !text(s, "version").equals("DRAFT")).findFirst().orElseThrow();
    String id = text(versioned, "id");
    List<JsonNode> byId = jsons(sdk.listGuardrails(b -> b.guardrailIdentifier(id).maxResults(1000)).guardrails());
    assertFiltered(all, s -> text(s, "id").equals(id), byId);
    assertTrue(byId.size() >= 2, "the DRAFT and its versions");
    assertSameJson(byId, jsons(sdk.listGuardrails(b -> b.guardrailIdentifier(text(versioned, "arn"))).guardrails()));
    // A guardrail's versions page too, and a token is bound to the guardrail it was issued for.
    List<JsonNode> paged = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      var r = sdk.listGuardrails(b -> b.guardrailIdentifier(id).maxResults(1).nextToken(t));
      paged.addAll(jsons(r.guardrails()));
      token = r.nextToken();
    } while (token != null);
    assertSameJson(byId, paged);
    String first = sdk.listGuardrails(b -> b.guardrailIdentifier(id).maxResults(1)).nextToken();
    assertThrows(ValidationException.class, () -> sdk.listGuardrails(b -> b.maxResults(1).nextToken(first)));
    assertThrows(ResourceNotFoundException.class, () -> sdk.listGuardrails(b -> b.guardrailIdentifier("zzzzzzzzzzzz")));
    assertThrows(ValidationException.class, () -> sdk.listGuardrails(b -> b.guardrailIdentifier("Not-An-Id")));
  }

  @Test void getGuardrailDefaultsToTheDraft() {
    ObjectNode v1 = emulator.items("ListGuardrails").stream().filter(i -> text(i, "version").equals("1")).findFirst()
        .orElseThrow();
    String id = text(v1, "guardrailId");
    ObjectNode draft = emulator.items("ListGuardrails").stream()
        .filter(i -> text(i, "guardrailId").equals(id) && text(i, "version").equals("DRAFT")).findFirst().orElseThrow();
    assertSameJson(List.of(draft), List.of(json(sdk.getGuardrail(b -> b.guardrailIdentifier(id)))));
    assertEquals(Map.of("guardrailIdentifier", id), last().params());
    assertSameJson(List.of(v1), List.of(json(sdk.getGuardrail(b -> b.guardrailIdentifier(text(v1, "guardrailArn"))
        .guardrailVersion("1")))));
    assertEquals(Map.of("guardrailIdentifier", text(v1, "guardrailArn"), "guardrailVersion", "1"), last().params());
    assertEquals("GetGuardrail", last().operation());
    assertThrows(ValidationException.class, () -> sdk.getGuardrail(b -> b.guardrailIdentifier(id).guardrailVersion("v1")));
    assertThrows(ResourceNotFoundException.class,
        () -> sdk.getGuardrail(b -> b.guardrailIdentifier(id).guardrailVersion("99")));
  }

  // --- faults apply to every operation ---

  @Test void faultsApplyToEveryOperation() {
    emulator.faults(Faults.NONE.withDenyAll());
    AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> sdk.listGuardrails(b -> { }));
    assertTrue(denied.getMessage().contains("bedrock:ListGuardrails"), denied.getMessage());
    assertEquals("ListGuardrails", last().operation());
    emulator.faults(Faults.NONE.withRates(1.0, 0, 1));
    ThrottlingException throttled = assertThrows(ThrottlingException.class,
        () -> sdk.getFoundationModel(b -> b.modelIdentifier("amazon.nova-lite-v1:0")));
    assertEquals(429, throttled.statusCode());
    assertEquals("GetFoundationModel", last().operation());
    emulator.faults(Faults.NONE.withMalformedPage(1));
    String token = sdk.listModelCustomizationJobs(b -> b.maxResults(10)).nextToken();
    assertThrows(SdkClientException.class, () -> sdk.listModelCustomizationJobs(b -> b.maxResults(10).nextToken(token)));
    emulator.faults(Faults.NONE.withLoopingToken());
    String t1 = sdk.listModelImportJobs(b -> b.maxResults(2)).nextToken();
    assertEquals(t1, sdk.listModelImportJobs(b -> b.maxResults(2).nextToken(t1)).nextToken(), "the same token again");
  }

  // --- the generated data ---

  @Test void customModelsAreExactlyAsBefore() {
    assertEquals(ModelGenerator.generate(7, 120), emulator.models());
    assertEquals(emulator.models().stream().map(EmulatedModel::modelArn).toList(),
        emulator.items("ListCustomModels").stream().map(i -> text(i, "modelArn")).toList());
    assertSameJson(emulator.summaries("ListCustomModels"),
        jsons(sdk.listCustomModels(b -> b.maxResults(1000)).modelSummaries()));
  }

  @Test void generationIsDeterministicAndScalesWithoutExploding() {
    Catalogue again = Catalogue.generate(7, 120);
    for (String op : Catalogue.LIST_OPERATIONS) {
      assertSameJson(emulator.items(op), again.items(op));
      assertFalse(emulator.items(op).isEmpty(), op);
    }
    assertNotEquals(Catalogue.generate(8, 120).items("ListGuardrails"), again.items("ListGuardrails"));
    Catalogue big = Catalogue.generate(3, 20_000);
    for (String op : Catalogue.LIST_OPERATIONS) {
      int n = big.items(op).size();
      if (op.equals("ListModelCustomizationJobs")) {
        assertTrue(n <= 20_000 + 12, op + " " + n);
      } else if (!op.equals("ListCustomModels")) {
        assertTrue(n <= 60, op + " is capped: " + n);
      }
    }
  }

  @Test void everyFoundationModelTheCustomModelsNameExists() {
    Set<String> fms = emulator.items("ListFoundationModels").stream().map(i -> text(i.get("modelDetails"), "modelArn"))
        .collect(Collectors.toSet());
    for (EmulatedModel m : emulator.models()) {
      if (m.foundationModelArn() != null) {
        assertTrue(fms.contains(m.foundationModelArn()), m.foundationModelArn());
      }
      if (m.baseModelArn().contains(":foundation-model/")) {
        assertTrue(fms.contains(m.baseModelArn()), m.baseModelArn());
      }
    }
    Set<String> providers = emulator.summaries("ListFoundationModels").stream().map(s -> text(s, "providerName"))
        .collect(Collectors.toSet());
    assertTrue(providers.containsAll(Set.of("Amazon", "Anthropic", "Meta", "Cohere", "Mistral AI")), providers.toString());
  }

  @Test void customizationJobsFollowTheCallersModels() {
    Map<String, EmulatedModel> byArn = emulator.models().stream()
        .collect(Collectors.toMap(EmulatedModel::modelArn, m -> m));
    Map<String, ObjectNode> jobs = emulator.items("ListModelCustomizationJobs").stream()
        .collect(Collectors.toMap(j -> text(j, "jobArn"), j -> j));
    for (EmulatedModel m : emulator.models()) {
      boolean own = m.modelArn().split(":")[4].equals(CALLER);
      assertEquals(own && m.jobArn() != null, jobs.containsKey(m.jobArn()), m.modelArn());
    }
    int withoutModel = 0;
    for (ObjectNode j : jobs.values()) {
      String out = text(j, "outputModelArn");
      if (out == null) {
        withoutModel++;
        assertTrue(Set.of("Failed", "Stopped", "Stopping").contains(text(j, "status")), j.toString());
        continue;
      }
      EmulatedModel m = byArn.get(out);
      assertTrue(m != null, "the job's output model is a custom model: " + out);
      assertEquals(m.jobArn(), text(j, "jobArn"));
      assertEquals(m.jobName(), text(j, "jobName"));
      assertEquals(m.modelName(), text(j, "outputModelName"));
      assertEquals(m.baseModelArn(), text(j, "baseModelArn"));
      String expected = m.modelStatus() == null ? "Completed" : switch (m.modelStatus()) {
        case "Failed" -> "Failed";
        case "Creating" -> "InProgress";
        default -> "Completed";
      };
      assertEquals(expected, text(j, "status"));
      if (expected.equals("Failed")) {
        assertEquals(m.failureMessage(), text(j, "failureMessage"));
      }
      JsonNode model = JSON.valueToTree(m.detailJson());
      assertEquals(model.get("hyperParameters"), j.get("hyperParameters"), "the same training as GetCustomModel shows");
      assertEquals(model.get("trainingDataConfig"), j.get("trainingDataConfig"));
      assertEquals(model.get("trainingMetrics"), j.get("trainingMetrics"), "the same loss as GetCustomModel shows");
      assertEquals(expected.equals("Completed"), model.has("trainingMetrics"), "a finished training run has a loss");
    }
    assertTrue(withoutModel >= 2);
  }

  @Test void throughputsDeploymentsAndCopiesPointAtRealModels() {
    Map<String, EmulatedModel> models = emulator.models().stream()
        .collect(Collectors.toMap(EmulatedModel::modelArn, m -> m));
    Set<String> fms = emulator.items("ListFoundationModels").stream().map(i -> text(i.get("modelDetails"), "modelArn"))
        .collect(Collectors.toSet());
    int onCustom = 0;
    for (ObjectNode p : emulator.items("ListProvisionedModelThroughputs")) {
      String arn = text(p, "modelArn");
      if (models.containsKey(arn)) {
        onCustom++;
        assertEquals(models.get(arn).foundationModelArn(), text(p, "foundationModelArn"));
      } else {
        assertTrue(fms.contains(arn), arn);
      }
      assertEquals(text(p, "status").equals("Failed"), p.has("failureMessage"));
    }
    assertTrue(onCustom > 0 && onCustom < emulator.items("ListProvisionedModelThroughputs").size());
    for (ObjectNode d : emulator.items("ListCustomModelDeployments")) {
      assertTrue(models.containsKey(text(d, "modelArn")), text(d, "modelArn"));
      assertTrue(models.get(text(d, "modelArn")).modelArn().split(":")[4].equals(CALLER));
    }
    for (ObjectNode c : emulator.items("ListModelCopyJobs")) {
      assertNotEquals(CALLER, text(c, "sourceAccountId"));
      assertTrue(text(c, "sourceModelArn").contains(":" + text(c, "sourceAccountId") + ":custom-model/"));
      assertTrue(text(c, "targetModelArn").contains(":" + CALLER + ":custom-model/"));
      if (text(c, "status").equals("Completed")) {
        assertEquals(text(c, "targetModelName"), models.get(text(c, "targetModelArn")).modelName());
      }
    }
  }

  @Test void importedModelsComeFromImportJobs() {
    Map<String, ObjectNode> jobs = emulator.items("ListModelImportJobs").stream()
        .collect(Collectors.toMap(j -> text(j, "jobArn"), j -> j));
    for (ObjectNode m : emulator.items("ListImportedModels")) {
      ObjectNode job = jobs.get(text(m, "jobArn"));
      assertEquals(text(m, "modelArn"), text(job, "importedModelArn"));
      assertEquals(text(m, "jobName"), text(job, "jobName"));
      assertEquals("Completed", text(job, "status"));
      assertEquals(m.get("modelDataSource"), job.get("modelDataSource"));
    }
    assertTrue(jobs.values().stream().anyMatch(j -> text(j, "status").equals("Failed") && !j.has("importedModelArn")
        && j.has("failureMessage")));
  }

  @Test void profilesRouteToFoundationModelsAndRoutersToProfiles() {
    Set<String> fmIds = emulator.items("ListFoundationModels").stream().map(i -> text(i.get("modelDetails"), "modelId"))
        .collect(Collectors.toSet());
    Set<String> profiles = new HashSet<>();
    for (ObjectNode p : emulator.items("ListInferenceProfiles")) {
      profiles.add(text(p, "inferenceProfileArn"));
      Set<String> regions = new HashSet<>();
      for (JsonNode m : p.get("models")) {
        String arn = text(m, "modelArn");
        assertTrue(fmIds.contains(arn.substring(arn.indexOf('/') + 1)), arn);
        regions.add(arn.split(":")[3]);
      }
      if (text(p, "type").equals("SYSTEM_DEFINED")) {
        assertTrue(text(p, "inferenceProfileId").startsWith("us."), text(p, "inferenceProfileId"));
        assertTrue(regions.size() >= 3, regions.toString());
      }
    }
    Set<String> types = new HashSet<>();
    for (ObjectNode r : emulator.items("ListPromptRouters")) {
      types.add(text(r, "type"));
      List<String> targets = new ArrayList<>();
      r.get("models").forEach(m -> targets.add(text(m, "modelArn")));
      assertTrue(profiles.containsAll(targets), targets.toString());
      assertTrue(targets.contains(text(r.get("fallbackModel"), "modelArn")));
    }
    assertEquals(Set.of("default", "custom"), types);
  }

  @Test void guardrailsHaveOneDraftAndNumberedVersions() {
    Map<String, List<String>> versions = new java.util.LinkedHashMap<>();
    for (ObjectNode g : emulator.items("ListGuardrails")) {
      versions.computeIfAbsent(text(g, "guardrailId"), k -> new ArrayList<>()).add(text(g, "version"));
    }
    for (List<String> v : versions.values()) {
      List<String> expected = new ArrayList<>(List.of("DRAFT"));
      for (int i = 1; i < v.size(); i++) {
        expected.add(String.valueOf(i));
      }
      assertEquals(expected, v);
      assertTrue(v.size() <= 4);
    }
    assertTrue(versions.values().stream().anyMatch(v -> v.size() > 1), "some guardrails have versions");
  }

  @Test void evaluationAndBatchJobsCoverTheirKinds() {
    List<ObjectNode> evaluations = emulator.items("ListEvaluationJobs");
    assertEquals(Set.of("ModelEvaluation", "RagEvaluation"),
        evaluations.stream().map(e -> text(e, "applicationType")).collect(Collectors.toSet()));
    assertEquals(Set.of("Human", "Automated"), evaluations.stream().map(e -> text(e, "jobType")).collect(Collectors.toSet()));
    Set<String> fmIds = emulator.items("ListFoundationModels").stream().map(i -> text(i.get("modelDetails"), "modelId"))
        .collect(Collectors.toSet());
    Set<String> profileIds = emulator.items("ListInferenceProfiles").stream().map(p -> text(p, "inferenceProfileId"))
        .collect(Collectors.toSet());
    for (ObjectNode j : emulator.items("ListModelInvocationJobs")) {
      assertTrue(fmIds.contains(text(j, "modelId")) || profileIds.contains(text(j, "modelId")), text(j, "modelId"));
    }
  }

  // --- data sets as JSON ---

  @Test void theWholeDataSetRoundTripsThroughJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("catalogue.json");
    ModelData.write(emulator.catalogue(), file);
    Catalogue read = ModelData.readCatalogue(file);
    assertEquals(emulator.models(), read.models());
    assertEquals(emulator.models(), ModelData.read(file), "ModelData.read takes the whole-data-set file too");
    for (String op : Catalogue.LIST_OPERATIONS) {
      assertSameJson(emulator.items(op), read.items(op));
      assertSameJson(emulator.summaries(op), read.summaries(op));
    }
    try (BedrockEmulator loaded = BedrockEmulator.builder().catalogue(read).start();
         BedrockClient client = BedrockClient.builder().region(Region.US_EAST_1).endpointOverride(loaded.endpoint())
             .httpClient(UrlConnectionHttpClient.create())
             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "s"))).build()) {
      assertSameJson(emulator.summaries("ListModelCopyJobs"), jsons(client.listModelCopyJobs(b -> { }).modelCopyJobSummaries()));
    }
    // The models-only format still loads: custom models, nothing else.
    Path old = dir.resolve("models.json");
    ModelData.write(emulator.models(), old);
    Catalogue modelsOnly = ModelData.readCatalogue(old);
    assertEquals(emulator.models(), modelsOnly.models());
    assertTrue(modelsOnly.items("ListGuardrails").isEmpty());
    // A broken file says what is wrong.
    Files.writeString(dir.resolve("bad.json"), "{\"ListGuardrails\":[{\"name\":\"x\"}]}");
    IOException e = assertThrows(IOException.class, () -> ModelData.readCatalogue(dir.resolve("bad.json")));
    assertTrue(e.getMessage().contains("ListGuardrails"), e.getMessage());
  }

  @Test void modelsOnlyEmulatorsServeEmptyCatalogues() throws Exception {
    try (BedrockEmulator plain = BedrockEmulator.builder().models(ModelGenerator.generate(1, 5)).start();
         BedrockClient client = BedrockClient.builder().region(Region.US_EAST_1).endpointOverride(plain.endpoint())
             .httpClient(UrlConnectionHttpClient.create())
             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "s"))).build()) {
      assertTrue(client.listModelCustomizationJobs(b -> { }).modelCustomizationJobSummaries().isEmpty());
      assertNull(client.listModelCustomizationJobs(b -> { }).nextToken());
      assertEquals(5, client.listCustomModels(b -> { }).modelSummaries().size());
    }
  }

  @Test void unknownListOperationsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> emulator.items("ListThings"));
    assertTrue(e.getMessage().contains("ListGuardrails"), e.getMessage());
  }

  // --- helpers ---

  /** Every page of a listing with these arguments; the page sizes into {@code sizes} if given. */
  static List<JsonNode> all(Op op, Args args, List<Integer> sizes) {
    List<JsonNode> out = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page p = op.list.apply(new Args(args.max, token, args.order, args.after, args.before));
      if (sizes != null) {
        sizes.add(p.items.size());
      }
      out.addAll(jsons(p.items));
      token = p.next;
      assertTrue(++pages < 10_000, "paging ends");
    } while (token != null);
    return out;
  }

  static List<JsonNode> summaries(String op) {
    return new ArrayList<>(emulator.summaries(op));
  }

  static RecordedRequest last() {
    List<RecordedRequest> r = emulator.requests();
    return r.get(r.size() - 1);
  }

  static Instant time(JsonNode summary, Op op) {
    return Instant.parse(text(summary, op.time));
  }

  static String arnMember(String op) {
    return Catalogue.kind(op).arnMember;
  }

  static String path(String op) {
    return Catalogue.kind(op).listPath;
  }

  static String text(JsonNode n, String member) {
    JsonNode v = n.get(member);
    return v == null || v.isNull() ? null : v.asText();
  }

  static boolean has(JsonNode n, String listMember, String value) {
    for (JsonNode v : n.path(listMember)) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** A fragment of some item's name that not every item has, to filter on. */
  static String nameFragment(List<JsonNode> all, String member) {
    for (JsonNode s : all) {
      String name = text(s, member);
      for (String word : name.split("[^a-zA-Z0-9]+")) {
        long matches = all.stream().filter(x -> text(x, member).toLowerCase().contains(word.toLowerCase())).count();
        if (word.length() >= 3 && matches > 0 && matches < all.size()) {
          return word;
        }
      }
    }
    throw new AssertionError("no selective fragment in " + member);
  }

  static void assertFiltered(List<JsonNode> all, Predicate<JsonNode> p, List<JsonNode> got) {
    List<JsonNode> expected = all.stream().filter(p).toList();
    assertFalse(expected.isEmpty(), "the filter should match something");
    assertSameJson(expected, got);
  }

  /** The same JSON, numbers compared by value (a float written out and read back is a double). */
  static void assertSameJson(List<? extends JsonNode> expected, List<? extends JsonNode> actual) {
    Comparator<JsonNode> values = (a, b) -> {
      if (a.isNumber() && b.isNumber()) {
        return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
      }
      return a.equals(b) ? 0 : 1;
    };
    ArrayNode e = JsonNodeFactory.instance.arrayNode().addAll(new ArrayList<JsonNode>(expected));
    ArrayNode a = JsonNodeFactory.instance.arrayNode().addAll(new ArrayList<JsonNode>(actual));
    assertTrue(e.equals(values, a), "expected\n" + e + "\nbut got\n" + a);
  }

  static List<JsonNode> jsons(List<? extends SdkPojo> items) {
    return items.stream().map(CatalogueEmulatorTest::json).toList();
  }

  /** What the SDK parsed, written back as wire JSON: each field under its locationName, absent ones left out. */
  static JsonNode json(Object v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v instanceof SdkPojo p) {
      ObjectNode o = f.objectNode();
      for (SdkField<?> field : p.sdkFields()) {
        Object x = field.getValueOrDefault(p);
        if (x != null && !(x instanceof SdkAutoConstructList) && !(x instanceof SdkAutoConstructMap)) {
          o.set(field.locationName(), json(x));
        }
      }
      return o;
    }
    if (v instanceof List<?> list) {
      ArrayNode a = f.arrayNode();
      list.forEach(x -> a.add(json(x)));
      return a;
    }
    if (v instanceof Map<?, ?> map) {
      ObjectNode o = f.objectNode();
      map.forEach((k, x) -> o.set(String.valueOf(k), json(x)));
      return o;
    }
    if (v instanceof Instant t) {
      return f.textNode(t.toString());
    }
    if (v instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (v instanceof Number n) {
      return f.numberNode(new BigDecimal(n.toString()));
    }
    return f.textNode(String.valueOf(v));
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
