package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.FoundationModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListFoundationModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListFoundationModelsResponse;

/** {@code foundation_models}: foundation models available in the region: one row per FoundationModelSummary that ListFoundationModels returns (one call, no paging). */
public final class FoundationModels {
  public static final TableSpec TABLE = TableSpec.builder("foundation_models",
          "Foundation models available in the region: one row per FoundationModelSummary that ListFoundationModels returns (one call, no paging).",
          FoundationModelSummary.class)
      .list(ListOperation.of("ListFoundationModels", ListFoundationModelsRequest.class, ListFoundationModelsResponse.class,
          BedrockClient::listFoundationModels, "modelSummaries", "byProvider", "byCustomizationType",
          "byOutputModality", "byInferenceType"))
      .column("model_arn", "modelArn", 2048, false, "The Amazon Resource Name (ARN) of the foundation model.")
      .column("model_id", "modelId", 2048, false, "The model ID of the foundation model.")
      .column("model_name", "modelName", 2048, true, "The name of the model.")
      .column("provider_name", "providerName", 64, true, "The model's provider name.")
      .column("input_modalities", "inputModalities", 65536, true, "JSON text of the input modalities that the model supports (TEXT, IMAGE, EMBEDDING).")
      .column("output_modalities", "outputModalities", 65536, true, "JSON text of the output modalities that the model supports (TEXT, IMAGE, EMBEDDING): output_modalities LIKE '%\"TEXT\"%' is sent as byOutputModality.")
      .column("response_streaming_supported", "responseStreamingSupported", -1, true, "Indicates whether the model supports streaming.")
      .column("customizations_supported", "customizationsSupported", 65536, true, "JSON text of the customizations that the model supports (FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION): customizations_supported LIKE '%\"FINE_TUNING\"%' is sent as byCustomizationType.")
      .column("inference_types_supported", "inferenceTypesSupported", 65536, true, "JSON text of the inference types that the model supports (ON_DEMAND, PROVISIONED): inference_types_supported LIKE '%\"ON_DEMAND\"%' is sent as byInferenceType.")
      .column("model_lifecycle", "modelLifecycle", 65536, true, "JSON text of the API's FoundationModelLifecycle: whether the model is ACTIVE or LEGACY.")
      // Not exact: whether byProvider ignores case is not documented.
      .filter(new FilterSpec.Equals("provider_name", "byProvider", false, Shapes.PROVIDER.asMatchPredicate(), true))
      .filter(new FilterSpec.Element("customizations_supported", "byCustomizationType",
          Shapes.oneOf("FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION")))
      .filter(new FilterSpec.Element("output_modalities", "byOutputModality", Shapes.oneOf("TEXT", "IMAGE", "EMBEDDING")))
      .filter(new FilterSpec.Element("inference_types_supported", "byInferenceType",
          Shapes.oneOf("ON_DEMAND", "PROVISIONED")))
      .key("model_arn")
      .build();

  private FoundationModels() {
  }
}
