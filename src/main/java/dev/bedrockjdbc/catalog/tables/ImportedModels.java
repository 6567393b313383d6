package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetImportedModelRequest;
import software.amazon.awssdk.services.bedrock.model.GetImportedModelResponse;
import software.amazon.awssdk.services.bedrock.model.ImportedModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListImportedModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListImportedModelsResponse;

/** {@code imported_models}: models imported into Bedrock (Custom Model Import): one row per ImportedModelSummary that ListImportedModels returns. */
public final class ImportedModels {
  public static final TableSpec TABLE = TableSpec.builder("imported_models",
          "Models imported into Bedrock (Custom Model Import): one row per ImportedModelSummary that ListImportedModels returns.",
          ImportedModelSummary.class)
      .list(ListOperation.of("ListImportedModels", ListImportedModelsRequest.class, ListImportedModelsResponse.class,
          BedrockClient::listImportedModels, "modelSummaries", "creationTimeAfter", "creationTimeBefore", "nameContains", "sortBy", "sortOrder"))
      .column("model_arn", "modelArn", 1011, false, "The Amazon Resource Name (ARN) of the imported model.")
      .column("model_name", "modelName", 63, false, "Name of the imported model.")
      .column("creation_time", "creationTime", 3, false, "Creation time of the imported model (UTC, millisecond precision).")
      .column("instruct_supported", "instructSupported", -1, true, "Specifies if the imported model supports converse.")
      .column("model_architecture", "modelArchitecture", 64, true, "The architecture of the imported model.")
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      .filter(new FilterSpec.Contains("model_name", "nameContains", Shapes.RESOURCE_NAME, 63))
      .sort("creation_time", "CreationTime")
      .filter(new FilterSpec.Key("model_arn", Shapes.arnOf("imported-model")))
      .key("model_arn")
      .lookup(GetOperation.of("GetImportedModel", GetImportedModelRequest.class, GetImportedModelResponse.class, BedrockClient::getImportedModel,
          "modelIdentifier"))
      .build();

  private ImportedModels() {
  }
}
