package dev.bedrockjdbc.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The Bedrock operations the driver calls, over one SDK client per connection. The only class (with
 * {@link BedrockClientFactory}) that knows the SDK's client; shared by all statements, and thread-safe
 * because the SDK client is.
 */
public final class BedrockApi implements AutoCloseable {
  private final BedrockClient client;
  private final SdkHttpClient http;
  private final AwsCredentialsProvider credentials;
  private final String region;

  BedrockApi(BedrockClient client, SdkHttpClient http, AwsCredentialsProvider credentials, String region) {
    this.client = client;
    this.http = http;
    this.credentials = credentials;
    this.region = region;
  }

  public ListCustomModelsResponse listCustomModels(ListCustomModelsRequest request) {
    return client.listCustomModels(request);
  }

  public GetCustomModelResponse getCustomModel(String modelIdentifier) {
    return client.getCustomModel(r -> r.modelIdentifier(modelIdentifier));
  }

  public String region() {
    return region;
  }

  @Override public void close() {
    client.close();
    if (credentials instanceof SdkAutoCloseable c) {
      c.close();
    }
    http.close();
  }

  @Override public String toString() {
    return "BedrockApi{region=" + region + "}";
  }
}
