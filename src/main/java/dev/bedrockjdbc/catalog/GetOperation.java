package dev.bedrockjdbc.catalog;

import dev.bedrockjdbc.aws.BedrockApi;

import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.time.Duration;
import java.util.function.BiFunction;

/** A Bedrock Get operation: one resource by its identifier (the URI label {@code keyParameter}). */
public final class GetOperation {
  private final String name;
  private final Class<?> requestClass;
  private final BiFunction<BedrockClient, Object, Object> call;
  private final String keyParameter;
  private final SdkField<?> key;

  @SuppressWarnings("unchecked")
  private <Q, R> GetOperation(String name, Class<Q> requestClass, BiFunction<BedrockClient, Q, R> call,
      String keyParameter) {
    this.name = name;
    this.requestClass = requestClass;
    this.call = (BiFunction<BedrockClient, Object, Object>) call;
    this.keyParameter = keyParameter;
    this.key = SdkMembers.field(requestClass, keyParameter);
  }

  public static <Q extends AwsRequest, R extends AwsResponse> GetOperation of(String name, Class<Q> requestClass,
      BiFunction<BedrockClient, Q, R> call, String keyParameter) {
    return new GetOperation(name, requestClass, call, keyParameter);
  }

  public String name() {
    return name;
  }

  /** The resource, or null when the service has none of that identifier; {@code timeout} null: the default. */
  public Object get(BedrockApi api, String identifier, Duration timeout) {
    Object b = SdkMembers.builder(requestClass);
    key.set(b, identifier);
    if (timeout != null) {
      ((AwsRequest.Builder) b).overrideConfiguration(o -> o.apiCallTimeout(timeout));
    }
    Object request = ((SdkBuilder<?, ?>) b).build();
    try {
      return api.call(client -> call.apply(client, request));
    } catch (ResourceNotFoundException e) {
      return null;
    }
  }

  /** The call as EXPLAIN prints it. */
  public String describe(String identifier) {
    return name + "{" + keyParameter + "=" + identifier + "}";
  }
}
