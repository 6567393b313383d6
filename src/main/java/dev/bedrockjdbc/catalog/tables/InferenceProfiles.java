package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetInferenceProfileRequest;
import software.amazon.awssdk.services.bedrock.model.GetInferenceProfileResponse;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileSummary;
import software.amazon.awssdk.services.bedrock.model.ListInferenceProfilesRequest;
import software.amazon.awssdk.services.bedrock.model.ListInferenceProfilesResponse;

/** {@code inference_profiles}: inference profiles, system-defined (cross-region) and application: one row per InferenceProfileSummary that ListInferenceProfiles returns. Without a type predicate the API lists only SYSTEM_DEFINED profiles, so the driver lists each type (two calls). */
public final class InferenceProfiles {
  /** The profile types; the API lists one of them per request. */
  static final String[] TYPES = {"SYSTEM_DEFINED", "APPLICATION"};

  public static final TableSpec TABLE = TableSpec.builder("inference_profiles",
          "Inference profiles, system-defined (cross-region) and application: one row per InferenceProfileSummary that ListInferenceProfiles returns. Without a type predicate the API lists only SYSTEM_DEFINED profiles, so the driver lists each type (two calls).",
          InferenceProfileSummary.class)
      .list(ListOperation.of("ListInferenceProfiles", ListInferenceProfilesRequest.class, ListInferenceProfilesResponse.class,
          BedrockClient::listInferenceProfiles, "inferenceProfileSummaries", "type"))
      .column("inference_profile_name", "inferenceProfileName", 64, false, "The name of the inference profile.")
      .column("description", "description", 200, true, "The description of the inference profile.")
      .column("created_at", "createdAt", 3, true, "The time at which the inference profile was created (UTC, millisecond precision).")
      .column("updated_at", "updatedAt", 3, true, "The time at which the inference profile was last updated (UTC, millisecond precision).")
      .column("inference_profile_arn", "inferenceProfileArn", 2048, false, "The Amazon Resource Name (ARN) of the inference profile.")
      .column("models", "models", 65536, false, "JSON text of the API's InferenceProfileModels: the models the profile routes requests to (one row each in inference_profile_models).")
      .column("inference_profile_id", "inferenceProfileId", 64, false, "The unique identifier of the inference profile.")
      .column("status", "status", 64, false, "The status of the inference profile (ACTIVE, or a newer value as sent).")
      .column("type", "type", 64, false, "The type of the inference profile (SYSTEM_DEFINED, APPLICATION, or a newer value as sent).")
      .filter(new FilterSpec.Equals("type", "type", true, Shapes.oneOf(TYPES), true))
      .partitionedBy("type", TYPES)
      .filter(new FilterSpec.Key("inference_profile_arn", Shapes.arnOf("inference-profile", "application-inference-profile")))
      .key("inference_profile_arn")
      .lookup(GetOperation.of("GetInferenceProfile", GetInferenceProfileRequest.class, GetInferenceProfileResponse.class, BedrockClient::getInferenceProfile,
          "inferenceProfileIdentifier"))
      .build();

  private InferenceProfiles() {
  }
}
