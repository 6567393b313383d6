package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.jdbc.SqlErrors;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The Bedrock operations the driver calls, over one SDK client per connection. The only class (with
 * {@link BedrockClientFactory}) that knows the SDK's client; shared by all statements, and thread-safe
 * because the SDK client is. The client may still be being built when the connection opens: the first call
 * waits for it (on the fetch thread, so cancel and timeouts apply).
 */
public final class BedrockApi implements AutoCloseable {
  private final CompletableFuture<Sdk> sdk;
  private final String region;
  private final URI endpoint;
  private final ExecutorService fetchExecutor;

  /** The SDK objects of one connection. */
  record Sdk(BedrockClient client, SdkHttpClient http, ConnectionCredentials credentials) {
    void close() {
      client.close();
      credentials.close();
      http.close();
    }
  }

  BedrockApi(CompletableFuture<Sdk> sdk, String region, URI endpoint) {
    this.sdk = sdk;
    this.region = region;
    this.endpoint = endpoint;
    AtomicInteger n = new AtomicInteger();
    this.fetchExecutor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "bedrock-jdbc-fetch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * One call of {@code operation} on the connection's client (built by then, or waited for). Access denied fails
   * with the IAM action this operation needs, whichever table asked.
   */
  public <T> T call(String operation, Function<BedrockClient, T> call) {
    try {
      return call.apply(client());
    } catch (AwsServiceException e) {
      throw SqlErrors.ifAccessDenied(e, "bedrock:" + operation);
    }
  }

  /**
   * The page, if it has its list. The SDK reads a 200 without {@code modelSummaries} ({@code {}} or
   * {@code null}) as an empty list; taken as one, it would end a scan silently with rows missing, or make the
   * caller's account look like it owns nothing. An empty list ({@code []}) is a real answer.
   */
  private static ListCustomModelsResponse withList(ListCustomModelsResponse response) {
    if (!response.hasModelSummaries()) {
      throw SqlErrors.malformed("ListCustomModels answered HTTP 200 without its modelSummaries list"
          + (response.responseMetadata() == null || response.responseMetadata().requestId() == null ? ""
          : " (AWS request id " + response.responseMetadata().requestId() + ")"));
    }
    return response;
  }

  private BedrockClient client() {
    return sdk().client();
  }

  private Sdk sdk() {
    try {
      return sdk.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Whom this connection's calls are made as, and where: what decides the caller's account. */
  CallerAccount.Identity identity() {
    return new CallerAccount.Identity(region, endpoint, sdk().credentials().principal());
  }

  /** One page, abandoned after {@code timeout} (null: the connection's apiCallTimeout). */
  public ListCustomModelsResponse listCustomModels(ListCustomModelsRequest request, Duration timeout) {
    return withList(client().listCustomModels(timeout == null ? request
        : request.toBuilder().overrideConfiguration(o -> o.apiCallTimeout(timeout)).build()));
  }

  /** Not closed, and the SDK client built or still being built (building it can fail: bad settings). */
  public boolean isUsable() {
    return !fetchExecutor.isShutdown() && !sdk.isCompletedExceptionally();
  }

  /** The thread the connection's API calls run on, so the query thread can stop waiting at cancel or timeout. */
  public ExecutorService fetchExecutor() {
    return fetchExecutor;
  }

  public String region() {
    return region;
  }

  @Override public void close() {
    fetchExecutor.shutdownNow();
    sdk.thenAccept(Sdk::close);
  }

  @Override public String toString() {
    return "BedrockApi{region=" + region + "}";
  }
}
