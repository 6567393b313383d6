package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.ApiShapes;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelDeploymentSummary;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelDeploymentRequest;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelDeploymentResponse;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelDeploymentsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelDeploymentsResponse;

/** {@code custom_model_deployments}: on-demand deployments of custom models: one row per CustomModelDeploymentSummary that ListCustomModelDeployments returns. */
public final class CustomModelDeployments {
  public static final TableSpec TABLE = TableSpec.builder("custom_model_deployments",
          "On-demand deployments of custom models: one row per CustomModelDeploymentSummary that ListCustomModelDeployments returns.",
          CustomModelDeploymentSummary.class)
      .list(ListOperation.of("ListCustomModelDeployments", ListCustomModelDeploymentsRequest.class, ListCustomModelDeploymentsResponse.class,
          BedrockClient::listCustomModelDeployments, "modelDeploymentSummaries", "createdAfter", "createdBefore", "statusEquals", "modelArnEquals", "nameContains", "sortBy", "sortOrder"))
      .column("custom_model_deployment_arn", "customModelDeploymentArn", 1011, false, "The Amazon Resource Name (ARN) of the custom model deployment.")
      .column("custom_model_deployment_name", "customModelDeploymentName", 63, false, "The name of the custom model deployment.")
      .column("model_arn", "modelArn", 1011, false, "The Amazon Resource Name (ARN) of the custom model associated with this deployment.")
      .column("created_at", "createdAt", 3, false, "The date and time when the custom model deployment was created (UTC, millisecond precision).")
      .column("status", "status", 64, false, "The status of the custom model deployment (Creating, Active, Failed, or a newer value as sent).")
      .column("last_updated_at", "lastUpdatedAt", 3, true, "The date and time when the custom model deployment was last modified (UTC, millisecond precision).")
      .column("failure_message", "failureMessage", 2048, true, "If the deployment status is FAILED, information about the failure.")
      .filter(new FilterSpec.Range("created_at", "createdAfter", "createdBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("Creating", "Active", "Failed"), true))
      .filter(new FilterSpec.Equals("model_arn", "modelArnEquals", false, Shapes::deployedModelArn, true))
      .filter(new FilterSpec.Contains("custom_model_deployment_name", "nameContains", ApiShapes.CUSTOM_MODEL_NAME, 63))
      .sort("created_at", "CreationTime")
      .filter(new FilterSpec.Key("custom_model_deployment_arn", Shapes.arnOf("custom-model-deployment")))
      .key("custom_model_deployment_arn")
      .lookup(GetOperation.of("GetCustomModelDeployment", GetCustomModelDeploymentRequest.class, GetCustomModelDeploymentResponse.class, BedrockClient::getCustomModelDeployment,
          "customModelDeploymentIdentifier"), "customModelDeploymentName=modelDeploymentName")
      .build();

  private CustomModelDeployments() {
  }
}
