package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.driver.ConnectionConfig;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/** Builds the one SDK client a connection uses, from its settings, with the SDK's own credential providers. */
public final class BedrockClientFactory {
  private BedrockClientFactory() {
  }

  public static BedrockApi create(ConnectionConfig config) throws SQLException {
    Region region = region(config);
    SdkHttpClient http = UrlConnectionHttpClient.create();
    AwsCredentialsProvider credentials = credentials(config, region, http);
    var builder = BedrockClient.builder()
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(http);
    if (config.endpoint() != null) {
      builder.endpointOverride(config.endpoint());
    }
    return new BedrockApi(builder.build(), http, credentials, region.id());
  }

  /**
   * The region from the URL, else from the SDK's system settings (aws.region, AWS_REGION) and the profile.
   * The EC2 instance-metadata step of the SDK's default chain is left out on purpose: off EC2 it costs
   * seconds of timeouts on every connect before failing.
   */
  static Region region(ConnectionConfig config) throws SQLException {
    if (config.region() != null) {
      return Region.of(config.region());
    }
    try {
      AwsProfileRegionProvider profile = config.profile() == null
          ? new AwsProfileRegionProvider() : new AwsProfileRegionProvider(null, config.profile());
      return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), profile).getRegion();
    } catch (SdkClientException e) {
      throw new SQLNonTransientConnectionException("No AWS region is set. Add region=us-east-1 (or your region) to the "
          + "URL, or set the AWS_REGION environment variable, or a region in your AWS profile"
          + (config.profile() == null ? "" : " '" + config.profile() + "'") + ".", "08001");
    }
  }

  private static AwsCredentialsProvider credentials(ConnectionConfig config, Region region, SdkHttpClient http) {
    AwsCredentialsProvider base;
    if (config.accessKeyId() != null) {
      base = StaticCredentialsProvider.create(config.sessionToken() == null
          ? AwsBasicCredentials.create(config.accessKeyId(), config.secretAccessKey())
          : AwsSessionCredentials.create(config.accessKeyId(), config.secretAccessKey(), config.sessionToken()));
    } else if (config.profile() != null) {
      // Resolves SSO, assume-role and credential_process profiles through the sso/ssooidc/sts modules.
      base = ProfileCredentialsProvider.create(config.profile());
    } else {
      base = DefaultCredentialsProvider.builder().build();
    }
    if (config.roleArn() == null) {
      return base;
    }
    var sts = StsClient.builder().region(region).credentialsProvider(base).httpClient(http);
    if (config.stsEndpoint() != null) {
      sts.endpointOverride(config.stsEndpoint());
    }
    return StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts.build())
        .refreshRequest(r -> {
          r.roleArn(config.roleArn()).roleSessionName(config.roleSessionName());
          if (config.externalId() != null) {
            r.externalId(config.externalId());
          }
        })
        .build();
  }
}
