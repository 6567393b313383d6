package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.EvaluationSummary;
import software.amazon.awssdk.services.bedrock.model.GetEvaluationJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetEvaluationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ListEvaluationJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListEvaluationJobsResponse;

/** {@code evaluation_jobs}: model and knowledge-base (RAG) evaluation jobs: one row per EvaluationSummary that ListEvaluationJobs returns. */
public final class EvaluationJobs {
  public static final TableSpec TABLE = TableSpec.builder("evaluation_jobs",
          "Model and knowledge-base (RAG) evaluation jobs: one row per EvaluationSummary that ListEvaluationJobs returns.",
          EvaluationSummary.class)
      .list(ListOperation.of("ListEvaluationJobs", ListEvaluationJobsRequest.class, ListEvaluationJobsResponse.class,
          BedrockClient::listEvaluationJobs, "jobSummaries", "creationTimeAfter", "creationTimeBefore", "statusEquals", "applicationTypeEquals", "nameContains", "sortBy", "sortOrder"))
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the evaluation job.")
      .column("job_name", "jobName", 63, false, "The name for the evaluation job.")
      .column("status", "status", 64, false, "The current status of the evaluation job (InProgress, Completed, Failed, Stopping, Stopped, Deleting, or a newer value as sent).")
      .column("creation_time", "creationTime", 3, false, "The time the evaluation job was created (UTC, millisecond precision).")
      .column("job_type", "jobType", 64, false, "Specifies whether the evaluation job is automated or human-based (Human, Automated, or a newer value as sent).")
      .column("evaluation_task_types", "evaluationTaskTypes", 65536, false, "JSON text of the API's EvaluationTaskTypes: the type of task for model evaluation.")
      .column("model_identifiers", "modelIdentifiers", 65536, true, "JSON text of the API's EvaluationBedrockModelIdentifiers: the models evaluated.")
      .column("rag_identifiers", "ragIdentifiers", 65536, true, "JSON text of the API's EvaluationBedrockKnowledgeBaseIdentifiers: the knowledge bases evaluated.")
      .column("evaluator_model_identifiers", "evaluatorModelIdentifiers", 65536, true, "JSON text of the API's EvaluatorModelIdentifiers: the models that judge.")
      .column("custom_metrics_evaluator_model_identifiers", "customMetricsEvaluatorModelIdentifiers", 65536, true, "JSON text of the API's EvaluatorModelIdentifiers: the models that compute custom metrics.")
      .column("inference_config_summary", "inferenceConfigSummary", 65536, true, "JSON text of the API's EvaluationInferenceConfigSummary: the models or knowledge bases evaluated, as a summary.")
      .column("application_type", "applicationType", 64, true, "Specifies whether the evaluation job is for evaluating a model or evaluating a knowledge base (ModelEvaluation, RagEvaluation, or a newer value as sent).")
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      .filter(new FilterSpec.Equals("status", "statusEquals", true, Shapes.oneOf("InProgress", "Completed", "Failed", "Stopping", "Stopped",
          "Deleting"), true))
      .filter(new FilterSpec.Contains("job_name", "nameContains", Shapes.EVALUATION_NAME, 63))
      .filter(new FilterSpec.Equals("application_type", "applicationTypeEquals", true, Shapes.oneOf("ModelEvaluation", "RagEvaluation"),
          true))
      .sort("creation_time", "CreationTime")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("evaluation-job")))
      .key("job_arn")
      .lookup(GetOperation.of("GetEvaluationJob", GetEvaluationJobRequest.class, GetEvaluationJobResponse.class, BedrockClient::getEvaluationJob,
          "jobIdentifier"))
      .build();

  private EvaluationJobs() {
  }
}
