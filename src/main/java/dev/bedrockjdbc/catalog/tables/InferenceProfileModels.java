package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.InferenceProfileModel;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileSummary;

/**
 * {@code inference_profile_models}: one row per model an inference profile routes to (the elements of its
 * {@code models} list), so "which profiles route to this foundation model" is a join.
 */
public final class InferenceProfileModels {
  public static final TableSpec TABLE = TableSpec.builder("inference_profile_models", "The models each inference "
          + "profile routes requests to: one row per element of an InferenceProfileSummary's models list "
          + "(ListInferenceProfiles).", InferenceProfileSummary.class)
      .childrenOf(InferenceProfiles.TABLE, profile -> ((InferenceProfileSummary) profile).models(),
          InferenceProfileModel.class)
      .parentColumn("inference_profile_arn")
      .parentColumn("inference_profile_id")
      .parentColumn("inference_profile_name")
      .parentColumn("type")
      .column("model_arn", "modelArn", 2048, false, "The Amazon Resource Name (ARN) of a model the profile routes "
          + "to (a foundation model in one of the profile's regions).")
      .filter(new FilterSpec.Equals("type", "type", true, Shapes.oneOf(InferenceProfiles.TYPES), true))
      .partitionedBy("type", InferenceProfiles.TYPES)
      .key("inference_profile_arn", "model_arn")
      .build();

  private InferenceProfileModels() {
  }
}
