package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetEvaluationJobResponse;

/** {@code evaluation_job_details}: what only GetEvaluationJob returns, one row per evaluation job. */
public final class EvaluationJobDetails {
  public static final TableSpec TABLE = TableSpec.builder("evaluation_job_details", "What GetEvaluationJob "
          + "returns beyond an evaluation job's summary (description, role, evaluation and inference configuration, "
          + "output location, failures): one row per evaluation job, one GetEvaluationJob call each (join on job_arn "
          + "or filter job_arn = ... to choose which).", GetEvaluationJobResponse.class)
      .detailsOf(EvaluationJobs.TABLE)
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the evaluation job.")
      .column("job_description", "jobDescription", 200, true, "The description of the evaluation job.")
      .column("role_arn", "roleArn", 2048, true, "The Amazon Resource Name (ARN) of the IAM service role used in the "
          + "evaluation job.")
      .column("customer_encryption_key_id", "customerEncryptionKeyId", 2048, true, "The Amazon Resource Name (ARN) "
          + "of the customer managed encryption key specified when the evaluation job was created.")
      .column("evaluation_config", "evaluationConfig", Tables.JSON, true, "JSON text of the API's "
          + "EvaluationConfig: the configuration details of either an automated or human-based evaluation job.")
      .column("inference_config", "inferenceConfig", Tables.JSON, true, "JSON text of the API's "
          + "EvaluationInferenceConfig: the models or knowledge bases (RAG) evaluated and their inference settings.")
      .column("output_data_config", "outputDataConfig", Tables.JSON, true, "JSON text of the API's "
          + "EvaluationOutputDataConfig: the Amazon S3 location where the results of the evaluation job are saved.")
      .column("last_modified_time", "lastModifiedTime", 3, true, "The time the evaluation job was last modified (UTC, "
          + "millisecond precision).")
      .column("failure_messages", "failureMessages", Tables.JSON, true, "JSON text of the API's "
          + "ErrorMessages: a list of strings that specify why the evaluation job failed to create.")
      .nested("output_data_s3_uri", 1024, "the Amazon S3 URI where the results of the evaluation job are saved.",
          "outputDataConfig", "s3Uri")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("evaluation-job")))
      .key("job_arn")
      .build();

  private EvaluationJobDetails() {
  }
}
