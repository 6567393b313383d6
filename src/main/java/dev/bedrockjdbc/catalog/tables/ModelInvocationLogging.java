package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationLoggingConfigurationRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationLoggingConfigurationResponse;

/**
 * {@code model_invocation_logging}: one row per account and region, from GetModelInvocationLoggingConfiguration:
 * where invocation logs go and which data they carry; {@code logging_enabled} is false where none is configured.
 */
public final class ModelInvocationLogging {
  private static final String CONFIG = "loggingConfig";

  public static final TableSpec TABLE = TableSpec.builder("model_invocation_logging",
          "Model invocation logging: one row per account and region, from GetModelInvocationLoggingConfiguration "
              + "(logging_enabled is false where no configuration is set).",
          GetModelInvocationLoggingConfigurationResponse.class)
      .list(ListOperation.single("GetModelInvocationLoggingConfiguration",
          GetModelInvocationLoggingConfigurationRequest.class, GetModelInvocationLoggingConfigurationResponse.class,
          BedrockClient::getModelInvocationLoggingConfiguration))
      .column(new ColumnSpec("logging_enabled", SqlTypeName.BOOLEAN, -1, false,
          "Whether a logging configuration is set in this account and region (loggingConfig is present).",
          (item, context) -> ((GetModelInvocationLoggingConfigurationResponse) item).loggingConfig() != null))
      .nested("cloudwatch_log_group_name", 512, "the CloudWatch Logs log group invocations are logged to.",
          CONFIG, "cloudWatchConfig", "logGroupName")
      .nested("cloudwatch_role_arn", 2048, "the role Bedrock assumes to write to the log group.",
          CONFIG, "cloudWatchConfig", "roleArn")
      .nested("cloudwatch_large_data_bucket", 63, "the S3 bucket for data too large for CloudWatch Logs.",
          CONFIG, "cloudWatchConfig", "largeDataDeliveryS3Config", "bucketName")
      .nested("cloudwatch_large_data_key_prefix", 1024, "the key prefix in that bucket.",
          CONFIG, "cloudWatchConfig", "largeDataDeliveryS3Config", "keyPrefix")
      .nested("s3_bucket_name", 63, "the S3 bucket invocations are logged to.", CONFIG, "s3Config", "bucketName")
      .nested("s3_key_prefix", 1024, "the key prefix in that bucket.", CONFIG, "s3Config", "keyPrefix")
      .nested("text_data_delivery_enabled", -1, "whether text is delivered.", CONFIG, "textDataDeliveryEnabled")
      .nested("image_data_delivery_enabled", -1, "whether images are delivered.", CONFIG, "imageDataDeliveryEnabled")
      .nested("embedding_data_delivery_enabled", -1, "whether embeddings are delivered.",
          CONFIG, "embeddingDataDeliveryEnabled")
      .nested("video_data_delivery_enabled", -1, "whether video is delivered.", CONFIG, "videoDataDeliveryEnabled")
      .nested("audio_data_delivery_enabled", -1, "whether audio is delivered.", CONFIG, "audioDataDeliveryEnabled")
      .column("logging_config", CONFIG, Tables.JSON, true, "The whole configuration, as JSON; null when none is set.")
      .key(TableSpec.ACCOUNT_ID, TableSpec.REGION) // one row per account and region
      .build();

  private ModelInvocationLogging() {
  }
}
