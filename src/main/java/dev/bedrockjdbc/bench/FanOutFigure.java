package dev.bedrockjdbc.bench;

import static dev.bedrockjdbc.bench.Benchmark.median;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Catalogue;
import dev.bedrockjdbc.emulator.Faults;
import dev.bedrockjdbc.emulator.RecordedRequest;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Figure 9: a query over 3 accounts (roleArns) × 16 regions, each one page answered after 100 ms, at several
 * fanOutConcurrency settings: its wall time next to the ideal (48 calls / concurrency × 100 ms) and next to a raw
 * SDK loop over the same 48 clients, one call after the other (what a script does), in the same run.
 */
final class FanOutFigure {
  private static final int ACCOUNTS = 3;
  private static final int REGIONS = 16;
  private static final long LATENCY = 100;
  private static final String QUERY = "SELECT COUNT(*) FROM custom_models";
  private final PrintStream out;
  private final int rounds;

  FanOutFigure(PrintStream out, int rounds) {
    this.out = out;
    this.rounds = rounds;
  }

  void run() throws Exception {
    List<String> accounts = List.of("111111111111", "222222222222", "333333333333");
    List<String> regions = ServiceMetadata.of("bedrock").regions().stream()
        .filter(r -> r.metadata() != null && r.metadata().partition().id().equals("aws"))
        .map(Region::id).limit(REGIONS).toList();
    BedrockEmulator.Builder b = BedrockEmulator.builder();
    long seed = 900;
    int models = 0;
    for (String account : accounts) {
      for (String region : regions) {
        b.tenant(account, region, Catalogue.generate(++seed, 40, region, account));
        models += 40;
      }
    }
    try (BedrockEmulator emulator = b.start()) {
      emulator.faults(Faults.NONE.withLatency(LATENCY));
      String roles = accounts.stream().map(a -> "arn:aws:iam::" + a + ":role/reader").collect(Collectors.joining(","));
      String settings = "regions=" + String.join(",", regions) + ";roleArns=" + roles + ";stsEndpoint="
          + emulator.endpoint();
      int targets = ACCOUNTS * REGIONS;
      out.printf("9. Fan-out: %s over %d accounts x %d regions (%d calls of one page, each answered after %d ms)%n",
          QUERY, ACCOUNTS, REGIONS, targets, LATENCY);
      long raw = rawLoop(emulator, accounts, regions);
      out.printf("%-19s %6s %10s %10s %8s %10s%n", "fanOutConcurrency", "calls", "median ms", "ideal ms", "/ideal",
          "raw loop ms");
      for (int concurrency : new int[] {1, 8, 16, 48}) {
        try (Connection c = DriverManager.getConnection(RawSdk.url(emulator.endpoint(), settings
            + ";fanOutConcurrency=" + Math.min(concurrency, 64)))) {
          count(c, models); // warm-up: the 48 clients are built, the roles assumed
          long[] ms = new long[rounds];
          int calls = 0;
          for (int i = 0; i < rounds; i++) {
            emulator.clearRequests();
            long t0 = System.nanoTime();
            count(c, models);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            calls = (int) emulator.requests().stream().filter(r -> r.operation().equals("ListCustomModels")).count();
          }
          long ideal = (long) Math.ceil(targets / (double) concurrency) * LATENCY;
          out.printf("%-19d %6d %10d %10d %7.2fx %10d%n", concurrency, calls, median(ms), ideal,
              median(ms) / (double) ideal, raw);
        }
      }
      out.println();
    }
  }

  private static void count(Connection c, int expected) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
      rs.next();
      Benchmark.check(rs.getLong(1), expected);
    }
  }

  /** A script's loop: assume each role, then for each region one ListCustomModels, one after the other. */
  private long rawLoop(BedrockEmulator emulator, List<String> accounts, List<String> regions) {
    List<BedrockClient> clients = new ArrayList<>();
    try (StsClient sts = StsClient.builder().region(Region.US_EAST_1).endpointOverride(emulator.endpoint())
        .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(RawSdk.credentials()).build()) {
      for (String account : accounts) {
        Credentials k = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + account + ":role/reader")
            .roleSessionName("bench")).credentials();
        for (String region : regions) {
          clients.add(BedrockClient.builder().region(Region.of(region)).endpointOverride(emulator.endpoint())
              .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(StaticCredentialsProvider.create(
                  AwsSessionCredentials.create(k.accessKeyId(), k.secretAccessKey(), k.sessionToken()))).build());
        }
      }
    }
    long[] ms = new long[Math.max(rounds / 2, 1)];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      for (BedrockClient client : clients) {
        client.listCustomModels(r -> r.maxResults(1000)).modelSummaries().size();
      }
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    clients.forEach(BedrockClient::close);
    return median(ms);
  }
}
