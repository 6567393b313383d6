package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelImportJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelImportJobResponse;
import software.amazon.awssdk.services.bedrock.model.ListModelImportJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListModelImportJobsResponse;
import software.amazon.awssdk.services.bedrock.model.ModelImportJobSummary;

/** {@code model_import_jobs}: model import jobs: one row per ModelImportJobSummary that ListModelImportJobs returns. */
public final class ModelImportJobs {
  public static final TableSpec TABLE = TableSpec.builder("model_import_jobs",
          "Model import jobs: one row per ModelImportJobSummary that ListModelImportJobs returns.",
          ModelImportJobSummary.class)
      .list(ListOperation.of("ListModelImportJobs", ListModelImportJobsRequest.class, ListModelImportJobsResponse.class,
          BedrockClient::listModelImportJobs, "modelImportJobSummaries", "creationTimeAfter", "creationTimeBefore", "statusEquals", "nameContains", "sortBy", "sortOrder"))
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the import job.")
      .column("job_name", "jobName", 63, false, "The name of the import job.")
      .column("status", "status", 64, false, "The status of the imported job (InProgress, Completed, Failed, or a newer value as sent).")
      .column("last_modified_time", "lastModifiedTime", 3, true, "The time when the import job was last modified (UTC, millisecond precision).")
      .column("creation_time", "creationTime", 3, false, "The time import job was created (UTC, millisecond precision).")
      .column("end_time", "endTime", 3, true, "The time when import job ended (UTC, millisecond precision).")
      .column("imported_model_arn", "importedModelArn", 1011, true, "The Amazon resource Name (ARN) of the imported model.")
      .column("imported_model_name", "importedModelName", 63, true, "The name of the imported model.")
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("InProgress", "Completed", "Failed"), true))
      .filter(new FilterSpec.Contains("job_name", "nameContains", Shapes.JOB_NAME, 63))
      .sort("creation_time", "CreationTime")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("model-import-job")))
      .key("job_arn")
      .lookup(GetOperation.of("GetModelImportJob", GetModelImportJobRequest.class, GetModelImportJobResponse.class, BedrockClient::getModelImportJob,
          "jobIdentifier"))
      .build();

  private ModelImportJobs() {
  }
}
