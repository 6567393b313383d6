package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetCustomModelDeploymentResponse;

/** {@code custom_model_deployment_details}: what only GetCustomModelDeployment returns, one row per deployment. */
public final class CustomModelDeploymentDetails {
  public static final TableSpec TABLE = TableSpec.builder("custom_model_deployment_details", "What "
          + "GetCustomModelDeployment returns beyond a deployment's summary (description, pending update): one row "
          + "per custom model deployment, one GetCustomModelDeployment call each (join on custom_model_deployment_arn "
          + "or filter custom_model_deployment_arn = ... to choose which).", GetCustomModelDeploymentResponse.class)
      .detailsOf(CustomModelDeployments.TABLE)
      .column("custom_model_deployment_arn", "customModelDeploymentArn", 1011, false,
          "The Amazon Resource Name (ARN) of the custom model deployment.")
      .column("model_deployment_name", "modelDeploymentName", 63, true, "The name of the model deployment.")
      .column("description", "description", 200, true, "The description of the deployment.")
      .column("update_details", "updateDetails", Tables.JSON, true, "JSON text of the API's "
          + "CustomModelDeploymentUpdateDetails: details about any pending or completed update to the deployment "
          + "(modelArn, updateStatus).")
      .nested("update_status", 64, "the status of the update to the deployment (Updating, UpdateCompleted, or a "
          + "newer value as sent).", "updateDetails", "updateStatus")
      .filter(new FilterSpec.Key("custom_model_deployment_arn", Shapes.arnOf("custom-model-deployment")))
      .key("custom_model_deployment_arn")
      .build();

  private CustomModelDeploymentDetails() {
  }
}
