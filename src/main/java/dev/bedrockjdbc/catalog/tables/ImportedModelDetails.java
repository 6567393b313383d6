package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetImportedModelResponse;

/** {@code imported_model_details}: what only GetImportedModel returns, one row per imported model. */
public final class ImportedModelDetails {
  public static final TableSpec TABLE = TableSpec.builder("imported_model_details", "What GetImportedModel "
          + "returns beyond an imported model's summary (import job, data source, encryption key, custom model "
          + "units): one row per imported model, one GetImportedModel call each (join on model_arn or filter "
          + "model_arn = ... to choose which).", GetImportedModelResponse.class)
      .detailsOf(ImportedModels.TABLE)
      .column("model_arn", "modelArn", 1011, false, "The Amazon Resource Name (ARN) associated with this imported "
          + "model.")
      .column("job_name", "jobName", 63, true, "Job name associated with the imported model.")
      .column("job_arn", "jobArn", 1011, true, "Job Amazon Resource Name (ARN) associated with the imported model.")
      .column("model_data_source", "modelDataSource", Tables.JSON, true,
          "JSON text of the API's ModelDataSource: the data source for this imported model (s3DataSource.s3Uri).")
      .column("model_kms_key_arn", "modelKmsKeyArn", 2048, true, "The imported model is encrypted at rest using this "
          + "key.")
      .column("custom_model_units", "customModelUnits", Tables.JSON, true, "JSON text of the API's "
          + "CustomModelUnits: information about the hardware utilization for a single copy of the model "
          + "(customModelUnitsPerModelCopy, customModelUnitsVersion).")
      .nested("model_data_s3_uri", 1024, "the URI of the Amazon S3 data source that holds the model's files.",
          "modelDataSource", "s3DataSource", "s3Uri")
      .nested("custom_model_units_per_model_copy", -1, "the number of custom model units used to host a model copy.",
          "customModelUnits", "customModelUnitsPerModelCopy")
      .filter(new FilterSpec.Key("model_arn", Shapes.arnOf("imported-model")))
      .key("model_arn")
      .build();

  private ImportedModelDetails() {
  }
}
