package dev.bedrockjdbc.bench;

import static dev.bedrockjdbc.bench.Benchmark.firstRow;
import static dev.bedrockjdbc.bench.Benchmark.median;
import static dev.bedrockjdbc.bench.Benchmark.pairedRatio;
import static dev.bedrockjdbc.bench.Benchmark.timeExecution;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.server.QueryServer;
import dev.bedrockjdbc.server.ServerSettings;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Figure 7: the query server (Avatica, protobuf, loopback) next to the embedded driver, both over the same
 * emulator in the same run — a fresh thin-client JVM's first row against a warm server, a re-executed prepared
 * query, and a full scan read in frames.
 */
final class ServerFigures {
  static final String THIN_DRIVER = "org.apache.calcite.avatica.remote.Driver";
  private static final int WARM_UP = 500;
  private static final int MEASURED = 60;
  private static final String NEWEST_5 = "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5";
  private final PrintStream out;
  private final int scanModels;
  private final int rounds;
  private final Targets targets;

  ServerFigures(PrintStream out, int scanModels, int rounds, Targets targets) {
    this.out = out;
    this.scanModels = scanModels;
    this.rounds = rounds;
    this.targets = targets;
  }

  void run(BedrockEmulator emulator) throws Exception {
    Class.forName(THIN_DRIVER); // the -all jar registers only the bedrock driver
    out.println("7. Through the query server (`server`: Avatica, protobuf, loopback) vs embedded");
    String embedded = RawSdk.url(emulator.endpoint(), "");
    try (QueryServer server = QueryServer.start(new ServerSettings(embedded, new Properties()).port(0))) {
      String thin = server.clientUrl();
      coldFirstRow(emulator, thin);
      warmPrepared(embedded, thin);
      fullScan(embedded, thin);
    }
    out.println();
  }

  private void coldFirstRow(BedrockEmulator emulator, String thin) throws Exception {
    firstRow("thin", thin); // the server's first query: its own warm-up
    long[] client = new long[rounds];
    long[] driver = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      client[i] = firstRow("thin", thin);
      driver[i] = firstRow("driver", emulator.endpoint().toString());
    }
    out.printf(Locale.ROOT, "cold first row of the newest-5 query: fresh thin-client JVM against the warm server %,d ms,"
        + " fresh JVM with the embedded driver %,d ms (medians; %s vs %s) => ratio %.2f%n", median(client),
        median(driver), Arrays.toString(client), Arrays.toString(driver), pairedRatio(client, driver));
  }

  private void warmPrepared(String embedded, String thin) throws SQLException {
    long[] local = new long[MEASURED];
    long[] remote = new long[MEASURED];
    try (Connection e = DriverManager.getConnection(embedded); Connection t = DriverManager.getConnection(thin);
         PreparedStatement pe = e.prepareStatement(NEWEST_5); PreparedStatement pt = t.prepareStatement(NEWEST_5)) {
      // Warm means compiled: the server's path (Jetty, protobuf, Avatica's handlers) and the thin client's take a
      // few hundred executions before the JIT compiler is done with them; 30 left the figure at +3.7 ms, falling.
      for (int i = 0; i < WARM_UP; i++) {
        timeExecution(pe);
        timeExecution(pt);
      }
      for (int i = 0; i < MEASURED; i++) {
        local[i] = timeExecution(pe);
        remote[i] = timeExecution(pt);
      }
    }
    double l = median(local) / 1e6;
    double r = median(remote) / 1e6;
    out.printf(Locale.ROOT, "re-executed PreparedStatement, newest 5: embedded %.2f ms, through the server %.2f ms "
        + "(+%.2f ms, target < 2; %d warm-up + %d measured, medians)%n", l, r, r - l, WARM_UP, MEASURED);
    targets.added("7. warm, re-executed PreparedStatement through the server, over embedded", r - l, 2);
  }

  private void fullScan(String embedded, String thin) throws SQLException {
    // As figure 2: warm-up pairs until the JIT compiler is mostly done (the thin path has Avatica's protobuf
    // encoding and parsing to compile too; after one pair its rounds were still falling), then twice the rounds.
    int scans = 2 * rounds + 1;
    long[] local = new long[scans];
    long[] remote = new long[scans];
    for (int i = 0; i < 6; i++) {
      Benchmark.scan(embedded, scanModels);
      Benchmark.scan(thin, scanModels);
    }
    for (int i = 0; i < scans; i++) {
      if (i % 2 == 0) {
        local[i] = Benchmark.scan(embedded, scanModels);
        remote[i] = Benchmark.scan(thin, scanModels);
      } else {
        remote[i] = Benchmark.scan(thin, scanModels);
        local[i] = Benchmark.scan(embedded, scanModels);
      }
    }
    double ratio = pairedRatio(remote, local);
    out.printf(Locale.ROOT, "full scan of %,d models read as figure 2 reads it, frames of 1,000 rows: embedded %,d ms, through the "
        + "server %,d ms (medians; %s vs %s) => ratio %.2f (target <= 1.5)%n", scanModels, median(local), median(remote),
        Arrays.toString(local), Arrays.toString(remote), ratio);
    targets.ratio(String.format(Locale.ROOT, "7. full scan of %,d models through the server vs embedded", scanModels),
        ratio, 1.5);
  }
}
