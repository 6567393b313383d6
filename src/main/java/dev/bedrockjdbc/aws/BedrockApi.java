package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.jdbc.SqlErrors;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.sts.StsClient;

import com.google.common.base.Suppliers;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Bedrock operations the driver calls in one region as one account, over one SDK client. The only class (with
 * {@link BedrockClientFactory}) that knows the SDK's client; shared by all statements, and thread-safe because the
 * SDK client is. The client is built at its first call (a connection's first region's while the connection
 * opens, on a second thread: the first call waits for it, on the fetch thread, so cancel and timeouts apply).
 */
public final class BedrockApi implements AutoCloseable {
  private final Supplier<Sdk> sdk;
  private final String region;
  private final URI endpoint;
  private final ExecutorService fetchExecutor;
  private volatile Sdk built;

  /** The SDK objects of one region and account: its client, the account's credentials, and STS for them. */
  record Sdk(BedrockClient client, ConnectionCredentials credentials, Supplier<StsClient> sts) {
  }

  /**
   * @param sdk           builds the client (memoized here), or waits for it
   * @param fetchExecutor the connection's fetch threads, shared by all its regions and accounts
   */
  BedrockApi(Supplier<Sdk> sdk, String region, URI endpoint, ExecutorService fetchExecutor) {
    this.sdk = Suppliers.memoize(sdk::get);
    this.region = region;
    this.endpoint = endpoint;
    this.fetchExecutor = fetchExecutor;
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
      Sdk s = sdk.get();
      built = s;
      return s;
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Builds the client now (on the connect thread, for the first region), so the first call need not. */
  void warm() {
    sdk();
  }

  /** Whom this client's calls are made as, and where: what decides the caller's account. */
  CallerAccount.Identity identity() {
    return new CallerAccount.Identity(endpoint, sdk().credentials().principal());
  }

  /** The account STS GetCallerIdentity names for these credentials (a call needing no IAM permission). */
  String stsAccount(Duration timeout) {
    return sdk().sts().get().getCallerIdentity(r -> {
      if (timeout != null) {
        r.overrideConfiguration(o -> o.apiCallTimeout(timeout));
      }
    }).account();
  }

  /** One page, abandoned after {@code timeout} (null: the connection's apiCallTimeout). */
  public ListCustomModelsResponse listCustomModels(ListCustomModelsRequest request, Duration timeout) {
    return withList(client().listCustomModels(timeout == null ? request
        : request.toBuilder().overrideConfiguration(o -> o.apiCallTimeout(timeout)).build()));
  }

  /** The threads the connection's API calls run on, so the query thread can stop waiting at cancel or timeout. */
  public ExecutorService fetchExecutor() {
    return fetchExecutor;
  }

  public String region() {
    return region;
  }

  /** Closes the client if it was built; the connection closes what its regions share. */
  @Override public void close() {
    Sdk s = built;
    if (s != null) {
      s.client().close();
    }
  }

  @Override public String toString() {
    return "BedrockApi{region=" + region + "}";
  }
}
