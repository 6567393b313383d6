package dev.bedrockjdbc.catalog;

import dev.bedrockjdbc.aws.BedrockApi;

import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * A Bedrock Get operation: one resource by its identifier (the URI label {@code keyParameters[0]}), and for a
 * versioned resource its version (GetGuardrail's {@code guardrailVersion}).
 */
public final class GetOperation {
  private final String name;
  private final Class<?> requestClass;
  private final Class<?> responseClass;
  private final BiFunction<BedrockClient, Object, Object> call;
  private final List<String> keyParameters;
  private final List<SdkField<?>> keys;

  @SuppressWarnings("unchecked")
  private <Q, R> GetOperation(String name, Class<Q> requestClass, Class<R> responseClass,
      BiFunction<BedrockClient, Q, R> call, List<String> keyParameters) {
    this.name = name;
    this.requestClass = requestClass;
    this.responseClass = responseClass;
    this.call = (BiFunction<BedrockClient, Object, Object>) call;
    this.keyParameters = keyParameters;
    this.keys = keyParameters.stream().<SdkField<?>>map(p -> SdkMembers.field(requestClass, p)).toList();
  }

  /** @param keyParameters the request members that take a key's columns, in the key's order */
  public static <Q extends AwsRequest, R extends AwsResponse> GetOperation of(String name, Class<Q> requestClass,
      Class<R> responseClass, BiFunction<BedrockClient, Q, R> call, String... keyParameters) {
    return new GetOperation(name, requestClass, responseClass, call, List.of(keyParameters));
  }

  public String name() {
    return name;
  }

  /** The SDK class of the response (what a details table's columns read). */
  public Class<?> responseClass() {
    return responseClass;
  }

  /**
   * The resource, or null when the service has none of that identifier; {@code key} is a String, or for a key of
   * several columns a List of them; {@code timeout} null: the default.
   */
  public Object get(BedrockApi api, Object key, Duration timeout) {
    Object b = SdkMembers.builder(requestClass);
    List<?> values = key instanceof List<?> l ? l : List.of(key);
    for (int i = 0; i < keys.size(); i++) {
      keys.get(i).set(b, values.get(i));
    }
    if (timeout != null) {
      ((AwsRequest.Builder) b).overrideConfiguration(o -> o.apiCallTimeout(timeout));
    }
    Object request = ((SdkBuilder<?, ?>) b).build();
    try {
      return api.call(name, client -> call.apply(client, request));
    } catch (ResourceNotFoundException e) {
      return null;
    }
  }

  /** The call as EXPLAIN prints it. */
  public String describe(Object key) {
    List<?> values = key instanceof List<?> l ? l : List.of(key);
    StringJoiner j = new StringJoiner(", ", name + "{", "}");
    for (int i = 0; i < keyParameters.size(); i++) {
      j.add(keyParameters.get(i) + "=" + values.get(i));
    }
    return j.toString();
  }
}
