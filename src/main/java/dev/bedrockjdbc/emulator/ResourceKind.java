package dev.bedrockjdbc.emulator;

import static dev.bedrockjdbc.emulator.ServiceConstraints.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One kind of Bedrock resource as the emulator serves it, described by data rather than code: the List
 * operation (path, list member, filters with their wire names and constraints, paging, sort), the summary as a
 * projection of the Get response, and the Get operation (path, URI label, the members an identifier may name).
 * Every resource is held as a Jackson ObjectNode in the Get response's wire shape. ListCustomModels is not one
 * of these: it keeps its own, tuned path ({@link ListQuery}, {@link EmulatedModel}).
 */
final class ResourceKind {
  /** How a filter's value selects resources. */
  enum Match {
    /** The summary member equals the value. */
    EQUALS,
    /** The summary member equals the value, ignoring case (byProvider: {@code Amazon} and {@code amazon}). */
    EQUALS_IGNORE_CASE,
    /** The summary member contains the value; case sensitivity per {@link Semantics#nameCaseSensitive()}. */
    NAME_CONTAINS,
    /** The time member is after the value; inclusion and truncation per Semantics. */
    AFTER,
    /** The time member is before the value. */
    BEFORE,
    /** The summary's list member holds the value. */
    LIST_HAS,
    /** ListGuardrails: without a value, the DRAFT of each guardrail; with one, every version of that guardrail. */
    GUARDRAIL
  }

  /** A constraint on a wire value: the value back, or the service's ValidationException. */
  interface Check {
    String check(String value) throws ApiError;
  }

  /**
   * A request filter.
   *
   * @param wire   the query parameter's wire name
   * @param check  its constraint (null for the time bounds, which are ISO-8601 timestamps)
   * @param match  how it selects
   * @param member the summary member it tests (null for AFTER/BEFORE, which test the kind's time member)
   * @param absent the value the service assumes when the parameter is not sent, or null for none
   */
  record Filter(String wire, Check check, Match match, String member, String absent) {
  }

  /** A summary member and how it is projected from the resource (the Get shape, below its root member). */
  record Member(String name, Function<ObjectNode, JsonNode> from) {
  }

  final String listOperation;
  final String listPath;
  final String listMember;
  final String getOperation;
  final String getPath;
  final String idLabel;
  final String noun;
  /** The Get response member that holds the resource (GetFoundationModel's {@code modelDetails}), or null. */
  final String root;
  final List<Member> summary;
  final List<Filter> filters;
  final boolean paged;
  final boolean sortable;
  /** The summary member time filters and sortBy=CreationTime use, or null. */
  final String timeMember;
  /** The summary member that names a resource uniquely (with {@link #versionMember}), the sort's tie-break. */
  final String arnMember;
  /** Resource members a Get identifier may equal. */
  final List<String> ids;
  /** Whether a Get identifier may also be the last path segment of the ARN (the first of {@link #ids}): a job id. */
  final boolean idIsArnTail;
  /** The constraint on the Get's identifier label. */
  final ServiceConstraints.Text idConstraint;
  /** For versioned resources (guardrails): the version member, the Get's query parameter, and its default. */
  final String versionMember;
  final String versionParam;
  final String defaultVersion;

  private ResourceKind(Builder b) {
    listOperation = b.listOperation;
    listPath = b.listPath;
    listMember = b.listMember;
    getOperation = b.getOperation;
    getPath = b.getPath;
    idLabel = b.idLabel;
    noun = b.noun;
    root = b.root;
    summary = List.copyOf(b.summary);
    filters = List.copyOf(b.filters);
    paged = b.paged;
    sortable = b.sortable;
    timeMember = b.timeMember;
    arnMember = b.arnMember;
    ids = List.copyOf(b.ids);
    idIsArnTail = b.idIsArnTail;
    idConstraint = b.idConstraint != null ? b.idConstraint : ServiceConstraints.identifier(b.idLabel);
    versionMember = b.versionMember;
    versionParam = b.versionParam;
    defaultVersion = b.defaultVersion;
  }

  /** The resource inside a Get response. */
  ObjectNode resource(ObjectNode item) {
    return root == null ? item : (ObjectNode) item.get(root);
  }

  /** The List response's summary of a resource: the projection of its Get response, absent members left out. */
  ObjectNode summarize(ObjectNode item) {
    ObjectNode r = resource(item);
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    for (Member m : summary) {
      JsonNode v = m.from.apply(r);
      if (v != null && !v.isNull()) {
        s.set(m.name, v);
      }
    }
    return s;
  }

  /** Whether a Get identifier names this resource. */
  boolean identifies(ObjectNode item, String id) {
    ObjectNode r = resource(item);
    for (String member : ids) {
      JsonNode v = r.get(member);
      if (v != null && id.equals(v.asText())) {
        return true;
      }
    }
    if (idIsArnTail) {
      String arn = text(r, ids.get(0)); // the first id member is the ARN
      return arn != null && arn.substring(arn.lastIndexOf('/') + 1).equals(id);
    }
    return false;
  }

  static String text(JsonNode n, String member) {
    JsonNode v = n == null ? null : n.get(member);
    return v == null || v.isNull() ? null : v.asText();
  }

  // --- the catalogue ---

  static final ResourceKind FOUNDATION_MODELS = builder("ListFoundationModels", "/foundation-models", "modelSummaries")
      .get("GetFoundationModel", "/foundation-models", "modelIdentifier", "foundation model")
      .root("modelDetails").unpaged()
      .summary("modelArn", "modelId", "modelName", "providerName", "inputModalities", "outputModalities",
          "responseStreamingSupported", "customizationsSupported", "inferenceTypesSupported", "modelLifecycle")
      .filter(BY_PROVIDER, Match.EQUALS_IGNORE_CASE, "providerName")
      .filter(BY_CUSTOMIZATION_TYPE, Match.LIST_HAS, "customizationsSupported")
      .filter(BY_OUTPUT_MODALITY, Match.LIST_HAS, "outputModalities")
      .filter(BY_INFERENCE_TYPE, Match.LIST_HAS, "inferenceTypesSupported")
      .arn("modelArn").ids("modelArn", "modelId").build();

  static final ResourceKind CUSTOMIZATION_JOBS =
      builder("ListModelCustomizationJobs", "/model-customization-jobs", "modelCustomizationJobSummaries")
          .get("GetModelCustomizationJob", "/model-customization-jobs", "jobIdentifier", "model customization job")
          .summary("jobArn", "baseModelArn", "jobName", "status", "statusDetails", "lastModifiedTime", "creationTime",
              "endTime", "customModelArn=outputModelArn", "customModelName=outputModelName", "customizationType")
          .times("creationTimeAfter", "creationTimeBefore", "creationTime")
          .filter(CUSTOMIZATION_JOB_STATUS, Match.EQUALS, "status")
          .filter(CUSTOMIZATION_JOB_NAME_CONTAINS, Match.NAME_CONTAINS, "jobName")
          .sortable().arn("jobArn").ids("jobArn", "jobName").build();

  static final ResourceKind PROVISIONED_THROUGHPUTS =
      builder("ListProvisionedModelThroughputs", "/provisioned-model-throughputs", "provisionedModelSummaries")
          .get("GetProvisionedModelThroughput", "/provisioned-model-throughput", "provisionedModelId", "provisioned model")
          .summary("provisionedModelName", "provisionedModelArn", "modelArn", "desiredModelArn", "foundationModelArn",
              "modelUnits", "desiredModelUnits", "status", "commitmentDuration", "commitmentExpirationTime",
              "creationTime", "lastModifiedTime")
          .times("creationTimeAfter", "creationTimeBefore", "creationTime")
          .filter(PROVISIONED_STATUS, Match.EQUALS, "status")
          .filter(PROVISIONED_MODEL_ARN_EQUALS, Match.EQUALS, "modelArn")
          .filter(PROVISIONED_NAME_CONTAINS, Match.NAME_CONTAINS, "provisionedModelName")
          .sortable().arn("provisionedModelArn").ids("provisionedModelArn", "provisionedModelName").build();

  static final ResourceKind IMPORTED_MODELS = builder("ListImportedModels", "/imported-models", "modelSummaries")
      .get("GetImportedModel", "/imported-models", "modelIdentifier", "imported model")
      .summary("modelArn", "modelName", "creationTime", "instructSupported", "modelArchitecture")
      .times("creationTimeAfter", "creationTimeBefore", "creationTime")
      .filter(IMPORTED_MODEL_NAME_CONTAINS, Match.NAME_CONTAINS, "modelName")
      .sortable().arn("modelArn").ids("modelArn", "modelName").build();

  static final ResourceKind IMPORT_JOBS = builder("ListModelImportJobs", "/model-import-jobs", "modelImportJobSummaries")
      .get("GetModelImportJob", "/model-import-jobs", "jobIdentifier", "model import job")
      .summary("jobArn", "jobName", "status", "lastModifiedTime", "creationTime", "endTime", "importedModelArn",
          "importedModelName")
      .times("creationTimeAfter", "creationTimeBefore", "creationTime")
      .filter(IMPORT_JOB_STATUS, Match.EQUALS, "status")
      .filter(IMPORT_JOB_NAME_CONTAINS, Match.NAME_CONTAINS, "jobName")
      .sortable().arn("jobArn").ids("jobArn", "jobName").build();

  static final ResourceKind COPY_JOBS = builder("ListModelCopyJobs", "/model-copy-jobs", "modelCopyJobSummaries")
      .get("GetModelCopyJob", "/model-copy-jobs", "jobArn", "model copy job")
      .summary("jobArn", "status", "creationTime", "targetModelArn", "targetModelName", "sourceAccountId",
          "sourceModelArn", "targetModelKmsKeyArn", "targetModelTags", "failureMessage", "sourceModelName")
      .times("creationTimeAfter", "creationTimeBefore", "creationTime")
      .filter(COPY_JOB_STATUS, Match.EQUALS, "status")
      .filter(SOURCE_ACCOUNT_EQUALS, Match.EQUALS, "sourceAccountId")
      .filter(SOURCE_MODEL_ARN_EQUALS, Match.EQUALS, "sourceModelArn")
      .filter(OUTPUT_MODEL_NAME_CONTAINS, Match.NAME_CONTAINS, "targetModelName")
      .sortable().arn("jobArn").ids("jobArn").build();

  static final ResourceKind INVOCATION_JOBS = builder("ListModelInvocationJobs", "/model-invocation-jobs",
      "invocationJobSummaries")
      .get("GetModelInvocationJob", "/model-invocation-job", "jobIdentifier", "model invocation job")
      .summary("jobArn", "jobName", "modelId", "clientRequestToken", "roleArn", "status", "message", "submitTime",
          "lastModifiedTime", "endTime", "inputDataConfig", "outputDataConfig", "vpcConfig", "timeoutDurationInHours",
          "jobExpirationTime", "modelInvocationType", "totalRecordCount", "processedRecordCount",
          "successRecordCount", "errorRecordCount")
      .times("submitTimeAfter", "submitTimeBefore", "submitTime")
      .filter(INVOCATION_JOB_STATUS, Match.EQUALS, "status")
      .filter(INVOCATION_JOB_NAME_CONTAINS, Match.NAME_CONTAINS, "jobName")
      .sortable().arn("jobArn").ids("jobArn").idIsArnTail().build();

  static final ResourceKind EVALUATION_JOBS = builder("ListEvaluationJobs", "/evaluation-jobs", "jobSummaries")
      .get("GetEvaluationJob", "/evaluation-jobs", "jobIdentifier", "evaluation job")
      .summary("jobArn", "jobName", "status", "creationTime", "jobType")
      .derived("evaluationTaskTypes", ResourceKind::evaluationTaskTypes)
      .derived("modelIdentifiers", r -> evaluationModels(r, "bedrockModel", "modelIdentifier"))
      .derived("ragIdentifiers", ResourceKind::knowledgeBases)
      .derived("evaluatorModelIdentifiers", r -> evaluators(r.path("evaluationConfig").path("automated")))
      .derived("customMetricsEvaluatorModelIdentifiers",
          r -> evaluators(r.path("evaluationConfig").path("automated").path("customMetricConfig")))
      .derived("inferenceConfigSummary", ResourceKind::inferenceConfigSummary)
      .summary("applicationType")
      .times("creationTimeAfter", "creationTimeBefore", "creationTime")
      .filter(EVALUATION_JOB_STATUS, Match.EQUALS, "status")
      .filter(APPLICATION_TYPE_EQUALS, Match.EQUALS, "applicationType")
      .filter(EVALUATION_JOB_NAME_CONTAINS, Match.NAME_CONTAINS, "jobName")
      .sortable().arn("jobArn").ids("jobArn").build();

  static final ResourceKind CUSTOM_MODEL_DEPLOYMENTS = builder("ListCustomModelDeployments",
      "/model-customization/custom-model-deployments", "modelDeploymentSummaries")
      .get("GetCustomModelDeployment", "/model-customization/custom-model-deployments",
          "customModelDeploymentIdentifier", "custom model deployment")
      .summary("customModelDeploymentArn", "customModelDeploymentName=modelDeploymentName", "modelArn", "createdAt",
          "status", "lastUpdatedAt", "failureMessage")
      .times("createdAfter", "createdBefore", "createdAt")
      .filter(DEPLOYMENT_NAME_CONTAINS, Match.NAME_CONTAINS, "customModelDeploymentName")
      .filter(DEPLOYMENT_STATUS, Match.EQUALS, "status")
      .filter(DEPLOYMENT_MODEL_ARN_EQUALS, Match.EQUALS, "modelArn")
      .sortable().arn("customModelDeploymentArn").ids("customModelDeploymentArn", "modelDeploymentName").build();

  /** Without {@code type}, the service lists only SYSTEM_DEFINED profiles (aws/aws-cli#9728, reproduced by AWS). */
  static final ResourceKind INFERENCE_PROFILES = builder("ListInferenceProfiles", "/inference-profiles",
      "inferenceProfileSummaries")
      .get("GetInferenceProfile", "/inference-profiles", "inferenceProfileIdentifier", "inference profile")
      .summary("inferenceProfileName", "description", "createdAt", "updatedAt", "inferenceProfileArn", "models",
          "inferenceProfileId", "status", "type")
      .filter(new Filter("type", INFERENCE_PROFILE_TYPE::check, Match.EQUALS, "type", "SYSTEM_DEFINED"))
      .time("createdAt").arn("inferenceProfileArn").ids("inferenceProfileArn", "inferenceProfileId").build();

  static final ResourceKind GUARDRAILS = builder("ListGuardrails", "/guardrails", "guardrails")
      .get("GetGuardrail", "/guardrails", "guardrailIdentifier", "guardrail")
      .summary("id=guardrailId", "arn=guardrailArn", "status", "name", "description", "version", "createdAt",
          "updatedAt", "crossRegionDetails")
      .filter(new Filter("guardrailIdentifier", GUARDRAIL_IDENTIFIER::check, Match.GUARDRAIL, null, null))
      .time("createdAt").arn("arn").ids("guardrailArn", "guardrailId").idConstraint(GUARDRAIL_IDENTIFIER)
      .versioned("version", "guardrailVersion", "DRAFT").build();

  static final ResourceKind PROMPT_ROUTERS = builder("ListPromptRouters", "/prompt-routers", "promptRouterSummaries")
      .get("GetPromptRouter", "/prompt-routers", "promptRouterArn", "prompt router")
      .summary("promptRouterName", "routingCriteria", "description", "createdAt", "updatedAt", "promptRouterArn",
          "models", "fallbackModel", "status", "type")
      .filter(new Filter("type", PROMPT_ROUTER_TYPE::check, Match.EQUALS, "type", null))
      .time("createdAt").arn("promptRouterArn").ids("promptRouterArn").build();

  /** Every kind, by List operation, in the order of bedrock-tables.md. */
  static final Map<String, ResourceKind> ALL;

  static {
    Map<String, ResourceKind> all = new LinkedHashMap<>();
    for (ResourceKind k : List.of(FOUNDATION_MODELS, CUSTOMIZATION_JOBS, PROVISIONED_THROUGHPUTS, IMPORTED_MODELS,
        IMPORT_JOBS, INFERENCE_PROFILES, GUARDRAILS, EVALUATION_JOBS, INVOCATION_JOBS, CUSTOM_MODEL_DEPLOYMENTS,
        COPY_JOBS, PROMPT_ROUTERS)) {
      all.put(k.listOperation, k);
    }
    ALL = java.util.Collections.unmodifiableMap(all);
  }

  // --- ListEvaluationJobs' summary members, which GetEvaluationJob does not return but holds the data of ---

  private static JsonNode evaluationTaskTypes(ObjectNode r) {
    Set<String> types = new LinkedHashSet<>();
    for (String mode : List.of("automated", "human")) {
      for (JsonNode c : r.path("evaluationConfig").path(mode).path("datasetMetricConfigs")) {
        types.add(c.path("taskType").asText());
      }
    }
    return strings(new ArrayList<>(types));
  }

  /** The models of inferenceConfig: {@code models[].bedrockModel.modelIdentifier}. */
  private static JsonNode evaluationModels(ObjectNode r, String source, String member) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : r.path("inferenceConfig").path("models")) {
      if (m.path(source).has(member)) {
        out.add(m.path(source).path(member).asText());
      }
    }
    return out.isEmpty() ? null : strings(out);
  }

  private static List<String> knowledgeBaseIds(ObjectNode r) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : r.path("inferenceConfig").path("ragConfigs")) {
      JsonNode kb = c.path("knowledgeBaseConfig");
      String id = kb.path("retrieveConfig").path("knowledgeBaseId").asText(null);
      if (id == null) {
        id = kb.path("retrieveAndGenerateConfig").path("knowledgeBaseConfiguration").path("knowledgeBaseId").asText(null);
      }
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  private static JsonNode knowledgeBases(ObjectNode r) {
    List<String> ids = knowledgeBaseIds(r);
    return ids.isEmpty() ? null : strings(ids);
  }

  private static JsonNode evaluators(JsonNode config) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : config.path("evaluatorModelConfig").path("bedrockEvaluatorModels")) {
      out.add(m.path("modelIdentifier").asText());
    }
    return out.isEmpty() ? null : strings(out);
  }

  private static JsonNode inferenceConfigSummary(ObjectNode r) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    JsonNode models = evaluationModels(r, "bedrockModel", "modelIdentifier");
    JsonNode precomputed = evaluationModels(r, "precomputedInferenceSource", "inferenceSourceIdentifier");
    if (models != null || precomputed != null) {
      ObjectNode m = s.putObject("modelConfigSummary");
      m.set("bedrockModelIdentifiers", models == null ? strings(List.of()) : models);
      if (precomputed != null) {
        m.set("precomputedInferenceSourceIdentifiers", precomputed);
      }
    }
    List<String> kbs = knowledgeBaseIds(r);
    if (!kbs.isEmpty()) {
      s.putObject("ragConfigSummary").set("bedrockKnowledgeBaseIdentifiers", strings(kbs));
    }
    return s.isEmpty() ? null : s;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    values.forEach(a::add);
    return a;
  }

  // --- the builder the catalogue above is written with ---

  /** The projection that copies a member of the Get shape. */
  private static Function<ObjectNode, JsonNode> copyOf(String member) {
    return r -> r.get(member);
  }

  private static Builder builder(String listOperation, String listPath, String listMember) {
    Builder b = new Builder();
    b.listOperation = listOperation;
    b.listPath = listPath;
    b.listMember = listMember;
    return b;
  }

  private static final class Builder {
    String listOperation;
    String listPath;
    String listMember;
    String getOperation;
    String getPath;
    String idLabel;
    String noun;
    String root;
    final List<Member> summary = new ArrayList<>();
    final List<Filter> filters = new ArrayList<>();
    boolean paged = true;
    boolean sortable;
    String timeMember;
    String arnMember;
    List<String> ids = List.of();
    boolean idIsArnTail;
    ServiceConstraints.Text idConstraint;
    String versionMember;
    String versionParam;
    String defaultVersion;

    Builder get(String operation, String path, String label, String what) {
      getOperation = operation;
      getPath = path;
      idLabel = label;
      noun = what;
      return this;
    }

    Builder root(String member) {
      root = member;
      return this;
    }

    Builder unpaged() {
      paged = false;
      return this;
    }

    /** Summary members: {@code name} copies the Get member of that name, {@code name=getMember} renames one. */
    Builder summary(String... members) {
      for (String m : members) {
        int eq = m.indexOf('=');
        summary.add(eq < 0 ? new Member(m, copyOf(m)) : new Member(m.substring(0, eq), copyOf(m.substring(eq + 1))));
      }
      return this;
    }

    Builder derived(String name, Function<ObjectNode, JsonNode> from) {
      summary.add(new Member(name, from));
      return this;
    }

    Builder filter(ServiceConstraints.Text c, Match match, String member) {
      return filter(new Filter(c.member(), c::check, match, member, null));
    }

    Builder filter(ServiceConstraints.Choice c, Match match, String member) {
      return filter(new Filter(c.member(), c::check, match, member, null));
    }

    Builder filter(Filter f) {
      filters.add(f);
      return this;
    }

    /** The time-range filters (wire names; {@link CatalogueQuery} checks their timestamps) and the summary member
     *  they and the sort use. */
    Builder times(String after, String before, String member) {
      filters.add(new Filter(after, null, Match.AFTER, null, null));
      filters.add(new Filter(before, null, Match.BEFORE, null, null));
      return time(member);
    }

    Builder time(String member) {
      timeMember = member;
      return this;
    }

    Builder sortable() {
      sortable = true;
      return this;
    }

    Builder arn(String member) {
      arnMember = member;
      return this;
    }

    Builder ids(String... members) {
      ids = List.of(members);
      return this;
    }

    Builder idIsArnTail() {
      idIsArnTail = true;
      return this;
    }

    Builder idConstraint(ServiceConstraints.Text c) {
      idConstraint = c;
      return this;
    }

    Builder versioned(String member, String param, String byDefault) {
      versionMember = member;
      versionParam = param;
      defaultVersion = byDefault;
      return this;
    }

    ResourceKind build() {
      return new ResourceKind(this);
    }
  }
}
