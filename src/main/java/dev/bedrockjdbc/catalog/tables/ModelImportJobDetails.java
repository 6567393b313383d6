package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.model.GetModelImportJobResponse;

/** {@code model_import_job_details}: what only GetModelImportJob returns, one row per model import job. */
public final class ModelImportJobDetails {
  public static final TableSpec TABLE = TableSpec.builder("model_import_job_details", "What GetModelImportJob "
          + "returns beyond an import job's summary (role, data source, failure, VPC, encryption key): one row per "
          + "model import job, one GetModelImportJob call each (join on job_arn or filter job_arn = ... to choose "
          + "which).", GetModelImportJobResponse.class)
      .detailsOf(ModelImportJobs.TABLE)
      .column("job_arn", "jobArn", 1011, false, "The Amazon Resource Name (ARN) of the import job.")
      .column("role_arn", "roleArn", 2048, true, "The Amazon Resource Name (ARN) of the IAM role associated with this "
          + "job.")
      .column("model_data_source", "modelDataSource", Tables.JSON, true,
          "JSON text of the API's ModelDataSource: the data source for the imported model (s3DataSource.s3Uri).")
      .column("failure_message", "failureMessage", 2048, true, "Information about why the import job failed.")
      .column("vpc_config", "vpcConfig", Tables.JSON, true, "JSON text of the API's VpcConfig: the Virtual "
          + "Private Cloud (VPC) configuration of the import model job (subnetIds, securityGroupIds).")
      .column("imported_model_kms_key_arn", "importedModelKmsKeyArn", 2048, true,
          "The imported model is encrypted at rest using this key.")
      .nested("model_data_s3_uri", 1024, "the URI of the Amazon S3 data source that holds the model's files.",
          "modelDataSource", "s3DataSource", "s3Uri")
      .filter(new FilterSpec.Key("job_arn", Shapes.arnOf("model-import-job")))
      .key("job_arn")
      .build();

  private ModelImportJobDetails() {
  }
}
