package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.ApiShapes;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelRequest;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;

/**
 * {@code custom_model_details}: what only GetCustomModel returns, one row per custom model, paid for only
 * when asked: {@code model_arn = X} is one Get, a join on model_arn one Get per joined row, a read alone lists
 * custom_models and gets each.
 */
public final class CustomModelDetails {
  private static final int JSON = 65536;

  public static final TableSpec TABLE = TableSpec.builder("custom_model_details", "What GetCustomModel returns "
          + "beyond a custom model's summary (training job, hyperparameters, data locations, metrics): one row per "
          + "custom model, one GetCustomModel call each (join on model_arn or filter model_arn = ... to choose which).",
          GetCustomModelResponse.class)
      .detailsOf(CustomModels.TABLE, GetOperation.of("GetCustomModel", GetCustomModelRequest.class,
          GetCustomModelResponse.class, BedrockClient::getCustomModel, "modelIdentifier"))
      .column("model_arn", "modelArn", 2048, false, "The Amazon Resource Name (ARN) of the custom model.")
      .column("job_name", "jobName", 63, true, "The name of the job that created the model.")
      .column("job_arn", "jobArn", 1011, true, "The Amazon Resource Name (ARN) of the job that created the model.")
      .column("model_kms_key_arn", "modelKmsKeyArn", 2048, true,
          "The custom model is encrypted at rest using this key.")
      .column("hyper_parameters", "hyperParameters", JSON, true,
          "JSON text of the hyperparameter values for the job (a map of names to values).")
      .column("training_data_config", "trainingDataConfig", JSON, true,
          "JSON text of the API's TrainingDataConfig: the training data (s3Uri, invocationLogsConfig).")
      .column("validation_data_config", "validationDataConfig", JSON, true,
          "JSON text of the API's ValidationDataConfig: the validation data (validators' s3Uri).")
      .column("output_data_config", "outputDataConfig", JSON, true,
          "JSON text of the API's OutputDataConfig: where the job's output goes (s3Uri).")
      .column("training_metrics", "trainingMetrics", JSON, true,
          "JSON text of the API's TrainingMetrics: the metrics of the training run (trainingLoss).")
      .column("validation_metrics", "validationMetrics", JSON, true,
          "JSON text of the API's ValidationMetrics: one object per validator (validationLoss).")
      .column("customization_config", "customizationConfig", JSON, true,
          "JSON text of the API's CustomizationConfig (for distillation: the teacher model).")
      .column("failure_message", "failureMessage", 2048, true, "A failure message for any issues that occurred "
          + "when creating the custom model. This is included for only a failed CreateCustomModel operation.")
      .column(new ColumnSpec("training_data_s3_uri", SqlTypeName.VARCHAR, 1024, true,
          "trainingDataConfig.s3Uri: the S3 URI where the training data is stored.", (item, context) -> {
            var c = ((GetCustomModelResponse) item).trainingDataConfig();
            return c == null ? null : c.s3Uri();
          }))
      .column(new ColumnSpec("output_data_s3_uri", SqlTypeName.VARCHAR, 1024, true,
          "outputDataConfig.s3Uri: the S3 URI where the job's output is stored.", (item, context) -> {
            var c = ((GetCustomModelResponse) item).outputDataConfig();
            return c == null ? null : c.s3Uri();
          }))
      .column(new ColumnSpec("training_loss", SqlTypeName.DOUBLE, -1, true,
          "trainingMetrics.trainingLoss: the loss metric of the training run.", (item, context) -> {
            var m = ((GetCustomModelResponse) item).trainingMetrics();
            return m == null || m.trainingLoss() == null ? null : m.trainingLoss().doubleValue();
          }))
      .filter(new FilterSpec.Key("model_arn", ApiShapes::isCustomModelArn))
      .key("model_arn")
      .build();

  private CustomModelDetails() {
  }
}
