package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.TableSpec;

import java.util.List;

/** Every table of the {@code bedrock} schema, in the order metadata lists them. */
public final class Tables {
  /** The precision of a column of JSON text (a structure, list or map). */
  static final int JSON = 65536;

  public static final List<TableSpec> ALL = List.of(CustomModels.TABLE, CustomModelDetails.TABLE,
      FoundationModels.TABLE, ModelCustomizationJobs.TABLE, ProvisionedModelThroughputs.TABLE, ImportedModels.TABLE,
      ModelImportJobs.TABLE, ModelCopyJobs.TABLE, ModelInvocationJobs.TABLE, EvaluationJobs.TABLE,
      CustomModelDeployments.TABLE, InferenceProfiles.TABLE, InferenceProfileModels.TABLE, Guardrails.TABLE,
      PromptRouters.TABLE);

  private Tables() {
  }
}
