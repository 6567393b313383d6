package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetProvisionedModelThroughputRequest;
import software.amazon.awssdk.services.bedrock.model.GetProvisionedModelThroughputResponse;
import software.amazon.awssdk.services.bedrock.model.ListProvisionedModelThroughputsRequest;
import software.amazon.awssdk.services.bedrock.model.ListProvisionedModelThroughputsResponse;
import software.amazon.awssdk.services.bedrock.model.ProvisionedModelSummary;

/** {@code provisioned_model_throughputs}: provisioned Throughput: one row per ProvisionedModelSummary that ListProvisionedModelThroughputs returns. */
public final class ProvisionedModelThroughputs {
  public static final TableSpec TABLE = TableSpec.builder("provisioned_model_throughputs",
          "Provisioned Throughput: one row per ProvisionedModelSummary that ListProvisionedModelThroughputs returns.",
          ProvisionedModelSummary.class)
      .list(ListOperation.of("ListProvisionedModelThroughputs", ListProvisionedModelThroughputsRequest.class, ListProvisionedModelThroughputsResponse.class,
          BedrockClient::listProvisionedModelThroughputs, "provisionedModelSummaries", "creationTimeAfter", "creationTimeBefore", "statusEquals", "modelArnEquals", "nameContains", "sortBy", "sortOrder"))
      .column("provisioned_model_name", "provisionedModelName", 63, false, "The name of the Provisioned Throughput.")
      .column("provisioned_model_arn", "provisionedModelArn", 1011, false, "The Amazon Resource Name (ARN) of the Provisioned Throughput.")
      .column("model_arn", "modelArn", 1011, false, "The Amazon Resource Name (ARN) of the model associated with the Provisioned Throughput.")
      .column("desired_model_arn", "desiredModelArn", 1011, false, "The ARN of the model requested to be associated to this Provisioned Throughput (differs from model_arn while an update is in progress).")
      .column("foundation_model_arn", "foundationModelArn", 1011, false, "The Amazon Resource Name (ARN) of the base model for which the Provisioned Throughput was created.")
      .column("model_units", "modelUnits", -1, false, "The number of model units allocated to the Provisioned Throughput.")
      .column("desired_model_units", "desiredModelUnits", -1, false, "The number of model units that was requested to be allocated to the Provisioned Throughput.")
      .column("status", "status", 64, false, "The status of the Provisioned Throughput (Creating, InService, Updating, Failed, or a newer value as sent).")
      .column("commitment_duration", "commitmentDuration", 64, true, "The duration for which the Provisioned Throughput was committed (OneMonth, SixMonths, or a newer value as sent).")
      .column("commitment_expiration_time", "commitmentExpirationTime", 3, true, "The timestamp for when the commitment term of the Provisioned Throughput expires (UTC, millisecond precision).")
      .column("creation_time", "creationTime", 3, false, "The time that the Provisioned Throughput was created (UTC, millisecond precision).")
      .column("last_modified_time", "lastModifiedTime", 3, false, "The time that the Provisioned Throughput was last modified (UTC, millisecond precision).")
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("Creating", "InService", "Updating", "Failed"), true))
      // Not exact: the API documents it loosely ("associated with this model").
      .filter(new FilterSpec.Equals("model_arn", "modelArnEquals", false, Shapes::modelArn, true))
      .filter(new FilterSpec.Contains("provisioned_model_name", "nameContains", Shapes.RESOURCE_NAME, 63))
      .sort("creation_time", "CreationTime")
      .filter(new FilterSpec.Key("provisioned_model_arn", Shapes.arnOf("provisioned-model")))
      .key("provisioned_model_arn")
      .lookup(GetOperation.of("GetProvisionedModelThroughput", GetProvisionedModelThroughputRequest.class, GetProvisionedModelThroughputResponse.class, BedrockClient::getProvisionedModelThroughput,
          "provisionedModelId"))
      .build();

  private ProvisionedModelThroughputs() {
  }
}
