package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.TableSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every table of the {@code bedrock} schema, in the order metadata lists them (each details table right after its
 * list table). A description is made at its first use: building one reads the SDK's model classes of its
 * operations, and a query of one table (a cold JVM's first query) should not load the other twenty-one's.
 */
public final class Tables {
  /** The precision of a column of JSON text (a structure, list or map). */
  static final int JSON = 65536;

  private static final Map<String, Supplier<TableSpec>> BY_NAME = new LinkedHashMap<>();

  static {
    add("custom_models", () -> CustomModels.TABLE);
    add("custom_model_details", () -> CustomModelDetails.TABLE);
    add("foundation_models", () -> FoundationModels.TABLE);
    add("model_customization_jobs", () -> ModelCustomizationJobs.TABLE);
    add("model_customization_job_details", () -> ModelCustomizationJobDetails.TABLE);
    add("provisioned_model_throughputs", () -> ProvisionedModelThroughputs.TABLE);
    add("provisioned_model_throughput_details", () -> ProvisionedModelThroughputDetails.TABLE);
    add("imported_models", () -> ImportedModels.TABLE);
    add("imported_model_details", () -> ImportedModelDetails.TABLE);
    add("model_import_jobs", () -> ModelImportJobs.TABLE);
    add("model_import_job_details", () -> ModelImportJobDetails.TABLE);
    add("model_copy_jobs", () -> ModelCopyJobs.TABLE);
    add("model_invocation_jobs", () -> ModelInvocationJobs.TABLE);
    add("evaluation_jobs", () -> EvaluationJobs.TABLE);
    add("evaluation_job_details", () -> EvaluationJobDetails.TABLE);
    add("custom_model_deployments", () -> CustomModelDeployments.TABLE);
    add("custom_model_deployment_details", () -> CustomModelDeploymentDetails.TABLE);
    add("inference_profiles", () -> InferenceProfiles.TABLE);
    add("inference_profile_models", () -> InferenceProfileModels.TABLE);
    add("guardrails", () -> Guardrails.TABLE);
    add("guardrail_details", () -> GuardrailDetails.TABLE);
    add("prompt_routers", () -> PromptRouters.TABLE);
    add("model_invocation_logging", () -> ModelInvocationLogging.TABLE);
    add("regions", () -> Regions.TABLE);
  }

  private Tables() {
  }

  private static void add(String name, Supplier<TableSpec> table) {
    BY_NAME.put(name, table);
  }

  /** Every table's name, without making any description. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The table of that name (exact, lower case), or null. */
  public static TableSpec named(String name) {
    Supplier<TableSpec> table = BY_NAME.get(name);
    return table == null ? null : table.get();
  }

  /** Every table, each description made now if it was not yet. */
  public static List<TableSpec> all() {
    return BY_NAME.values().stream().map(Supplier::get).toList();
  }
}
