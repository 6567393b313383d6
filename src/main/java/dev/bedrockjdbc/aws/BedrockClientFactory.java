package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.driver.ConnectionConfig;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.bedrock.BedrockClient;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.SQLNonTransientConnectionException;

/**
 * Builds a connection's SDK clients, one per region and account, from its settings, with the SDK's own credential
 * providers; they share one HTTP client and each account's credentials.
 */
public final class BedrockClientFactory {
  private BedrockClientFactory() {
  }

  /**
   * The connection's regions and accounts. What they share, and the first target's client, are built on a second
   * thread (mostly class loading on a cold JVM, which overlaps Calcite opening the connection); the other targets'
   * clients at their first call. Settings errors found without the SDK (no region) are thrown here.
   */
  public static Fleet start(ConnectionConfig config) throws SQLException {
    Region primary = region(config);
    List<Region> regions = regions(config, primary);
    List<String> roles = config.roleArns();
    ExecutorService executor = fetchExecutor(config.fanOutConcurrency());
    CompletableFuture<Fleet.Shared> shared = new CompletableFuture<>();
    List<Target> targets = new ArrayList<>();
    int accounts = Math.max(roles.size(), 1);
    for (int a = 0; a < accounts; a++) {
      int account = a;
      String known = roles.isEmpty() ? config.accountId() : roles.get(a).split(":")[4];
      for (Region region : regions) {
        BedrockApi api = new BedrockApi(() -> {
          Fleet.Shared s = shared.join();
          ConnectionCredentials credentials = s.credentials().get(account);
          return new BedrockApi.Sdk(client(config, region, s, credentials), credentials,
              roles.isEmpty() ? s.baseSts() : null);
        }, region.id(), config.endpoint(), executor);
        targets.add(new Target(region.id(), known, api, new CallerAccount(api, known)));
      }
    }
    Thread t = new Thread(() -> {
      try {
        shared.complete(shared(config, primary, roles));
        targets.get(0).api().warm();
      } catch (Throwable e) {
        shared.completeExceptionally(e);
      }
    }, "bedrock-jdbc-connect");
    t.setDaemon(true);
    t.start();
    return new Fleet(targets, executor, shared);
  }

  /** At most {@code concurrency} calls in flight; idle threads end, so an idle connection holds none. */
  private static ExecutorService fetchExecutor(int concurrency) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(concurrency, concurrency, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "bedrock-jdbc-fetch-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /**
   * The regions listed, or every region of the primary's partition the SDK's service metadata knows a Bedrock
   * endpoint in ({@code *}), or the primary alone.
   */
  static List<Region> regions(ConnectionConfig config, Region primary) throws SQLException {
    List<String> listed = config.regions();
    if (listed.isEmpty()) {
      return List.of(primary);
    }
    if (!listed.equals(List.of("*"))) {
      return listed.stream().map(Region::of).toList();
    }
    String partition = primary.metadata() == null ? "aws" : primary.metadata().partition().id();
    return ServiceMetadata.of("bedrock").regions().stream()
        .filter(r -> r.metadata() != null && r.metadata().partition().id().equals(partition))
        .toList();
  }

  private static Fleet.Shared shared(ConnectionConfig config, Region primary, List<String> roles)
      throws SQLException {
    RetryStrategy retries = retryStrategy(config);
    SdkHttpClient http = UrlConnectionHttpClient.builder()
        .connectionTimeout(config.connectTimeout())
        .socketTimeout(config.apiCallTimeout())
        .build();
    ConnectionCredentials base = null;
    Fleet.Sts sts = null;
    try {
      base = ConnectionCredentials.base(config);
      sts = new Fleet.Sts(base, config, primary, http, retries);
      List<ConnectionCredentials> credentials = new ArrayList<>();
      if (roles.isEmpty()) {
        credentials.add(base);
      }
      for (String role : roles) {
        credentials.add(ConnectionCredentials.role(sts.get(), role, config));
      }
      return new Fleet.Shared(http, base, credentials, sts, retries, ApiLog.forLevel(config.logLevel()),
          config.apiCallTimeout());
    } catch (RuntimeException | Error e) {
      // Nothing of a connection that failed to build may stay open.
      if (sts != null) {
        sts.close();
      }
      if (base != null) {
        base.close();
      }
      http.close();
      throw e;
    }
  }

  private static BedrockClient client(ConnectionConfig config, Region region, Fleet.Shared shared,
      ConnectionCredentials credentials) {
    var builder = BedrockClient.builder()
        .region(region)
        .credentialsProvider(credentials.provider())
        .httpClient(shared.http())
        .overrideConfiguration(o -> {
          o.retryStrategy(shared.retries()).apiCallTimeout(shared.callTimeout());
          if (shared.log() != null) {
            o.addExecutionInterceptor(shared.log());
          }
        });
    if (config.endpoint() != null) {
      builder.endpointOverride(config.endpoint());
    }
    return builder.build();
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
    List<String> listed = config.regions();
    if (!listed.isEmpty() && !listed.equals(List.of("*"))) {
      return Region.of(listed.get(0));
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
