package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.TableSpec;

import java.util.List;

/** Every table of the {@code bedrock} schema, in the order metadata lists them. */
public final class Tables {
  /** The precision of a column of JSON text (a structure, list or map). */
  static final int JSON = 65536;

  /** Each details table right after its list table. */
  public static final List<TableSpec> ALL = List.of(CustomModels.TABLE, CustomModelDetails.TABLE,
      FoundationModels.TABLE, ModelCustomizationJobs.TABLE, ModelCustomizationJobDetails.TABLE,
      ProvisionedModelThroughputs.TABLE, ProvisionedModelThroughputDetails.TABLE, ImportedModels.TABLE,
      ImportedModelDetails.TABLE, ModelImportJobs.TABLE, ModelImportJobDetails.TABLE, ModelCopyJobs.TABLE,
      ModelInvocationJobs.TABLE, EvaluationJobs.TABLE, EvaluationJobDetails.TABLE, CustomModelDeployments.TABLE,
      CustomModelDeploymentDetails.TABLE, InferenceProfiles.TABLE, InferenceProfileModels.TABLE, Guardrails.TABLE,
      GuardrailDetails.TABLE, PromptRouters.TABLE);

  private Tables() {
  }
}
