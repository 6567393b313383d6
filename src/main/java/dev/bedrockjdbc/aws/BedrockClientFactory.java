package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.driver.ConnectionConfig;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.bedrock.BedrockClient;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.sql.SQLNonTransientConnectionException;

/** Builds the one SDK client a connection uses, from its settings, with the SDK's own credential providers. */
public final class BedrockClientFactory {
  private BedrockClientFactory() {
  }

  /**
   * The connection's API, its SDK client built on a second thread (mostly class loading on a cold JVM,
   * which overlaps Calcite opening the connection). Settings errors found without the SDK (no region) are
   * thrown here.
   */
  public static BedrockApi start(ConnectionConfig config) throws SQLException {
    Region region = region(config);
    CompletableFuture<BedrockApi.Sdk> sdk = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        sdk.complete(build(config, region));
      } catch (Throwable e) {
        sdk.completeExceptionally(e);
      }
    }, "bedrock-jdbc-connect");
    t.setDaemon(true);
    t.start();
    return new BedrockApi(sdk, region.id(), config.endpoint());
  }

  private static BedrockApi.Sdk build(ConnectionConfig config, Region region) throws SQLException {
    SdkHttpClient http = UrlConnectionHttpClient.builder()
        .connectionTimeout(config.connectTimeout())
        .socketTimeout(config.apiCallTimeout())
        .build();
    ConnectionCredentials credentials = null;
    try {
      RetryStrategy retries = retryStrategy(config);
      credentials = ConnectionCredentials.of(config, region, http, retries);
      Duration callTimeout = config.apiCallTimeout();
      ApiLog log = ApiLog.forLevel(config.logLevel());
      var builder = BedrockClient.builder()
          .region(region)
          .credentialsProvider(credentials.provider())
          .httpClient(http)
          .overrideConfiguration(o -> {
            o.retryStrategy(retries).apiCallTimeout(callTimeout);
            if (log != null) {
              o.addExecutionInterceptor(log);
            }
          });
      if (config.endpoint() != null) {
        builder.endpointOverride(config.endpoint());
      }
      return new BedrockApi.Sdk(builder.build(), http, credentials);
    } catch (SQLException | RuntimeException | Error e) {
      // Nothing of a connection that failed to build may stay open.
      if (credentials != null) {
        credentials.close();
      }
      http.close();
      throw e;
    }
  }

  /**
   * The SDK's own retry strategies (bedrock-api.md 5): adaptive adds client-side rate limiting when
   * throttled. Back-off is exponential with jitter, 100 ms base (1 s when throttled), capped at retryMaxDelay.
   */
  static RetryStrategy retryStrategy(ConnectionConfig config) throws SQLException {
    Duration cap = config.retryMaxDelay();
    Duration base = min(Duration.ofMillis(100), cap);
    Duration throttledBase = min(Duration.ofSeconds(1), cap);
    RetryStrategy.Builder<?, ?> b = config.retryMode().equals("standard")
        ? AwsRetryStrategy.standardRetryStrategy().toBuilder()
        : AwsRetryStrategy.adaptiveRetryStrategy().toBuilder();
    return b.maxAttempts(config.maxAttempts())
        .backoffStrategy(BackoffStrategy.exponentialDelay(base, cap))
        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttledBase, cap))
        .build();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
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
}
