package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;

/**
 * {@code model_customization_job_details}: what only GetModelCustomizationJob returns, one row per model
 * customization job: {@code job_arn = X} is one Get, a join on job_arn one Get per joined row, a read alone lists
 * model_customization_jobs and gets each.
 */
public final class ModelCustomizationJobDetails {
  public static final TableSpec TABLE = TableSpec.builder("model_customization_job_details", "What "
          + "GetModelCustomizationJob returns beyond a job's summary (role, hyperparameters, data locations, metrics, "
          + "VPC, failure): one row per model customization job, one GetModelCustomizationJob call each (join on "
          + "job_arn or filter job_arn = ... to choose which).", GetModelCustomizationJobResponse.class)
      .detailsOf(ModelCustomizationJobs.TABLE)
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the customization job.")
      .column("output_model_name", "outputModelName", 63, true, "The name of the output model.")
      .column("output_model_arn", "outputModelArn", 2048, true, "The Amazon Resource Name (ARN) of the output model.")
      .column("client_request_token", "clientRequestToken", 256, true,
          "The token that you specified in the CreateCustomizationJob request.")
      .column("role_arn", "roleArn", 2048, true, "The Amazon Resource Name (ARN) of the IAM role.")
      .column("failure_message", "failureMessage", 2048, true, "Information about why the job failed.")
      .apply(TrainingColumns::setUp)
      .column("output_model_kms_key_arn", "outputModelKmsKeyArn", 2048, true,
          "The custom model is encrypted at rest using this key.")
      .apply(TrainingColumns::metrics)
      .column("vpc_config", "vpcConfig", Tables.JSON, true,
          "JSON text of the API's VpcConfig: the VPC the job runs in (subnetIds, securityGroupIds).")
      .column("customization_config", "customizationConfig", Tables.JSON, true, "JSON text of the API's "
          + "CustomizationConfig: the customization configuration for the job (distillationConfig, rftConfig).")
      .apply(TrainingColumns::flattened)
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("model-customization-job")))
      .key("job_arn")
      .build();

  private ModelCustomizationJobDetails() {
  }
}
