package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the resources around a set of custom models, related the way the service relates them:
 * every foundation model the custom models name exists; each of the caller's models that has a job has its
 * customization job (same name, ARN, base model, status); provisioned throughputs, deployments and copy jobs
 * point at the caller's models; imported models come from import jobs; inference profiles route to foundation
 * models in several regions, and prompt routers to inference profiles; guardrails have a DRAFT and numbered
 * versions. Deterministic from (seed, models); each kind draws from its own random source and is generated on
 * its first use, so one kind's changes never shift another's and a kind nobody lists costs nothing. Only the
 * customization jobs follow the number of models (about 0.75 per model: the caller's, with a job); the other
 * kinds are capped at a few dozen.
 */
final class CatalogueGenerator {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] OTHER_ACCOUNTS = {"210987654321", "555566667777", "444455556666"};
  private static final String[] TOPICS = {
      "support", "claims", "legal", "billing", "churn", "search", "triage", "summarizer", "faq", "sales",
      "onboarding", "fraud", "invoice", "chat", "ticket", "review", "translate", "catalog", "intent", "qa"};
  private static final Instant START = Instant.parse("2023-10-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
  /** When ModelCustomizationJobSummary gained statusDetails (bedrock-api.md 4.2). */
  private static final Instant STATUS_DETAILS_ADDED = Instant.parse("2025-04-30T00:00:00Z");
  private static final Instant INVOCATION_TYPE_ADDED = Instant.parse("2025-06-01T00:00:00Z");
  private static final List<String> JOB_CUSTOMIZATION_TYPES =
      List.of("FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION", "REINFORCEMENT_FINE_TUNING", "IMPORTED");

  /** A foundation model of the generated region. */
  record Fm(String id, String name, String provider, List<String> input, List<String> output, boolean streaming,
      List<String> customizations, List<String> inference, String lifecycle, String since, boolean crossRegion) {
    boolean text() {
      return output.contains("TEXT");
    }
  }

  private static final List<String> T = List.of("TEXT");
  private static final List<String> TI = List.of("TEXT", "IMAGE");
  private static final List<String> OD = List.of("ON_DEMAND");
  private static final List<String> PROV = List.of("PROVISIONED");
  private static final List<String> BOTH = List.of("ON_DEMAND", "PROVISIONED");
  private static final List<String> NONE = List.of();

  /** About twenty foundation models, among them every one ModelGenerator bases custom models on. */
  static final List<Fm> FOUNDATION_MODELS = List.of(
      new Fm("amazon.titan-text-express-v1", "Titan Text G1 - Express", "Amazon", T, T, true, NONE, OD, "ACTIVE", "2023-09-28", false),
      new Fm("amazon.titan-text-express-v1:0:8k", "Titan Text G1 - Express", "Amazon", T, T, true,
          List.of("FINE_TUNING", "CONTINUED_PRE_TRAINING"), PROV, "ACTIVE", "2023-09-28", false),
      new Fm("amazon.titan-text-lite-v1", "Titan Text G1 - Lite", "Amazon", T, T, true, NONE, OD, "ACTIVE", "2023-09-28", false),
      new Fm("amazon.titan-text-lite-v1:0:4k", "Titan Text G1 - Lite", "Amazon", T, T, true,
          List.of("FINE_TUNING", "CONTINUED_PRE_TRAINING"), PROV, "ACTIVE", "2023-09-28", false),
      new Fm("amazon.titan-embed-text-v2:0", "Titan Text Embeddings V2", "Amazon", T, List.of("EMBEDDING"), false, NONE,
          BOTH, "ACTIVE", "2024-04-30", false),
      new Fm("amazon.titan-image-generator-v1", "Titan Image Generator G1", "Amazon", TI, List.of("IMAGE"), false,
          List.of("FINE_TUNING"), BOTH, "LEGACY", "2023-11-29", false),
      new Fm("amazon.nova-micro-v1:0", "Nova Micro", "Amazon", T, T, true, List.of("FINE_TUNING", "DISTILLATION"), OD,
          "ACTIVE", "2024-12-03", true),
      new Fm("amazon.nova-lite-v1:0", "Nova Lite", "Amazon", TI, T, true, List.of("FINE_TUNING", "DISTILLATION"), OD,
          "ACTIVE", "2024-12-03", true),
      new Fm("amazon.nova-pro-v1:0", "Nova Pro", "Amazon", TI, T, true, List.of("DISTILLATION"), OD, "ACTIVE", "2024-12-03", true),
      new Fm("anthropic.claude-3-haiku-20240307-v1:0", "Claude 3 Haiku", "Anthropic", TI, T, true, List.of("FINE_TUNING"),
          BOTH, "ACTIVE", "2024-03-13", true),
      new Fm("anthropic.claude-3-5-sonnet-20240620-v1:0", "Claude 3.5 Sonnet", "Anthropic", TI, T, true, NONE, BOTH,
          "LEGACY", "2024-06-20", true),
      new Fm("anthropic.claude-3-5-sonnet-20241022-v2:0", "Claude 3.5 Sonnet v2", "Anthropic", TI, T, true, NONE, OD,
          "ACTIVE", "2024-10-22", true),
      new Fm("anthropic.claude-3-7-sonnet-20250219-v1:0", "Claude 3.7 Sonnet", "Anthropic", TI, T, true, NONE, OD,
          "ACTIVE", "2025-02-24", true),
      new Fm("meta.llama3-1-8b-instruct-v1:0", "Llama 3.1 8B Instruct", "Meta", T, T, true,
          List.of("FINE_TUNING", "DISTILLATION"), OD, "ACTIVE", "2024-07-23", true),
      new Fm("meta.llama3-1-70b-instruct-v1:0", "Llama 3.1 70B Instruct", "Meta", T, T, true,
          List.of("FINE_TUNING", "DISTILLATION"), OD, "ACTIVE", "2024-07-23", true),
      new Fm("meta.llama3-2-11b-instruct-v1:0", "Llama 3.2 11B Instruct", "Meta", TI, T, true, List.of("FINE_TUNING"), OD,
          "ACTIVE", "2024-09-25", true),
      new Fm("cohere.command-light-text-v14", "Command Light", "Cohere", T, T, true, NONE, OD, "LEGACY", "2023-11-13", false),
      new Fm("cohere.command-light-text-v14:7:4k", "Command Light", "Cohere", T, T, true, List.of("FINE_TUNING"), PROV,
          "LEGACY", "2023-11-13", false),
      new Fm("cohere.embed-english-v3", "Embed English", "Cohere", T, List.of("EMBEDDING"), false, NONE, BOTH, "ACTIVE",
          "2023-11-13", false),
      new Fm("mistral.mistral-7b-instruct-v0:2", "Mistral 7B Instruct", "Mistral AI", T, T, true, NONE, OD, "ACTIVE",
          "2024-03-01", false),
      new Fm("mistral.mistral-large-2402-v1:0", "Mistral Large (24.02)", "Mistral AI", T, T, true, NONE, OD, "ACTIVE",
          "2024-04-02", false));

  private final long seed;
  private final List<EmulatedModel> models;
  private final String region;
  private final String caller;
  /** The caller's own custom models (the account in the ARN), in order: the ones its other resources name. */
  private final List<EmulatedModel> own = new ArrayList<>();
  /** The caller's models that are ready to use: Active (or from before modelStatus), not imported. */
  private final List<EmulatedModel> usable = new ArrayList<>();
  private final String geo;
  private final List<String> geoRegions;
  /** Each kind's resources once generated, by List operation. */
  private final Map<String, List<ObjectNode>> generated = new java.util.HashMap<>();
  /** Repeated subtrees (the same hyper-parameters for thousands of jobs) held once; never mutated. */
  private final Map<Object, JsonNode> shared = new java.util.HashMap<>();

  CatalogueGenerator(long seed, List<EmulatedModel> models, String region, String caller) {
    this.seed = seed;
    this.models = models;
    this.region = region;
    this.caller = caller;
    for (EmulatedModel m : models) {
      if (caller.equals(accountOf(m.modelArn()))) {
        own.add(m);
        if (!"Failed".equals(m.modelStatus()) && !"Creating".equals(m.modelStatus()) && m.foundationModelArn() != null
            && !"IMPORTED".equals(m.customizationType())) {
          usable.add(m);
        }
      }
    }
    String prefix = region.contains("-") ? region.substring(0, region.indexOf('-')) : region;
    switch (prefix) {
      case "us" -> {
        geo = "us";
        geoRegions = regions(region, "us-east-1", "us-east-2", "us-west-2");
      }
      case "eu" -> {
        geo = "eu";
        geoRegions = regions(region, "eu-central-1", "eu-west-1", "eu-west-3");
      }
      case "ap" -> {
        geo = "apac";
        geoRegions = regions(region, "ap-northeast-1", "ap-southeast-1", "ap-southeast-2");
      }
      default -> {
        geo = prefix;
        geoRegions = List.of(region);
      }
    }
  }

  private static List<String> regions(String first, String... others) {
    Set<String> s = new LinkedHashSet<>();
    s.add(first);
    s.addAll(List.of(others));
    return List.copyOf(s);
  }

  /** One kind's resources by List operation, in the service's unsorted (insertion) order; generated once. */
  synchronized List<ObjectNode> kind(String listOperation) {
    List<ObjectNode> done = generated.get(listOperation);
    if (done != null) {
      return done;
    }
    List<ObjectNode> out = switch (listOperation) {
      case "ListFoundationModels" -> foundationModels();
      case "ListModelCustomizationJobs" -> customizationJobs();
      case "ListProvisionedModelThroughputs" -> provisionedThroughputs();
      case "ListImportedModels" -> importedModels(new ArrayList<>());
      case "ListModelImportJobs" -> {
        List<ObjectNode> jobs = new ArrayList<>();
        importedModels(jobs);
        yield jobs;
      }
      case "ListInferenceProfiles" -> inferenceProfiles();
      case "ListGuardrails" -> guardrails();
      case "ListEvaluationJobs" -> evaluationJobs();
      case "ListModelInvocationJobs" -> invocationJobs();
      case "ListCustomModelDeployments" -> deployments();
      case "ListModelCopyJobs" -> copyJobs();
      case "ListPromptRouters" -> promptRouters();
      default -> List.of();
    };
    out = List.copyOf(out);
    generated.put(listOperation, out);
    return out;
  }

  // --- foundation models ---

  private String fmArn(String id) {
    return "arn:aws:bedrock:" + region + "::foundation-model/" + id;
  }

  private List<ObjectNode> foundationModels() {
    List<ObjectNode> out = new ArrayList<>();
    Set<String> arns = new LinkedHashSet<>();
    for (Fm fm : FOUNDATION_MODELS) {
      ObjectNode d = F.objectNode();
      str(d, "modelArn", fmArn(fm.id));
      str(d, "modelId", fm.id);
      str(d, "modelName", fm.name);
      str(d, "providerName", fm.provider);
      d.set("inputModalities", strings(fm.input));
      d.set("outputModalities", strings(fm.output));
      d.put("responseStreamingSupported", fm.streaming);
      d.set("customizationsSupported", strings(fm.customizations));
      d.set("inferenceTypesSupported", strings(fm.inference));
      ObjectNode life = d.putObject("modelLifecycle");
      Instant since = Instant.parse(fm.since + "T00:00:00Z");
      str(life, "status", fm.lifecycle);
      time(life, "startOfLifeTime", since);
      if (fm.lifecycle.equals("LEGACY")) {
        time(life, "legacyTime", since.plus(Duration.ofDays(540)));
        time(life, "publicExtendedAccessTime", since.plus(Duration.ofDays(630)));
        time(life, "endOfLifeTime", since.plus(Duration.ofDays(720)));
      }
      arns.add(fmArn(fm.id));
      out.add(wrap(d));
    }
    // A model whose foundation model is not in the list above (a data set loaded from a file): that one too.
    for (EmulatedModel m : models) {
      for (String arn : new String[] {m.foundationModelArn(), m.baseModelArn()}) {
        if (arn != null && arn.contains(":foundation-model/") && arns.add(arn)) {
          String id = arn.substring(arn.indexOf('/') + 1);
          String provider = id.substring(0, id.indexOf('.'));
          ObjectNode d = F.objectNode();
          str(d, "modelArn", arn);
          str(d, "modelId", id);
          str(d, "modelName", id.substring(id.indexOf('.') + 1));
          str(d, "providerName", Character.toUpperCase(provider.charAt(0)) + provider.substring(1));
          d.set("inputModalities", strings(T));
          d.set("outputModalities", strings(T));
          d.put("responseStreamingSupported", true);
          d.set("customizationsSupported", strings(List.of("FINE_TUNING")));
          d.set("inferenceTypesSupported", strings(PROV));
          str(d.putObject("modelLifecycle"), "status", "ACTIVE");
          out.add(wrap(d));
        }
      }
    }
    return out;
  }

  private static ObjectNode wrap(ObjectNode details) {
    ObjectNode get = F.objectNode();
    get.set("modelDetails", details);
    return get;
  }

  // --- customization jobs: one per own model that has a job, and some that made no model ---

  private List<ObjectNode> customizationJobs() {
    Random r = random(1);
    List<ObjectNode> out = new ArrayList<>(own.size() + 12);
    for (EmulatedModel m : own) {
      if (m.jobName() == null || m.jobArn() == null) {
        continue;
      }
      String status = switch (m.modelStatus() == null ? "Active" : m.modelStatus()) {
        case "Failed" -> "Failed";
        case "Creating" -> "InProgress";
        default -> "Completed";
      };
      Instant created = m.creationTime().minus(Duration.ofMinutes(30 + r.nextInt(720)));
      Instant end = m.creationTime(); // the model appears when its job ends
      ObjectNode j = F.objectNode();
      str(j, "jobArn", m.jobArn());
      str(j, "jobName", m.jobName());
      str(j, "outputModelName", m.modelName());
      str(j, "outputModelArn", m.modelArn());
      if (r.nextInt(3) == 0) {
        str(j, "clientRequestToken", uuid(r));
      }
      j.set("roleArn", sharedText(role("BedrockCustomizationRole")));
      j.set("status", sharedText(status));
      if (m.customizationType() != null && !created.isBefore(STATUS_DETAILS_ADDED)) {
        j.set("statusDetails", statusDetails(status, created, status.equals("InProgress") ? null : end));
      }
      str(j, "failureMessage", m.failureMessage());
      time(j, "creationTime", created);
      time(j, "lastModifiedTime", status.equals("InProgress") ? created.plus(Duration.ofMinutes(5)) : end);
      if (!status.equals("InProgress")) {
        time(j, "endTime", end);
      }
      if (m.baseModelArn() != null) {
        j.set("baseModelArn", sharedText(m.baseModelArn()));
      }
      // The same training set-up GetCustomModel reports for the model.
      Map<String, Object> model = m.detailJson();
      j.set("hyperParameters", sharedTree(model.get("hyperParameters")));
      j.set("trainingDataConfig", tree(model.get("trainingDataConfig")));
      boolean validation = r.nextInt(3) > 0;
      if (validation) {
        j.putObject("validationDataConfig").putArray("validators").addObject()
            .put("s3Uri", "s3://training-data/" + m.modelName() + "/validation.jsonl");
      }
      j.set("outputDataConfig", tree(model.get("outputDataConfig")));
      if (m.customizationType() != null && JOB_CUSTOMIZATION_TYPES.contains(m.customizationType())) {
        j.set("customizationType", sharedText(m.customizationType()));
      }
      if (r.nextInt(5) == 0) {
        str(j, "outputModelKmsKeyArn", kmsKey(r));
      }
      if (status.equals("Completed")) {
        j.putObject("trainingMetrics").put("trainingLoss", m.trainingLoss()); // as GetCustomModel reports it
        if (validation) {
          j.putArray("validationMetrics").addObject().put("validationLoss", (float) (0.1 + r.nextInt(900) / 1000.0));
        }
      }
      if (r.nextInt(6) == 0) {
        j.set("vpcConfig", vpc(r));
      }
      customizationConfig(j, m);
      out.add(j);
    }
    int extra = Math.min(12, 2 + models.size() / 20);
    List<Fm> tunable = FOUNDATION_MODELS.stream().filter(f -> f.customizations.contains("FINE_TUNING")).toList();
    String[] statuses = {"Failed", "Stopped", "Failed", "Stopping"};
    for (int i = 0; i < extra; i++) {
      Fm fm = tunable.get(r.nextInt(tunable.size()));
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String status = statuses[i % statuses.length];
      Instant created = between(r, START, END);
      Instant end = created.plus(Duration.ofMinutes(10 + r.nextInt(300)));
      ObjectNode j = F.objectNode();
      str(j, "jobArn", "arn:aws:bedrock:" + region + ":" + caller + ":model-customization-job/" + fm.id + "/" + token(r));
      str(j, "jobName", "job-" + topic + "-abandoned-" + (i + 1));
      str(j, "outputModelName", topic + "-tuned-x" + (i + 1));
      str(j, "roleArn", role("BedrockCustomizationRole"));
      str(j, "status", status);
      if (!created.isBefore(STATUS_DETAILS_ADDED)) {
        j.set("statusDetails", statusDetails(status, created, status.equals("Stopping") ? null : end));
      }
      if (status.equals("Failed")) {
        str(j, "failureMessage", i % 2 == 0
            ? "Internal error: the training job could not obtain capacity. Retry the job."
            : "Training data validation failed: s3://training-data/" + topic + "/train.jsonl has no records.");
      }
      time(j, "creationTime", created);
      time(j, "lastModifiedTime", end);
      if (!status.equals("Stopping")) {
        time(j, "endTime", end);
      }
      str(j, "baseModelArn", fmArn(fm.id));
      ObjectNode hp = j.putObject("hyperParameters");
      hp.put("epochCount", String.valueOf(1 + r.nextInt(5)));
      hp.put("batchSize", "8");
      hp.put("learningRate", "0.00001");
      j.putObject("trainingDataConfig").put("s3Uri", "s3://training-data/" + topic + "/train.jsonl");
      j.putObject("outputDataConfig").put("s3Uri", "s3://model-output/" + topic + "/");
      str(j, "customizationType", "FINE_TUNING");
      out.add(j);
    }
    return out;
  }

  private static ObjectNode statusDetails(String status, Instant created, Instant end) {
    String validation = "Completed";
    String processing = "Completed";
    String training = switch (status) {
      case "Completed" -> "Completed";
      case "InProgress" -> "InProgress";
      case "Stopping" -> "Stopping";
      case "Stopped" -> "Stopped";
      default -> "Failed";
    };
    if (status.equals("Failed")) {
      validation = "Failed";
      processing = "NotStarted";
      training = "NotStarted";
    }
    Instant last = end == null ? created.plus(Duration.ofMinutes(5)) : end;
    ObjectNode s = F.objectNode();
    stage(s, "validationDetails", validation, created, validation.equals("Completed") ? created.plus(Duration.ofMinutes(3)) : last);
    stage(s, "dataProcessingDetails", processing, created.plus(Duration.ofMinutes(3)), last);
    stage(s, "trainingDetails", training, created.plus(Duration.ofMinutes(4)), last);
    return s;
  }

  private static void stage(ObjectNode s, String name, String status, Instant created, Instant last) {
    ObjectNode d = s.putObject(name);
    str(d, "status", status);
    if (!status.equals("NotStarted")) {
      time(d, "creationTime", created);
      time(d, "lastModifiedTime", last);
    }
  }

  private void customizationConfig(ObjectNode job, EmulatedModel m) {
    if ("DISTILLATION".equals(m.customizationType())) {
      String fm = m.foundationModelArn() == null ? "" : m.foundationModelArn();
      String teacher = fm.contains("/meta.") ? "meta.llama3-1-70b-instruct-v1:0"
          : fm.contains("/anthropic.") ? "anthropic.claude-3-5-sonnet-20241022-v2:0" : "amazon.nova-pro-v1:0";
      ObjectNode t = job.putObject("customizationConfig").putObject("distillationConfig").putObject("teacherModelConfig");
      t.put("teacherModelIdentifier", fmArn(teacher));
      t.put("maxResponseLengthForInference", 1000);
    } else if ("REINFORCEMENT_FINE_TUNING".equals(m.customizationType())) {
      ObjectNode rft = job.putObject("customizationConfig").putObject("rftConfig");
      rft.putObject("graderConfig").putObject("lambdaGrader")
          .put("lambdaArn", "arn:aws:lambda:" + region + ":" + caller + ":function:" + m.modelName() + "-grader");
      ObjectNode hp = rft.putObject("hyperParameters");
      hp.put("epochCount", 2);
      hp.put("batchSize", 16);
      hp.put("learningRate", 0.00001f);
    }
  }

  // --- provisioned throughputs: for some own models and some foundation models ---

  private List<ObjectNode> provisionedThroughputs() {
    Random r = random(2);
    List<ObjectNode> out = new ArrayList<>();
    String[] statuses = {"InService", "InService", "Creating", "InService", "Updating", "InService", "Failed", "InService"};
    List<EmulatedModel> picked = pick(r, usable, 8);
    int i = 0;
    for (EmulatedModel m : picked) {
      Instant created = m.creationTime().plus(Duration.ofHours(1 + r.nextInt(24 * 60)));
      out.add(throughput(r, "pt-" + m.modelName(), m.modelArn(), m.foundationModelArn(), statuses[i++ % statuses.length],
          created));
    }
    List<Fm> provisionable = FOUNDATION_MODELS.stream().filter(f -> f.inference.contains("PROVISIONED")).toList();
    for (Fm fm : pick(r, provisionable, 4)) {
      out.add(throughput(r, "pt-" + fm.id.replaceAll("[.:]", "-"), fmArn(fm.id), fmArn(fm.id),
          statuses[i++ % statuses.length], between(r, Instant.parse(fm.since + "T00:00:00Z"), END)));
    }
    return out;
  }

  private ObjectNode throughput(Random r, String name, String modelArn, String foundationArn, String status, Instant created) {
    int units = 1 + r.nextInt(3);
    ObjectNode p = F.objectNode();
    p.put("modelUnits", units);
    p.put("desiredModelUnits", status.equals("Updating") ? units + 1 : units);
    str(p, "provisionedModelName", name);
    str(p, "provisionedModelArn", "arn:aws:bedrock:" + region + ":" + caller + ":provisioned-model/" + token(r));
    str(p, "modelArn", modelArn);
    str(p, "desiredModelArn", modelArn);
    str(p, "foundationModelArn", foundationArn);
    str(p, "status", status);
    time(p, "creationTime", created);
    time(p, "lastModifiedTime", created.plus(Duration.ofMinutes(status.equals("Updating") ? 60 * 24 * 3 : 20)));
    if (status.equals("Failed")) {
      str(p, "failureMessage", "Insufficient capacity for " + units + " model units of " + foundationArn + ".");
    }
    int commitment = r.nextInt(3);
    if (commitment > 0) {
      str(p, "commitmentDuration", commitment == 1 ? "OneMonth" : "SixMonths");
      time(p, "commitmentExpirationTime", created.plus(Duration.ofDays(commitment == 1 ? 30 : 182)));
    }
    return p;
  }

  // --- imported models and their import jobs, and import jobs that made none ---

  private List<ObjectNode> importedModels(List<ObjectNode> jobs) {
    Random r = random(3);
    String[] archs = {"llama3", "llama3.1", "llama3.2", "mistral", "mixtral", "flan", "qwen2"};
    List<ObjectNode> out = new ArrayList<>();
    int n = Math.min(10, 1 + models.size() / 30);
    for (int i = 0; i < n; i++) {
      String arch = archs[r.nextInt(archs.length)];
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String name = topic + "-" + arch.replace('.', '-') + "-" + (i + 1);
      Instant created = between(r, START, END);
      Instant end = created.plus(Duration.ofMinutes(20 + r.nextInt(180)));
      String kms = r.nextInt(4) == 0 ? kmsKey(r) : null;
      String jobArn = "arn:aws:bedrock:" + region + ":" + caller + ":model-import-job/" + token(r);
      String modelArn = "arn:aws:bedrock:" + region + ":" + caller + ":imported-model/" + token(r);
      String s3 = "s3://model-imports/" + name + "/";
      jobs.add(importJob(r, jobArn, "import-" + name, name, modelArn, kms, "Completed", created, end, s3));
      ObjectNode m = F.objectNode();
      str(m, "modelArn", modelArn);
      str(m, "modelName", name);
      str(m, "jobName", "import-" + name);
      str(m, "jobArn", jobArn);
      m.putObject("modelDataSource").putObject("s3DataSource").put("s3Uri", s3);
      time(m, "creationTime", end);
      str(m, "modelArchitecture", arch);
      str(m, "modelKmsKeyArn", kms);
      m.put("instructSupported", !arch.equals("flan") && r.nextInt(4) > 0);
      ObjectNode units = m.putObject("customModelUnits");
      units.put("customModelUnitsPerModelCopy", 1 + r.nextInt(4));
      units.put("customModelUnitsVersion", "1.0");
      out.add(m);
    }
    for (int i = 0; i < 3; i++) {
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String name = topic + "-import-" + (i == 2 ? "pending" : "broken-" + (i + 1));
      Instant created = between(r, START, END);
      String status = i == 2 ? "InProgress" : "Failed";
      jobs.add(importJob(r, "arn:aws:bedrock:" + region + ":" + caller + ":model-import-job/" + token(r),
          "import-" + name, name, null, null, status, created,
          status.equals("Failed") ? created.plus(Duration.ofMinutes(7)) : null, "s3://model-imports/" + name + "/"));
    }
    return out;
  }

  private ObjectNode importJob(Random r, String arn, String jobName, String modelName, String modelArn, String kms,
      String status, Instant created, Instant end, String s3) {
    ObjectNode j = F.objectNode();
    str(j, "jobArn", arn);
    str(j, "jobName", jobName);
    str(j, "importedModelName", modelName);
    str(j, "importedModelArn", modelArn);
    str(j, "roleArn", role("BedrockModelImportRole"));
    j.putObject("modelDataSource").putObject("s3DataSource").put("s3Uri", s3);
    str(j, "status", status);
    if (status.equals("Failed")) {
      str(j, "failureMessage", "The model artifacts in " + s3 + " have no config.json in a supported architecture.");
    }
    time(j, "creationTime", created);
    time(j, "lastModifiedTime", end == null ? created.plus(Duration.ofMinutes(2)) : end);
    if (end != null) {
      time(j, "endTime", end);
    }
    if (r.nextInt(5) == 0) {
      j.set("vpcConfig", vpc(r));
    }
    str(j, "importedModelKmsKeyArn", kms);
    return j;
  }

  // --- copy jobs: models shared from other accounts, copied into the caller's ---

  private List<ObjectNode> copyJobs() {
    Random r = random(4);
    List<ObjectNode> out = new ArrayList<>();
    List<String> sources = java.util.Arrays.stream(OTHER_ACCOUNTS).filter(a -> !a.equals(caller)).toList();
    for (EmulatedModel m : pick(r, usable, 6)) {
      String source = sources.get(r.nextInt(sources.size()));
      String path = m.modelArn().substring(m.modelArn().indexOf(":custom-model/") + ":custom-model/".length(),
          m.modelArn().lastIndexOf('/'));
      out.add(copyJob(r, "Completed", m.creationTime().minus(Duration.ofMinutes(5 + r.nextInt(55))), m.modelArn(),
          m.modelName(), source, "arn:aws:bedrock:" + region + ":" + source + ":custom-model/" + path + "/" + token(r),
          null, m.modelName()));
    }
    for (int i = 0; i < 2; i++) {
      String source = sources.get(r.nextInt(sources.size()));
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String fm = FOUNDATION_MODELS.get(6 + r.nextInt(3)).id; // a Nova model
      String target = "arn:aws:bedrock:" + region + ":" + caller + ":custom-model/" + fm + "/" + token(r);
      out.add(copyJob(r, i == 0 ? "InProgress" : "Failed", between(r, START, END), target, topic + "-copy-" + (i + 1),
          source, "arn:aws:bedrock:" + region + ":" + source + ":custom-model/" + fm + "/" + token(r),
          i == 0 ? null : "The source model is not shared with account " + caller + ".", topic + "-shared"));
    }
    return out;
  }

  private ObjectNode copyJob(Random r, String status, Instant created, String targetArn, String targetName,
      String source, String sourceArn, String failure, String sourceName) {
    ObjectNode c = F.objectNode();
    str(c, "jobArn", "arn:aws:bedrock:" + region + ":" + caller + ":model-copy-job/" + token(r));
    str(c, "status", status);
    time(c, "creationTime", created);
    str(c, "targetModelArn", targetArn);
    str(c, "targetModelName", targetName);
    str(c, "sourceAccountId", source);
    str(c, "sourceModelArn", sourceArn);
    if (r.nextInt(4) == 0) {
      str(c, "targetModelKmsKeyArn", kmsKey(r));
    }
    if (r.nextInt(2) == 0) {
      ArrayNode tags = c.putArray("targetModelTags");
      tags.addObject().put("key", "team").put("value", TOPICS[r.nextInt(TOPICS.length)]);
      tags.addObject().put("key", "copied-from").put("value", source);
    }
    str(c, "failureMessage", failure);
    str(c, "sourceModelName", sourceName);
    return c;
  }

  // --- batch inference jobs ---

  private List<ObjectNode> invocationJobs() {
    Random r = random(5);
    String[] statuses = {"Completed", "InProgress", "Failed", "Completed", "Submitted", "PartiallyCompleted", "Completed",
        "Validating", "Stopped", "Scheduled", "Completed", "Stopping", "Expired"};
    List<Fm> text = FOUNDATION_MODELS.stream().filter(f -> f.text() && f.inference.contains("ON_DEMAND")).toList();
    List<ObjectNode> out = new ArrayList<>();
    int n = Math.min(30, 4 + models.size() / 10);
    for (int i = 0; i < n; i++) {
      Fm fm = text.get(r.nextInt(text.size()));
      String modelId = fm.crossRegion && r.nextBoolean() ? geo + "." + fm.id : fm.id;
      String status = statuses[i % statuses.length];
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      Instant submit = between(r, START, END);
      String name = "batch-" + topic + "-" + submit.toString().substring(0, 7) + "-" + (i + 1);
      boolean ended = List.of("Completed", "Failed", "Stopped", "PartiallyCompleted", "Expired").contains(status);
      Instant end = submit.plus(Duration.ofMinutes(30 + r.nextInt(1200)));
      int timeout = 24 + r.nextInt(145);
      ObjectNode j = F.objectNode();
      str(j, "jobArn", "arn:aws:bedrock:" + region + ":" + caller + ":model-invocation-job/" + token(r));
      str(j, "jobName", name);
      str(j, "modelId", modelId);
      if (r.nextBoolean()) {
        str(j, "clientRequestToken", uuid(r));
      }
      str(j, "roleArn", role("BedrockBatchInferenceRole"));
      str(j, "status", status);
      if (status.equals("Failed")) {
        str(j, "message", "Validation failed: 12 records in s3://batch-input/" + name + "/records.jsonl are not valid JSON.");
      } else if (status.equals("Expired")) {
        str(j, "message", "The job did not finish within " + timeout + " hours.");
      }
      time(j, "submitTime", submit);
      time(j, "lastModifiedTime", ended ? end : submit.plus(Duration.ofMinutes(3)));
      if (ended) {
        time(j, "endTime", end);
      }
      ObjectNode in = j.putObject("inputDataConfig").putObject("s3InputDataConfig");
      in.put("s3InputFormat", "JSONL");
      in.put("s3Uri", "s3://batch-input/" + name + "/records.jsonl");
      j.putObject("outputDataConfig").putObject("s3OutputDataConfig").put("s3Uri", "s3://batch-output/" + name + "/");
      if (r.nextInt(5) == 0) {
        j.set("vpcConfig", vpc(r));
      }
      j.put("timeoutDurationInHours", timeout);
      time(j, "jobExpirationTime", submit.plus(Duration.ofHours(timeout)));
      if (!submit.isBefore(INVOCATION_TYPE_ADDED)) {
        str(j, "modelInvocationType", r.nextBoolean() ? "InvokeModel" : "Converse");
      }
      if (List.of("Completed", "PartiallyCompleted", "InProgress", "Stopped", "Stopping").contains(status)) {
        long total = 100 + r.nextInt(50_000);
        long processed = status.equals("Completed") || status.equals("PartiallyCompleted") ? total : total / (2 + r.nextInt(5));
        long errors = status.equals("PartiallyCompleted") ? processed / 10 : r.nextInt(3);
        j.put("totalRecordCount", total);
        j.put("processedRecordCount", processed);
        j.put("successRecordCount", processed - errors);
        j.put("errorRecordCount", errors);
      }
      out.add(j);
    }
    return out;
  }

  // --- evaluation jobs: automated and human model evaluations, and RAG evaluations ---

  private List<ObjectNode> evaluationJobs() {
    Random r = random(6);
    String[] statuses = {"Completed", "InProgress", "Completed", "Failed", "Completed", "Stopped", "Stopping", "Deleting"};
    String[] tasks = {"Summarization", "Classification", "QuestionAndAnswer", "Generation"};
    String[] datasets = {"Builtin.Gigaword", "Builtin.WomensEcommerceClothingReviews", "Builtin.BoolQ",
        "Builtin.RealToxicityPrompts"};
    List<Fm> text = FOUNDATION_MODELS.stream().filter(f -> f.text() && f.inference.contains("ON_DEMAND")).toList();
    List<String> provisioned = kind("ListProvisionedModelThroughputs").stream()
        .filter(p -> "InService".equals(p.path("status").asText()) && p.path("modelArn").asText().contains(":custom-model/"))
        .map(p -> p.path("provisionedModelArn").asText()).toList();
    List<ObjectNode> out = new ArrayList<>();
    int n = Math.min(24, 4 + models.size() / 20);
    for (int i = 0; i < n; i++) {
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String name = "eval-" + topic + "-" + (i + 1);
      String status = statuses[i % statuses.length];
      boolean rag = i % 3 == 2;
      boolean human = i % 3 == 1;
      Instant created = between(r, START, END);
      ObjectNode e = F.objectNode();
      str(e, "jobName", name);
      str(e, "status", status);
      str(e, "jobArn", "arn:aws:bedrock:" + region + ":" + caller + ":evaluation-job/" + token(r));
      if (r.nextBoolean()) {
        str(e, "jobDescription", "Compares the " + topic + " candidates before release");
      }
      str(e, "roleArn", role("BedrockEvaluationRole"));
      if (r.nextInt(4) == 0) {
        str(e, "customerEncryptionKeyId", kmsKey(r));
      }
      str(e, "jobType", human ? "Human" : "Automated");
      str(e, "applicationType", rag ? "RagEvaluation" : "ModelEvaluation");
      ObjectNode config = e.putObject("evaluationConfig");
      String s3 = "s3://eval-datasets/" + topic + "/prompts.jsonl";
      String judge = fmArn(text.get(r.nextInt(text.size())).id);
      if (rag) {
        ObjectNode auto = config.putObject("automated");
        ObjectNode c = auto.putArray("datasetMetricConfigs").addObject();
        c.put("taskType", "QuestionAndAnswer");
        dataset(c, topic + "-questions", s3);
        c.set("metricNames", strings(List.of("Builtin.Correctness", "Builtin.Completeness", "Builtin.Helpfulness")));
        auto.putObject("evaluatorModelConfig").putArray("bedrockEvaluatorModels").addObject().put("modelIdentifier", judge);
      } else if (human) {
        ObjectNode h = config.putObject("human");
        ObjectNode flow = h.putObject("humanWorkflowConfig");
        flow.put("flowDefinitionArn", "arn:aws:sagemaker:" + region + ":" + caller + ":flow-definition/" + name + "-flow");
        flow.put("instructions", "Rate each answer for the " + topic + " team.");
        ArrayNode metrics = h.putArray("customMetrics");
        metrics.addObject().put("name", "Relevance").put("description", "Does it answer the question?")
            .put("ratingMethod", "ThumbsUpDown");
        metrics.addObject().put("name", "Style").put("ratingMethod", "IndividualLikertScale");
        ObjectNode c = h.putArray("datasetMetricConfigs").addObject();
        c.put("taskType", r.nextBoolean() ? "Generation" : "Custom");
        dataset(c, topic + "-prompts", s3);
        c.set("metricNames", strings(List.of("Relevance", "Style")));
      } else {
        ObjectNode auto = config.putObject("automated");
        ArrayNode configs = auto.putArray("datasetMetricConfigs");
        int first = r.nextInt(tasks.length);
        int count = 1 + r.nextInt(2);
        for (int t = 0; t < count; t++) {
          int k = (first + t) % tasks.length;
          ObjectNode c = configs.addObject();
          c.put("taskType", tasks[k]);
          c.putObject("dataset").put("name", datasets[k]);
          c.set("metricNames", strings(List.of("Builtin.Accuracy", "Builtin.Robustness", "Builtin.Toxicity")));
        }
        if (r.nextInt(3) == 0) { // a model as judge
          auto.putObject("evaluatorModelConfig").putArray("bedrockEvaluatorModels").addObject().put("modelIdentifier", judge);
        }
      }
      ObjectNode inference = e.putObject("inferenceConfig");
      if (rag) {
        ObjectNode kb = inference.putArray("ragConfigs").addObject().putObject("knowledgeBaseConfig");
        String kbId = upperToken(r, 10);
        if (r.nextBoolean()) {
          ObjectNode retrieve = kb.putObject("retrieveConfig");
          retrieve.put("knowledgeBaseId", kbId);
          retrieve.putObject("knowledgeBaseRetrievalConfiguration").putObject("vectorSearchConfiguration")
              .put("numberOfResults", 5);
        } else {
          ObjectNode rg = kb.putObject("retrieveAndGenerateConfig");
          rg.put("type", "KNOWLEDGE_BASE");
          rg.putObject("knowledgeBaseConfiguration").put("knowledgeBaseId", kbId)
              .put("modelArn", fmArn(text.get(r.nextInt(text.size())).id));
        }
      } else {
        ArrayNode ms = inference.putArray("models");
        int count = human ? 2 : 1;
        for (int k = 0; k < count; k++) {
          String model = !provisioned.isEmpty() && r.nextInt(4) == 0
              ? provisioned.get(r.nextInt(provisioned.size())) : fmArn(text.get(r.nextInt(text.size())).id);
          ObjectNode b = ms.addObject().putObject("bedrockModel");
          b.put("modelIdentifier", model);
          b.put("inferenceParams", "{\"inferenceConfig\":{\"maxTokens\":512,\"temperature\":0.0}}");
        }
      }
      e.putObject("outputDataConfig").put("s3Uri", "s3://eval-results/" + name + "/");
      time(e, "creationTime", created);
      time(e, "lastModifiedTime", created.plus(Duration.ofMinutes(status.equals("InProgress") ? 4 : 30 + r.nextInt(600))));
      if (status.equals("Failed")) {
        e.set("failureMessages", strings(List.of("The dataset at " + s3 + " has no prompts in the expected format.")));
      }
      out.add(e);
    }
    return out;
  }

  private static void dataset(ObjectNode config, String name, String s3) {
    ObjectNode d = config.putObject("dataset");
    d.put("name", name);
    d.putObject("datasetLocation").put("s3Uri", s3);
  }

  // --- on-demand deployments of own models ---

  private List<ObjectNode> deployments() {
    Random r = random(7);
    String[] statuses = {"Active", "Active", "Creating", "Active", "Failed", "Active"};
    List<EmulatedModel> picked = pick(r, usable, 8);
    List<ObjectNode> out = new ArrayList<>();
    int i = 0;
    for (EmulatedModel m : picked) {
      String status = statuses[i++ % statuses.length];
      Instant created = m.creationTime().plus(Duration.ofHours(1 + r.nextInt(24 * 30)));
      ObjectNode d = F.objectNode();
      str(d, "customModelDeploymentArn", "arn:aws:bedrock:" + region + ":" + caller + ":custom-model-deployment/" + token(r));
      str(d, "modelDeploymentName", m.modelName() + "-deployment");
      str(d, "modelArn", m.modelArn());
      time(d, "createdAt", created);
      str(d, "status", status);
      if (r.nextBoolean()) {
        str(d, "description", "On-demand deployment of " + m.modelName());
      }
      if (status.equals("Active") && picked.size() > 1 && r.nextInt(3) == 0) {
        ObjectNode u = d.putObject("updateDetails");
        u.put("modelArn", picked.get((i) % picked.size()).modelArn());
        u.put("updateStatus", r.nextBoolean() ? "Updating" : "UpdateCompleted");
      }
      if (status.equals("Failed")) {
        str(d, "failureMessage", "The model's artifacts are not compatible with on-demand inference.");
      }
      time(d, "lastUpdatedAt", created.plus(Duration.ofMinutes(status.equals("Creating") ? 1 : 15 + r.nextInt(600))));
      out.add(d);
    }
    return out;
  }

  // --- inference profiles: cross-region system-defined ones, and the caller's application profiles ---

  private String profileArn(String id) {
    return "arn:aws:bedrock:" + region + ":" + caller + ":inference-profile/" + id;
  }

  private List<ObjectNode> inferenceProfiles() {
    Random r = random(8);
    List<ObjectNode> out = new ArrayList<>();
    for (Fm fm : FOUNDATION_MODELS) {
      if (!fm.crossRegion) {
        continue;
      }
      String id = geo + "." + fm.id;
      Instant created = Instant.parse(fm.since + "T00:00:00Z").plus(Duration.ofDays(30));
      ObjectNode p = F.objectNode();
      str(p, "inferenceProfileName", geo.toUpperCase(java.util.Locale.ROOT) + " " + fm.name);
      str(p, "description", "Routes requests to " + fm.name + " in " + String.join(", ", geoRegions) + ".");
      time(p, "createdAt", created);
      time(p, "updatedAt", created);
      str(p, "inferenceProfileArn", profileArn(id));
      ArrayNode ms = p.putArray("models");
      for (String reg : geoRegions) {
        ms.addObject().put("modelArn", "arn:aws:bedrock:" + reg + "::foundation-model/" + fm.id);
      }
      str(p, "inferenceProfileId", id);
      str(p, "status", "ACTIVE");
      str(p, "type", "SYSTEM_DEFINED");
      out.add(p);
    }
    List<ObjectNode> systemProfiles = List.copyOf(out);
    List<Fm> text = FOUNDATION_MODELS.stream().filter(f -> f.text() && f.inference.contains("ON_DEMAND")).toList();
    int n = Math.min(8, 2 + models.size() / 40);
    for (int i = 0; i < n; i++) {
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String id = token(r);
      Instant created = between(r, START, END);
      ObjectNode p = F.objectNode();
      ArrayNode ms = F.arrayNode();
      String base;
      if (r.nextBoolean() && !systemProfiles.isEmpty()) {
        ObjectNode sys = systemProfiles.get(r.nextInt(systemProfiles.size()));
        ms = sys.get("models").deepCopy();
        base = sys.get("inferenceProfileId").asText();
      } else {
        base = text.get(r.nextInt(text.size())).id;
        ms.addObject().put("modelArn", fmArn(base));
      }
      str(p, "inferenceProfileName", topic + "-" + base.replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "") + "-" + (i + 1));
      if (r.nextBoolean()) {
        str(p, "description", "Tracks the " + topic + " team's use of " + base);
      }
      time(p, "createdAt", created);
      time(p, "updatedAt", created.plus(Duration.ofDays(r.nextInt(3) == 0 ? 1 + r.nextInt(60) : 0)));
      str(p, "inferenceProfileArn", "arn:aws:bedrock:" + region + ":" + caller + ":application-inference-profile/" + id);
      p.set("models", ms);
      str(p, "inferenceProfileId", id);
      str(p, "status", "ACTIVE");
      str(p, "type", "APPLICATION");
      out.add(p);
    }
    return out;
  }

  // --- prompt routers: the default ones over inference profiles, and the caller's own ---

  private List<ObjectNode> promptRouters() {
    Random r = random(9);
    String[][] families = {
        {"anthropic.claude:1", "Anthropic Prompt Router", "Claude", "anthropic.claude-3-5-sonnet-20240620-v1:0",
            "anthropic.claude-3-haiku-20240307-v1:0"},
        {"meta.llama:1", "Meta Prompt Router", "Llama", "meta.llama3-1-70b-instruct-v1:0", "meta.llama3-1-8b-instruct-v1:0"},
        {"amazon.nova:1", "Amazon Nova Prompt Router", "Nova", "amazon.nova-pro-v1:0", "amazon.nova-lite-v1:0"}};
    Instant launched = Instant.parse("2024-12-04T00:00:00Z");
    List<ObjectNode> out = new ArrayList<>();
    for (String[] f : families) {
      out.add(router(f[1], 0.0, "Routes requests among models in the " + f[2] + " family", launched,
          "arn:aws:bedrock:" + region + ":" + caller + ":default-prompt-router/" + f[0], f[3], f[4], "default"));
    }
    int n = Math.min(5, 1 + models.size() / 60);
    double[] differences = {5, 10, 25, 50};
    for (int i = 0; i < n; i++) {
      String[] f = families[r.nextInt(families.length)];
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      out.add(router(topic + "-router-" + (i + 1), differences[r.nextInt(differences.length)],
          r.nextBoolean() ? "Routes the " + topic + " team's prompts" : null, between(r, launched, END),
          "arn:aws:bedrock:" + region + ":" + caller + ":prompt-router/" + token(r), f[3], f[4], "custom"));
    }
    return out;
  }

  private ObjectNode router(String name, double difference, String description, Instant created, String arn,
      String strong, String fast, String type) {
    ObjectNode p = F.objectNode();
    str(p, "promptRouterName", name);
    p.putObject("routingCriteria").put("responseQualityDifference", difference);
    str(p, "description", description);
    time(p, "createdAt", created);
    time(p, "updatedAt", created);
    str(p, "promptRouterArn", arn);
    ArrayNode ms = p.putArray("models");
    ms.addObject().put("modelArn", profileArn(geo + "." + strong));
    ms.addObject().put("modelArn", profileArn(geo + "." + fast));
    p.putObject("fallbackModel").put("modelArn", profileArn(geo + "." + strong));
    str(p, "status", "AVAILABLE");
    str(p, "type", type);
    return p;
  }

  // --- guardrails: a DRAFT and 0-3 numbered versions each ---

  private List<ObjectNode> guardrails() {
    Random r = random(10);
    List<ObjectNode> out = new ArrayList<>();
    int n = Math.min(10, 2 + models.size() / 30);
    for (int g = 0; g < n; g++) {
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String id = token(r);
      String arn = "arn:aws:bedrock:" + region + ":" + caller + ":guardrail/" + id;
      String name = topic + "-guardrail-" + (g + 1);
      String description = r.nextBoolean() ? "Keeps the " + topic + " assistant on topic and free of PII" : null;
      String kms = r.nextInt(4) == 0 ? kmsKey(r) : null;
      boolean crossRegion = g % 3 == 1;
      int versions = r.nextInt(4);
      Instant created = between(r, Instant.parse("2024-04-23T00:00:00Z"), END);
      List<Instant> versionTimes = new ArrayList<>();
      Instant t = created;
      for (int v = 1; v <= versions; v++) {
        t = t.plus(Duration.ofHours(1 + r.nextInt(24 * 20)));
        versionTimes.add(t);
      }
      Instant draftUpdated = t.plus(Duration.ofHours(1 + r.nextInt(48)));
      String draftStatus = g % 5 == 3 ? "FAILED" : g % 7 == 5 ? "UPDATING" : "READY";
      out.add(guardrail(r, id, arn, name, description, kms, crossRegion, "DRAFT", draftStatus, created, draftUpdated,
          versions + 1, topic));
      for (int v = 1; v <= versions; v++) {
        Instant at = versionTimes.get(v - 1);
        out.add(guardrail(r, id, arn, name, description, kms, crossRegion, String.valueOf(v), "READY", at, at, v, topic));
      }
    }
    return out;
  }

  private ObjectNode guardrail(Random r, String id, String arn, String name, String description, String kms,
      boolean crossRegion, String version, String status, Instant created, Instant updated, int level, String topic) {
    ObjectNode g = F.objectNode();
    str(g, "name", name);
    str(g, "description", description);
    str(g, "guardrailId", id);
    str(g, "guardrailArn", arn);
    str(g, "version", version);
    str(g, "status", status);
    ArrayNode topics = g.putObject("topicPolicy").putArray("topics");
    String[][] denied = {{"Investment advice", "Recommendations about investing money or choosing financial products."},
        {"Medical diagnosis", "Statements about what illness a person has or how to treat it."},
        {"Legal opinions", "Advice on how the law applies to a person's own situation."}};
    for (int i = 0; i < Math.min(level, denied.length); i++) {
      ObjectNode tp = topics.addObject();
      tp.put("name", denied[i][0]);
      tp.put("definition", denied[i][1]);
      tp.set("examples", strings(List.of("Should I ask about " + denied[i][0].toLowerCase(java.util.Locale.ROOT) + "?")));
      tp.put("type", "DENY");
      actions(tp, "BLOCK");
    }
    ((ObjectNode) g.get("topicPolicy")).putObject("tier").put("tierName", "CLASSIC");
    ObjectNode content = g.putObject("contentPolicy");
    ArrayNode filters = content.putArray("filters");
    for (String type : List.of("HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT", "PROMPT_ATTACK")) {
      ObjectNode f = filters.addObject();
      f.put("type", type);
      f.put("inputStrength", level > 1 ? "HIGH" : "MEDIUM");
      f.put("outputStrength", type.equals("PROMPT_ATTACK") ? "NONE" : level > 1 ? "HIGH" : "MEDIUM");
      f.set("inputModalities", strings(T));
      f.set("outputModalities", strings(T));
      actions(f, "BLOCK");
    }
    content.putObject("tier").put("tierName", "CLASSIC");
    if (level > 1) {
      ObjectNode words = g.putObject("wordPolicy");
      actions(words.putArray("words").addObject().put("text", topic + "-competitor"), "BLOCK");
      actions(words.putArray("managedWordLists").addObject().put("type", "PROFANITY"), "BLOCK");
    }
    if (r.nextBoolean() || level > 2) {
      ObjectNode sensitive = g.putObject("sensitiveInformationPolicy");
      ArrayNode pii = sensitive.putArray("piiEntities");
      actions(pii.addObject().put("type", "EMAIL").put("action", "ANONYMIZE"), "ANONYMIZE");
      actions(pii.addObject().put("type", "US_SOCIAL_SECURITY_NUMBER").put("action", "BLOCK"), "BLOCK");
      ObjectNode regex = sensitive.putArray("regexes").addObject();
      regex.put("name", topic + "-id");
      regex.put("description", "Internal " + topic + " reference numbers");
      regex.put("pattern", "[A-Z]{3}-[0-9]{8}");
      regex.put("action", "ANONYMIZE");
      actions(regex, "ANONYMIZE");
    }
    if (level > 1 || r.nextInt(3) == 0) {
      ArrayNode grounding = g.putObject("contextualGroundingPolicy").putArray("filters");
      grounding.addObject().put("type", "GROUNDING").put("threshold", 0.75).put("action", "BLOCK").put("enabled", true);
      grounding.addObject().put("type", "RELEVANCE").put("threshold", 0.5).put("action", "BLOCK").put("enabled", true);
    }
    if (crossRegion) {
      ObjectNode c = g.putObject("crossRegionDetails");
      c.put("guardrailProfileId", geo + ".guardrail.v1:0");
      c.put("guardrailProfileArn", "arn:aws:bedrock:" + region + ":" + caller + ":guardrail-profile/" + geo + ".guardrail.v1:0");
    }
    time(g, "createdAt", created);
    time(g, "updatedAt", updated);
    if (status.equals("FAILED")) {
      g.set("statusReasons", strings(List.of("Two denied topics have the same definition.")));
      g.set("failureRecommendations", strings(List.of("Give each denied topic its own definition, then update the guardrail.")));
    }
    str(g, "blockedInputMessaging", "Sorry, I can't help with that request.");
    str(g, "blockedOutputsMessaging", "Sorry, I can't share that answer.");
    str(g, "kmsKeyArn", kms);
    return g;
  }

  /** A JSON tree of EmulatedModel's detail values (maps and strings), without a serializer round trip. */
  private static JsonNode tree(Object value) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode o = F.objectNode();
      // Map.of iterates in no fixed order: sort, so the same data set always serializes the same.
      new java.util.TreeMap<>(map).forEach((k, v) -> o.set(String.valueOf(k), tree(v)));
      return o;
    }
    return value == null ? F.nullNode() : F.textNode(String.valueOf(value));
  }

  private JsonNode sharedTree(Object value) {
    return shared.computeIfAbsent(value, CatalogueGenerator::tree);
  }

  private JsonNode sharedText(String value) {
    return shared.computeIfAbsent(value, v -> F.textNode(value));
  }

  private static ObjectNode actions(ObjectNode policy, String action) {
    policy.put("inputAction", action);
    policy.put("outputAction", action);
    policy.put("inputEnabled", true);
    policy.put("outputEnabled", true);
    return policy;
  }

  // --- helpers ---

  private Random random(int kind) {
    return new Random(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + 0x6361746C6F677565L);
  }

  /** Up to {@code max} distinct elements, in their list order. */
  private static <T> List<T> pick(Random r, List<T> from, int max) {
    if (from.size() <= max) {
      return List.copyOf(from);
    }
    java.util.TreeSet<Integer> indices = new java.util.TreeSet<>();
    while (indices.size() < max) {
      indices.add(r.nextInt(from.size()));
    }
    return indices.stream().map(from::get).toList();
  }

  private static String accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length > 4 ? parts[4] : null;
  }

  private String role(String name) {
    return "arn:aws:iam::" + caller + ":role/service-role/" + name;
  }

  private String kmsKey(Random r) {
    return "arn:aws:kms:" + region + ":" + caller + ":key/" + uuid(r);
  }

  private static ObjectNode vpc(Random r) {
    ObjectNode v = F.objectNode();
    v.set("subnetIds", strings(List.of("subnet-0" + hex(r, 16), "subnet-0" + hex(r, 16))));
    v.set("securityGroupIds", strings(List.of("sg-0" + hex(r, 16))));
    return v;
  }

  private static Instant between(Random r, Instant from, Instant to) {
    long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
    return Instant.ofEpochMilli(from.toEpochMilli() + (long) (r.nextDouble() * span));
  }

  private static String token(Random r) {
    StringBuilder sb = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      sb.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(r.nextInt(36)));
    }
    return sb.toString();
  }

  private static String upperToken(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(r.nextInt(36)));
    }
    return sb.toString();
  }

  private static String hex(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return sb.toString();
  }

  private static String uuid(Random r) {
    return new java.util.UUID(r.nextLong(), r.nextLong()).toString();
  }

  private static void str(ObjectNode n, String key, String value) {
    if (value != null) {
      n.put(key, value);
    }
  }

  /** A timestamp as the service writes it: ISO-8601 with a Z. */
  private static void time(ObjectNode n, String key, Instant value) {
    if (value != null) {
      n.put(key, value.toString());
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }
}
