package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ListModelCustomizationJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListModelCustomizationJobsResponse;
import software.amazon.awssdk.services.bedrock.model.ModelCustomizationJobSummary;

/** {@code model_customization_jobs}: model customization (fine-tuning, continued pre-training, distillation) jobs: one row per ModelCustomizationJobSummary that ListModelCustomizationJobs returns. */
public final class ModelCustomizationJobs {
  public static final TableSpec TABLE = TableSpec.builder("model_customization_jobs",
          "Model customization (fine-tuning, continued pre-training, distillation) jobs: one row per ModelCustomizationJobSummary that ListModelCustomizationJobs returns.",
          ModelCustomizationJobSummary.class)
      .list(ListOperation.of("ListModelCustomizationJobs", ListModelCustomizationJobsRequest.class, ListModelCustomizationJobsResponse.class,
          BedrockClient::listModelCustomizationJobs, "modelCustomizationJobSummaries", "creationTimeAfter", "creationTimeBefore", "statusEquals", "nameContains", "sortBy", "sortOrder"))
      .column("job_arn", "jobArn", 1011, false, "Amazon Resource Name (ARN) of the customization job.")
      .column("base_model_arn", "baseModelArn", 2048, false, "Amazon Resource Name (ARN) of the base model.")
      .column("job_name", "jobName", 63, false, "Name of the customization job.")
      .column("status", "status", 64, false, "Status of the customization job (InProgress, Completed, Failed, Stopping, Stopped, or a newer value as sent).")
      .column("status_details", "statusDetails", 65536, true, "JSON text of the API's StatusDetails: the status of each stage of the job (validation, data processing, training).")
      .column("last_modified_time", "lastModifiedTime", 3, true, "Time that the customization job was last modified (UTC, millisecond precision).")
      .column("creation_time", "creationTime", 3, false, "Creation time of the customization job (UTC, millisecond precision).")
      .column("end_time", "endTime", 3, true, "Time that the customization job ended (UTC, millisecond precision).")
      .column("custom_model_arn", "customModelArn", 2048, true, "Amazon Resource Name (ARN) of the custom model.")
      .column("custom_model_name", "customModelName", 63, true, "Name of the custom model.")
      .column("customization_type", "customizationType", 64, true, "The type of model customization (FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION, REINFORCEMENT_FINE_TUNING, IMPORTED, or a newer value as sent).")
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("InProgress", "Completed", "Failed", "Stopping", "Stopped"), true))
      .filter(new FilterSpec.Contains("job_name", "nameContains", Shapes.JOB_NAME, 63))
      .sort("creation_time", "CreationTime")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("model-customization-job")))
      .key("job_arn")
      .lookup(GetOperation.of("GetModelCustomizationJob", GetModelCustomizationJobRequest.class, GetModelCustomizationJobResponse.class, BedrockClient::getModelCustomizationJob,
          "jobIdentifier"), "customModelArn=outputModelArn", "customModelName=outputModelName")
      .build();

  private ModelCustomizationJobs() {
  }
}
