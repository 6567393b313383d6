package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.TableSpec;

/**
 * The columns GetCustomModel and GetModelCustomizationJob both have, of the same API structures: a model's
 * training set-up is its customization job's.
 */
final class TrainingColumns {
  private TrainingColumns() {
  }

  /** hyperParameters, trainingDataConfig, validationDataConfig, outputDataConfig, in the API's order. */
  static TableSpec.Builder setUp(TableSpec.Builder b) {
    return b.column("hyper_parameters", "hyperParameters", Tables.JSON, true,
            "JSON text of the hyperparameter values for the job (a map of names to values).")
        .column("training_data_config", "trainingDataConfig", Tables.JSON, true,
            "JSON text of the API's TrainingDataConfig: the training data (s3Uri, invocationLogsConfig).")
        .column("validation_data_config", "validationDataConfig", Tables.JSON, true,
            "JSON text of the API's ValidationDataConfig: the validation data (validators' s3Uri).")
        .column("output_data_config", "outputDataConfig", Tables.JSON, true,
            "JSON text of the API's OutputDataConfig: where the job's output goes (s3Uri).");
  }

  /** trainingMetrics, validationMetrics. */
  static TableSpec.Builder metrics(TableSpec.Builder b) {
    return b.column("training_metrics", "trainingMetrics", Tables.JSON, true,
            "JSON text of the API's TrainingMetrics: the metrics of the training run (trainingLoss).")
        .column("validation_metrics", "validationMetrics", Tables.JSON, true,
            "JSON text of the API's ValidationMetrics: one object per validator (validationLoss).");
  }

  /** The S3 locations and the training loss, flattened from the JSON columns for filtering. */
  static TableSpec.Builder flattened(TableSpec.Builder b) {
    return b.nested("training_data_s3_uri", 1024, "the S3 URI where the training data is stored.",
            "trainingDataConfig", "s3Uri")
        .nested("output_data_s3_uri", 1024, "the S3 URI where the job's output is stored.", "outputDataConfig", "s3Uri")
        .nested("training_loss", -1, "the loss metric of the training run.", "trainingMetrics", "trainingLoss");
  }
}
