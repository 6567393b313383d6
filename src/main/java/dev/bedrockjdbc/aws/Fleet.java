package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.driver.ConnectionConfig;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.sts.StsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Every region and account one connection reads ({@link Target}s, in the order the URL lists them: accounts, then
 * regions within each), and what they share: the HTTP client, each account's credentials, and the fetch threads,
 * at most {@code fanOutConcurrency} of them, which bound the calls in flight across all targets.
 */
public final class Fleet implements AutoCloseable {
  private final List<Target> targets;
  private final ExecutorService fetchExecutor;
  private final CompletableFuture<Shared> shared;

  /**
   * What the targets share, built on the connect thread: the HTTP client, the base credentials, each account's
   * credentials (the base ones, or one per role, in the order of {@code roleArns}), STS as the base identity, and
   * the clients' settings (retries, the log interceptor or null, the API call timeout).
   */
  record Shared(SdkHttpClient http, ConnectionCredentials base, List<ConnectionCredentials> credentials, Sts baseSts,
      RetryStrategy retries, ApiLog log, Duration callTimeout) {
    void close() {
      for (ConnectionCredentials c : credentials) {
        if (c != base) {
          c.close(); // a role's provider, before the STS client it calls
        }
      }
      baseSts.close();
      base.close();
      http.close();
    }
  }

  /** STS as the base identity, made at its first use (assuming a role, GetCallerIdentity). */
  static final class Sts implements Supplier<StsClient> {
    private final ConnectionCredentials base;
    private final ConnectionConfig config;
    private final Region region;
    private final SdkHttpClient http;
    private final RetryStrategy retries;
    private StsClient client;

    Sts(ConnectionCredentials base, ConnectionConfig config, Region region, SdkHttpClient http, RetryStrategy retries) {
      this.base = base;
      this.config = config;
      this.region = region;
      this.http = http;
      this.retries = retries;
    }

    @Override public synchronized StsClient get() {
      if (client == null) {
        client = base.sts(config, region, http, retries);
      }
      return client;
    }

    synchronized void close() {
      if (client != null) {
        client.close();
      }
    }
  }

  Fleet(List<Target> targets, ExecutorService fetchExecutor, CompletableFuture<Shared> shared) {
    this.targets = List.copyOf(targets);
    this.fetchExecutor = fetchExecutor;
    this.shared = shared;
  }

  public List<Target> targets() {
    return targets;
  }

  /** The threads every API call of the connection runs on, so a query thread can stop waiting at cancel or timeout. */
  public ExecutorService fetchExecutor() {
    return fetchExecutor;
  }

  /** Not closed, and the shared SDK objects built or still being built (building them can fail: bad settings). */
  public boolean isUsable() {
    return !fetchExecutor.isShutdown() && !shared.isCompletedExceptionally();
  }

  @Override public void close() {
    fetchExecutor.shutdownNow();
    List<AutoCloseable> clients = new ArrayList<>(targets.stream().map(Target::api).toList());
    shared.thenAccept(s -> {
      for (AutoCloseable c : clients) {
        try {
          c.close();
        } catch (Exception e) {
          // closing an SDK client does not fail; nothing a caller could do if it did
        }
      }
      s.close();
    });
  }

  @Override public String toString() {
    return "Fleet" + targets;
  }
}
