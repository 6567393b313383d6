package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.ApiShapes;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelCopyJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelCopyJobResponse;
import software.amazon.awssdk.services.bedrock.model.ListModelCopyJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListModelCopyJobsResponse;
import software.amazon.awssdk.services.bedrock.model.ModelCopyJobSummary;

/** {@code model_copy_jobs}: model copy jobs (models copied into this region or account): one row per ModelCopyJobSummary that ListModelCopyJobs returns. */
public final class ModelCopyJobs {
  public static final TableSpec TABLE = TableSpec.builder("model_copy_jobs",
          "Model copy jobs (models copied into this region or account): one row per ModelCopyJobSummary that ListModelCopyJobs returns.",
          ModelCopyJobSummary.class)
      .list(ListOperation.of("ListModelCopyJobs", ListModelCopyJobsRequest.class, ListModelCopyJobsResponse.class,
          BedrockClient::listModelCopyJobs, "modelCopyJobSummaries", "creationTimeAfter", "creationTimeBefore", "statusEquals", "sourceAccountEquals", "sourceModelArnEquals", "outputModelNameContains", "sortBy", "sortOrder"))
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the model copy job.")
      .column("status", "status", 64, false, "The status of the model copy job (InProgress, Completed, Failed, or a newer value as sent).")
      .column("creation_time", "creationTime", 3, false, "The time that the model copy job was created (UTC, millisecond precision).")
      .column("target_model_arn", "targetModelArn", 1011, false, "The Amazon Resource Name (ARN) of the copied model.")
      .column("target_model_name", "targetModelName", 63, true, "The name of the copied model.")
      .column("source_account_id", "sourceAccountId", 12, false, "The identifier of the account from which the model was copied.")
      .column("source_model_arn", "sourceModelArn", 1011, false, "The Amazon Resource Name (ARN) of the original model being copied.")
      .column("target_model_kms_key_arn", "targetModelKmsKeyArn", 2048, true, "The Amazon Resource Name (ARN) of the KMS key used to encrypt the copied model.")
      .column("target_model_tags", "targetModelTags", 65536, true, "JSON text of the API's TagList: the tags associated with the copied model.")
      .column("failure_message", "failureMessage", 2048, true, "If a model fails to be copied, a message describing why the job failed is included here.")
      .column("source_model_name", "sourceModelName", 63, true, "The name of the original model being copied.")
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("InProgress", "Completed", "Failed"), true))
      .filter(new FilterSpec.Equals("source_account_id", "sourceAccountEquals", false, Shapes::account, true))
      .filter(new FilterSpec.Equals("source_model_arn", "sourceModelArnEquals", false, Shapes::modelArn, true))
      // The API parameter targetModelNameContains travels as outputModelNameContains.
      .filter(new FilterSpec.Contains("target_model_name", "outputModelNameContains", ApiShapes.CUSTOM_MODEL_NAME, 63))
      .sort("creation_time", "CreationTime")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("model-copy-job")))
      .key("job_arn")
      .lookup(GetOperation.of("GetModelCopyJob", GetModelCopyJobRequest.class, GetModelCopyJobResponse.class, BedrockClient::getModelCopyJob,
          "jobArn"))
      .build();

  private ModelCopyJobs() {
  }
}
