package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.ApiShapes;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;

/**
 * {@code custom_model_details}: what only GetCustomModel returns, one row per custom model, paid for only
 * when asked: {@code model_arn = X} is one Get, a join on model_arn one Get per joined row, a read alone lists
 * custom_models and gets each.
 */
public final class CustomModelDetails {
  public static final TableSpec TABLE = TableSpec.builder("custom_model_details", "What GetCustomModel returns "
          + "beyond a custom model's summary (training job, hyperparameters, data locations, metrics): one row per "
          + "custom model, one GetCustomModel call each (join on model_arn or filter model_arn = ... to choose which).",
          GetCustomModelResponse.class)
      .detailsOf(CustomModels.TABLE)
      .column("model_arn", "modelArn", 2048, false, "The Amazon Resource Name (ARN) of the custom model.")
      .column("job_name", "jobName", 63, true, "The name of the job that created the model.")
      .column("job_arn", "jobArn", 1011, true, "The Amazon Resource Name (ARN) of the job that created the model.")
      .column("model_kms_key_arn", "modelKmsKeyArn", 2048, true,
          "The custom model is encrypted at rest using this key.")
      .apply(TrainingColumns::setUp)
      .apply(TrainingColumns::metrics)
      .column("customization_config", "customizationConfig", Tables.JSON, true,
          "JSON text of the API's CustomizationConfig (for distillation: the teacher model).")
      .column("failure_message", "failureMessage", 2048, true, "A failure message for any issues that occurred "
          + "when creating the custom model. This is included for only a failed CreateCustomModel operation.")
      .apply(TrainingColumns::flattened)
      .filter(new FilterSpec.Key("model_arn", ApiShapes::isCustomModelArn))
      .key("model_arn")
      .build();

  private CustomModelDetails() {
  }
}
