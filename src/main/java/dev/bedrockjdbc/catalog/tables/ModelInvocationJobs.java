package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ListModelInvocationJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListModelInvocationJobsResponse;
import software.amazon.awssdk.services.bedrock.model.ModelInvocationJobSummary;

/** {@code model_invocation_jobs}: batch inference jobs: one row per ModelInvocationJobSummary that ListModelInvocationJobs returns. */
public final class ModelInvocationJobs {
  public static final TableSpec TABLE = TableSpec.builder("model_invocation_jobs",
          "Batch inference jobs: one row per ModelInvocationJobSummary that ListModelInvocationJobs returns.",
          ModelInvocationJobSummary.class)
      .list(ListOperation.of("ListModelInvocationJobs", ListModelInvocationJobsRequest.class, ListModelInvocationJobsResponse.class,
          BedrockClient::listModelInvocationJobs, "invocationJobSummaries", "submitTimeAfter", "submitTimeBefore", "statusEquals", "nameContains", "sortBy", "sortOrder"))
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the batch inference job.")
      .column("job_name", "jobName", 63, false, "The name of the batch inference job.")
      .column("model_id", "modelId", 2048, false, "The unique identifier of the foundation model used for model inference.")
      .column("client_request_token", "clientRequestToken", 256, true, "A unique, case-sensitive identifier to ensure that the API request completes no more than one time.")
      .column("role_arn", "roleArn", 2048, false, "The Amazon Resource Name (ARN) of the service role with permissions to carry out and manage batch inference.")
      .column("status", "status", 64, true, "The status of the batch inference job (Submitted, InProgress, Completed, Failed, Stopping, Stopped, PartiallyCompleted, Expired, Validating, Scheduled, or a newer value as sent).")
      .column("message", "message", 2048, true, "If the batch inference job failed, this field contains a message describing why the job failed.")
      .column("submit_time", "submitTime", 3, false, "The time at which the batch inference job was submitted (UTC, millisecond precision).")
      .column("last_modified_time", "lastModifiedTime", 3, true, "The time at which the batch inference job was last modified (UTC, millisecond precision).")
      .column("end_time", "endTime", 3, true, "The time at which the batch inference job ended (UTC, millisecond precision).")
      .column("input_data_config", "inputDataConfig", 65536, false, "JSON text of the API's ModelInvocationJobInputDataConfig: where the input data is (s3InputDataConfig).")
      .column("output_data_config", "outputDataConfig", 65536, false, "JSON text of the API's ModelInvocationJobOutputDataConfig: where the output goes (s3OutputDataConfig).")
      .column("vpc_config", "vpcConfig", 65536, true, "JSON text of the API's VpcConfig: the VPC the job's data is accessed in.")
      .column("timeout_duration_in_hours", "timeoutDurationInHours", -1, true, "The number of hours after which the batch inference job was set to time out.")
      .column("job_expiration_time", "jobExpirationTime", 3, true, "The time at which the batch inference job times or timed out (UTC, millisecond precision).")
      .column("model_invocation_type", "modelInvocationType", 64, true, "The invocation endpoint for ModelInvocationJob (InvokeModel, Converse, or a newer value as sent).")
      .column("total_record_count", "totalRecordCount", -1, true, "The total number of records in the batch inference job.")
      .column("processed_record_count", "processedRecordCount", -1, true, "The number of records that have been processed.")
      .column("success_record_count", "successRecordCount", -1, true, "The number of records that were processed successfully.")
      .column("error_record_count", "errorRecordCount", -1, true, "The number of records that failed to be processed.")
      .filter(new FilterSpec.Range("submit_time", "submitTimeAfter", "submitTimeBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("Submitted", "InProgress", "Completed", "Failed", "Stopping",
          "Stopped", "PartiallyCompleted", "Expired", "Validating", "Scheduled"), true))
      .filter(new FilterSpec.Contains("job_name", "nameContains", Shapes.JOB_NAME, 63))
      .sort("submit_time", "CreationTime")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("model-invocation-job")))
      .key("job_arn")
      .lookup(GetOperation.of("GetModelInvocationJob", GetModelInvocationJobRequest.class, GetModelInvocationJobResponse.class, BedrockClient::getModelInvocationJob,
          "jobIdentifier"))
      .build();

  private ModelInvocationJobs() {
  }
}
