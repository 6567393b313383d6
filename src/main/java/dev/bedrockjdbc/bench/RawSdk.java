package dev.bedrockjdbc.bench;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;

import java.net.URI;

/** The hand-written alternative the driver is measured against: the SDK client a Java user would build. */
final class RawSdk {
  private RawSdk() {
  }

  static BedrockClient client(URI endpoint) {
    return BedrockClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(credentials())
        .build();
  }

  static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("BENCHKEY", "bench-secret"));
  }

  /** The driver URL for the same emulator and settings. */
  static String url(URI endpoint, String more) {
    return "jdbc:bedrock:region=us-east-1;user=BENCHKEY;password=bench-secret;accountId=123456789012;endpoint="
        + endpoint + (more.isEmpty() ? "" : ";" + more);
  }
}
