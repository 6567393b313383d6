package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetProvisionedModelThroughputResponse;

/**
 * {@code provisioned_model_throughput_details}: what only GetProvisionedModelThroughput returns (its failure
 * message), one row per Provisioned Throughput.
 */
public final class ProvisionedModelThroughputDetails {
  public static final TableSpec TABLE = TableSpec.builder("provisioned_model_throughput_details", "What "
          + "GetProvisionedModelThroughput returns beyond a Provisioned Throughput's summary (why it failed): one row "
          + "per Provisioned Throughput, one GetProvisionedModelThroughput call each (join on provisioned_model_arn "
          + "or filter provisioned_model_arn = ... to choose which).", GetProvisionedModelThroughputResponse.class)
      .detailsOf(ProvisionedModelThroughputs.TABLE)
      .column("provisioned_model_arn", "provisionedModelArn", 1011, false,
          "The Amazon Resource Name (ARN) of the Provisioned Throughput.")
      .column("failure_message", "failureMessage", 2048, true, "A failure message for any issues that occurred "
          + "during creation, updating, or deletion of the Provisioned Throughput.")
      .filter(new FilterSpec.Key("provisioned_model_arn", Shapes.arnOf("provisioned-model")))
      .key("provisioned_model_arn")
      .build();

  private ProvisionedModelThroughputDetails() {
  }
}
