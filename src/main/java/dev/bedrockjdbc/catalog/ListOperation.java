package dev.bedrockjdbc.catalog;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.jdbc.SqlErrors;

import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Bedrock List operation as a table reads it: the SDK call, the response member that holds the items,
 * whether it pages ({@code nextToken}, {@code maxResults}), and the request parameters the driver may send,
 * in the order EXPLAIN prints them. Requests are built through the SDK's own field table by wire name.
 */
public final class ListOperation {
  private final String name;
  private final Class<?> requestClass;
  private final BiFunction<BedrockClient, Object, Object> call;
  private final SdkField<?> items;
  private final SdkField<?> responseToken;
  private final SdkField<?> requestToken;
  private final SdkField<?> maxResults;
  private final List<String> parameters;
  /** The request member naming a resource whose absence the API answers with ResourceNotFound, or null. */
  private final SdkField<?> notFound;
  /** For an operation that is no SDK List (a probe of the region): its one item, computed; else null. */
  private final Function<BedrockApi, Object> computed;

  private ListOperation(ListOperation o, SdkField<?> notFound) {
    this.computed = o.computed;
    this.name = o.name;
    this.requestClass = o.requestClass;
    this.call = o.call;
    this.items = o.items;
    this.responseToken = o.responseToken;
    this.requestToken = o.requestToken;
    this.maxResults = o.maxResults;
    this.parameters = o.parameters;
    this.notFound = notFound;
  }

  @SuppressWarnings("unchecked")
  private <Q, R> ListOperation(String name, Class<Q> requestClass, Class<R> responseClass,
      BiFunction<BedrockClient, Q, R> call, String itemsMember, List<String> parameters) {
    this.notFound = null;
    this.computed = null;
    this.name = name;
    this.requestClass = requestClass;
    this.call = (BiFunction<BedrockClient, Object, Object>) call;
    this.items = itemsMember == null ? null : SdkMembers.field(responseClass, itemsMember);
    Map<String, SdkField<?>> in = SdkMembers.fields(requestClass);
    this.requestToken = in.get("nextToken");
    this.maxResults = in.get("maxResults");
    this.responseToken = requestToken == null ? null : SdkMembers.field(responseClass, "nextToken");
    for (String p : parameters) {
      SdkMembers.field(requestClass, p); // fails now for a parameter the SDK does not have
    }
    this.parameters = List.copyOf(parameters);
  }

  /**
   * @param itemsMember the response member listing the items ({@code modelSummaries})
   * @param parameters  the request members the driver may send, in EXPLAIN's order
   */
  public static <Q extends AwsRequest, R extends AwsResponse> ListOperation of(String name, Class<Q> requestClass,
      Class<R> responseClass, BiFunction<BedrockClient, Q, R> call, String itemsMember, String... parameters) {
    return new ListOperation(name, requestClass, responseClass, call, itemsMember, List.of(parameters));
  }

  /**
   * An operation that answers one resource per region and account (GetModelInvocationLoggingConfiguration): its
   * response is the table's one item there.
   */
  public static <Q extends AwsRequest, R extends AwsResponse> ListOperation single(String name, Class<Q> requestClass,
      Class<R> responseClass, BiFunction<BedrockClient, Q, R> call) {
    return new ListOperation(name, requestClass, responseClass, call, null, List.of());
  }

  /**
   * A table's one item per region and account, computed by {@code item} with the region's API (which it may call,
   * as {@code name}), not listed: what a probe of the region found.
   */
  public static ListOperation computed(String name, Function<BedrockApi, Object> item) {
    return new ListOperation(name, item);
  }

  private ListOperation(String name, Function<BedrockApi, Object> item) {
    this.name = name;
    this.computed = item;
    this.requestClass = null;
    this.call = null;
    this.items = null;
    this.responseToken = null;
    this.requestToken = null;
    this.maxResults = null;
    this.parameters = List.of();
    this.notFound = null;
  }

  /**
   * This operation with a request member that names one resource ({@code guardrailIdentifier}), which the API
   * answers with ResourceNotFound when no such resource exists: that page is empty. SQL's answer to
   * {@code id = 'x'} for an x no row has is no row, never an error; and a resource deleted between the listing
   * that named it and the listing of its own items has none.
   */
  public ListOperation emptyWhenNotFound(String member) {
    return new ListOperation(this, SdkMembers.field(requestClass, member));
  }

  public String name() {
    return name;
  }

  /** Whether the operation pages with nextToken and takes a maxResults; else one call returns everything. */
  public boolean paged() {
    return requestToken != null;
  }

  /** Whether the operation takes a page size. */
  public boolean sized() {
    return maxResults != null;
  }

  List<String> parameters() {
    return parameters;
  }

  /** The SDK request for one page; {@code timeout} null: the connection's apiCallTimeout. */
  public Object request(Map<String, Object> values, String nextToken, int pageMaxResults, Duration timeout) {
    if (computed != null) {
      return values;
    }
    Object b = SdkMembers.builder(requestClass);
    values.forEach((member, value) -> SdkMembers.field(requestClass, member).set(b, value));
    if (nextToken != null) {
      requestToken.set(b, nextToken);
    }
    if (maxResults != null) {
      maxResults.set(b, pageMaxResults);
    }
    if (timeout != null) {
      ((AwsRequest.Builder) b).overrideConfiguration(o -> o.apiCallTimeout(timeout));
    }
    return ((SdkBuilder<?, ?>) b).build();
  }

  /** One page: its items and the token of the next, if any. */
  public record Page(List<?> items, String nextToken) {
  }

  /**
   * Sends one page's request. A 200 without the items list ({@code {}} or {@code null}, which the SDK reads as
   * an empty list) fails the query: taken as empty, it would end a scan silently with rows missing. An empty
   * list ({@code []}) is a real answer.
   */
  public Page call(BedrockApi api, Object request) {
    if (computed != null) {
      return new Page(List.of(computed.apply(api)), null);
    }
    Object response;
    try {
      response = api.call(name, client -> call.apply(client, request));
    } catch (ResourceNotFoundException e) {
      if (notFound != null && notFound.getValueOrDefault(request) != null) {
        return new Page(List.of(), null);
      }
      throw e;
    }
    List<?> list = items == null ? List.of(response) : SdkMembers.list(items, response);
    if (list == null) {
      var metadata = ((AwsResponse) response).responseMetadata();
      throw SqlErrors.malformed(name + " answered HTTP 200 without its " + items.locationName() + " list"
          + (metadata == null || metadata.requestId() == null ? "" : " (AWS request id " + metadata.requestId() + ")"));
    }
    return new Page(list, responseToken == null ? null : (String) responseToken.getValueOrDefault(response));
  }

  @Override public String toString() {
    return name;
  }
}
