package dev.bedrockjdbc.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.SortOrder;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Runs one ListCustomModels call through a throw-away client whose HTTP client answers in process: on a cold JVM
 * the SDK loads ~600 classes for its first call (endpoint rules, marshalling, signing, retries, unmarshalling),
 * about 150 ms that the driver's idle warm-up takes off a user's first query. Nothing leaves the process; the
 * keys are dummies; failures are ignored (the first real call then does the work itself).
 */
public final class RequestPathWarmUp {
  private static final byte[] PAGE = ("{\"modelSummaries\":[{"
      + "\"modelArn\":\"arn:aws:bedrock:us-east-1:000000000000:custom-model/amazon.nova-lite-v1:0/warmup\","
      + "\"modelName\":\"warm-up\",\"creationTime\":\"2024-01-01T00:00:00.000Z\","
      + "\"baseModelArn\":\"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0\","
      + "\"baseModelName\":\"nova\",\"customizationType\":\"FINE_TUNING\",\"ownerAccountId\":\"000000000000\","
      + "\"modelStatus\":\"Active\"}],\"nextToken\":\"warm\"}").getBytes(StandardCharsets.UTF_8);

  private RequestPathWarmUp() {
  }

  /** Whether the call went through (it answers one model); false if the SDK failed on the way. */
  public static boolean run() {
    try (BedrockClient client = BedrockClient.builder()
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("WARMUP", "warmup")))
        .httpClient(new InProcess())
        .endpointOverride(URI.create("http://warm-up.invalid"))
        // The driver's default retry mode, so its classes load too.
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy()))
        .build()) {
      return client.listCustomModels(r -> r.maxResults(5).sortBy("CreationTime").sortOrder(SortOrder.DESCENDING))
          .modelSummaries().size() == 1;
    } catch (RuntimeException | LinkageError e) {
      return false; // an optimisation only
    }
  }

  /** Answers every request with one page of one model. */
  private static final class InProcess implements SdkHttpClient {
    @Override public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      return new ExecutableHttpRequest() {
        @Override public HttpExecuteResponse call() {
          return HttpExecuteResponse.builder()
              .response(SdkHttpResponse.builder().statusCode(200).putHeader("Content-Type", "application/json").build())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(PAGE)))
              .build();
        }

        @Override public void abort() {
        }
      };
    }

    @Override public void close() {
    }
  }
}
