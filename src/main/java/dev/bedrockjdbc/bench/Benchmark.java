package dev.bedrockjdbc.bench;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.Faults;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.SortOrder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The performance benchmark ({@code java -jar bedrock-jdbc-all.jar bench}): every figure is the driver next
 * to its reference measured in the same run against the same local emulator — the minimum number of API
 * calls the data allows, a raw AWS SDK paginator loop in the same JVM, or a fresh JVM making the raw SDK
 * call. Prints one table per figure.
 */
public final class Benchmark {
  private static final int PAGE = 1000;
  /** The command line's main class, run by name: the bench measures it as a user starts it. */
  private static final String CLI = "dev.bedrockjdbc.cli.Main";
  private final PrintStream out;
  private final int scanModels;
  private final int rounds;
  private final Targets targets = new Targets();

  public Benchmark(PrintStream out, int scanModels, int rounds) {
    this.out = out;
    this.scanModels = scanModels;
    this.rounds = rounds;
  }

  public void run() throws Exception {
    out.printf("bedrock-jdbc benchmark: %s, Java %s, %d cores%n%n", Instant.now(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    callsPerQuery();
    try (BedrockEmulator big = BedrockEmulator.builder().generated(100, scanModels).defaultPageSize(PAGE).start()) {
      fullScan(big);
      coldFirstRow(big);
      warmLatency(big);
      memory(big);
      new ServerFigures(out, scanModels, rounds, targets).run(big);
    }
    latencyHiding();
    new CatalogueCalls(out).run();
    new FanOutFigure(out, Math.max(rounds, 3)).run();
    targets.print(out);
  }

  /** One catalogue query: SQL, optional setMaxRows, and the fewest calls the data allows. */
  private record Shape(String label, String sql, int maxRows, ToIntFunction<List<EmulatedModel>> minimum) {
  }

  private static int pages(long rows) {
    return (int) Math.max(1, (rows + PAGE - 1) / PAGE);
  }

  private static ToIntFunction<List<EmulatedModel>> pagesOf(Predicate<EmulatedModel> p) {
    return models -> pages(models.stream().filter(p).count());
  }

  private void callsPerQuery() throws SQLException, java.io.IOException {
    Instant t2025 = Instant.parse("2025-01-01T00:00:00Z");
    Instant t2026 = Instant.parse("2026-01-01T00:00:00Z");
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(42, 5000).start();
         Connection c = DriverManager.getConnection(RawSdk.url(emulator.endpoint(), ""))) {
      EmulatedModel sample = emulator.models().stream().filter(m -> m.foundationModelArn() != null
          && m.baseModelArn() != null && m.baseModelArn().contains("foundation-model")).findFirst().orElseThrow();
      String fm = sample.foundationModelArn();
      List<Shape> shapes = List.of(
          new Shape("full scan SELECT *", "SELECT * FROM custom_models", 0, m -> pages(m.size())),
          new Shape("DBeaver: SELECT * with setMaxRows(200)", "SELECT * FROM custom_models", 200, m -> 1),
          new Shape("COUNT(*)", "SELECT COUNT(*) FROM custom_models", 0, m -> pages(m.size())),
          new Shape("newest 5", "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5", 0, m -> 1),
          new Shape("oldest 5, OFFSET 10", "SELECT model_name FROM custom_models ORDER BY creation_time LIMIT 5 OFFSET 10",
              0, m -> 1),
          new Shape("LIMIT 2500", "SELECT model_arn FROM custom_models ORDER BY creation_time LIMIT 2500", 0, m -> 3),
          new Shape("name LIKE + sort + limit", "SELECT model_name, creation_time FROM custom_models "
              + "WHERE model_name LIKE '%support%' ORDER BY creation_time DESC LIMIT 10", 0, m -> 1),
          new Shape("name = x", "SELECT * FROM custom_models WHERE model_name = '${NAME}'", 0, m -> 1),
          new Shape("status = Active", "SELECT model_arn FROM custom_models WHERE model_status = 'Active'", 0,
              pagesOf(x -> "Active".equals(x.modelStatus()))),
          new Shape("owned AND status = Failed", "SELECT model_arn FROM custom_models WHERE is_owned "
              + "AND model_status = 'Failed'", 0, pagesOf(x -> "123456789012".equals(x.ownerAccountId())
              && "Failed".equals(x.modelStatus()))),
          new Shape("status IN (Active, Failed)", "SELECT model_arn FROM custom_models "
              + "WHERE model_status IN ('Active', 'Failed')", 0, m -> Math.min(pages(m.size()),
              pagesOf(x -> "Active".equals(x.modelStatus())).applyAsInt(m)
                  + pagesOf(x -> "Failed".equals(x.modelStatus())).applyAsInt(m))),
          new Shape("created in 2025", "SELECT model_arn FROM custom_models WHERE creation_time >= TIMESTAMP "
              + "'2025-01-01 00:00:00' AND creation_time < TIMESTAMP '2026-01-01 00:00:00'", 0,
              pagesOf(x -> !x.creationTime().isBefore(t2025) && x.creationTime().isBefore(t2026))),
          new Shape("foundation model = X", "SELECT model_arn FROM custom_models WHERE foundation_model_arn = '${FM}'", 0,
              m -> pages(m.stream().filter(x -> fm.equals(x.foundationModelArn())).count())),
          new Shape("base model = X", "SELECT model_arn FROM custom_models WHERE base_model_arn = '${BASE}'", 0, m -> 1),
          new Shape("model_arn = X (Get columns)", "SELECT model_name, model_status FROM custom_models "
              + "WHERE model_arn = '${ARN}'", 0, m -> 1),
          new Shape("model_arn = X, SELECT *", "SELECT * FROM custom_models WHERE model_arn = '${ARN}'", 0, m -> 2),
          // A status the driver does not know may be one the service added: not sent, every page read.
          new Shape("status = 'Bogus'", "SELECT * FROM custom_models WHERE model_status = 'Bogus'", 0,
              m -> pages(m.size())),
          new Shape("empty time range", "SELECT * FROM custom_models WHERE creation_time > TIMESTAMP "
              + "'2025-01-01 00:00:00' AND creation_time < TIMESTAMP '2025-01-01 00:00:00'", 0, m -> 0),
          new Shape("GROUP BY status", "SELECT model_status, COUNT(*) FROM custom_models GROUP BY model_status", 0,
              m -> pages(m.size())),
          new Shape("owned, newest 20", "SELECT model_name FROM custom_models WHERE is_owned "
              + "ORDER BY creation_time DESC LIMIT 20", 0, m -> 1));
      out.println("1. API calls per query (5,000 models, pageSize 1000; accountId set, so no account lookup)");
      out.printf("%-42s %8s %8s%n", "query", "calls", "minimum");
      int met = 0;
      for (Shape s : shapes) {
        String sql = s.sql().replace("${NAME}", sample.modelName()).replace("${FM}", sample.foundationModelArn())
            .replace("${BASE}", sample.baseModelArn()).replace("${ARN}", sample.modelArn());
        emulator.clearRequests();
        try (Statement st = c.createStatement()) {
          st.setMaxRows(s.maxRows());
          try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        }
        int calls = emulator.requests().size();
        int min = s.minimum().applyAsInt(emulator.models());
        met += calls == min ? 1 : 0;
        out.printf("%-42s %8d %8d%s%n", s.label(), calls, min, calls == min ? "" : "  <-- above minimum");
      }
      out.printf("=> %d of %d queries at the minimum%n%n", met, shapes.size());
    }
  }

  private void fullScan(BedrockEmulator emulator) throws Exception {
    // Twice the rounds of the other figures: a round takes ~1.3 s, and this figure's target is close to the
    // round-to-round noise of a shared machine (+-10 %).
    int scans = 2 * rounds + 1;
    out.printf("2. Full scan of %,d models: driver SELECT * vs raw SDK paginator, same JVM, alternating (%d rounds)%n",
        scanModels, scans);
    URI endpoint = emulator.endpoint();
    long[] driver = new long[scans];
    long[] raw = new long[scans];
    // Warm-up of both paths until the JIT compiler is mostly done with them (it still compiled ~150 ms of
    // CPU per scan after 3 rounds); the driver's path has more code to compile.
    for (int i = 0; i < 6; i++) {
      scan(RawSdk.url(endpoint, ""), scanModels);
      rawScan(endpoint);
    }
    for (int i = 0; i < scans; i++) {
      // Each round is a pair run back to back, in alternating order, so both see the same machine load.
      if (i % 2 == 0) {
        driver[i] = scan(RawSdk.url(endpoint, ""), scanModels);
        raw[i] = rawScan(endpoint);
      } else {
        raw[i] = rawScan(endpoint);
        driver[i] = scan(RawSdk.url(endpoint, ""), scanModels);
      }
    }
    double ratio = pairedRatio(driver, raw);
    out.printf(Locale.ROOT, "driver %,d ms, raw SDK %,d ms (medians; driver runs %s, raw runs %s) => ratio %.2f "
        + "(median of the rounds' ratios; %.2f as a ratio of the medians) (target <= 1.05)%n%n", median(driver),
        median(raw), Arrays.toString(driver), Arrays.toString(raw), ratio, (double) median(driver) / median(raw));
    targets.ratio(String.format(Locale.ROOT, "2. full scan of %,d models vs the raw SDK paginator", scanModels), ratio,
        1.05);
  }

  /** The median over rounds of driver / reference: less sensitive to load that changes between rounds. */
  static double pairedRatio(long[] driver, long[] reference) {
    double[] ratios = new double[driver.length];
    for (int i = 0; i < driver.length; i++) {
      ratios[i] = (double) driver[i] / reference[i];
    }
    Arrays.sort(ratios);
    return ratios[ratios.length / 2];
  }

  /**
   * A JDBC client's full read of {@code url} (the driver, or a thin client of the server): every column, as
   * strings, timestamps and booleans, in frames of 1,000 rows where the connection sends frames.
   */
  static long scan(String url, int expected) throws SQLException {
    long start = System.nanoTime();
    long rows = 0;
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.setFetchSize(PAGE);
      try (ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
        while (rs.next()) {
          rs.getString(1);
          rs.getString(2);
          rs.getTimestamp(3);
          for (int i = 4; i <= 8; i++) {
            rs.getString(i);
          }
          rs.getBoolean(9);
          rs.getString(10);
          rows++;
        }
      }
    }
    check(rows, expected);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** What a Java user writes instead: the SDK paginator, touching the same fields. */
  private long rawScan(URI endpoint) {
    long start = System.nanoTime();
    long rows = 0;
    try (BedrockClient sdk = RawSdk.client(endpoint)) {
      for (CustomModelSummary m : sdk.listCustomModelsPaginator(r -> r.maxResults(PAGE)).modelSummaries()) {
        m.modelArn();
        m.modelName();
        m.creationTime();
        m.baseModelArn();
        m.baseModelName();
        m.customizationTypeAsString();
        m.ownerAccountId();
        m.modelStatusAsString();
        rows++;
      }
    }
    check(rows, scanModels);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private void coldFirstRow(BedrockEmulator emulator) throws Exception {
    out.printf("3. Cold first row: fresh JVM to the first row of the newest-5 query (%d runs each, alternating)%n",
        rounds);
    long[] driver = new long[rounds];
    long[] raw = new long[rounds];
    long[] active = new long[rounds];
    long[] bot = new long[rounds];
    String endpoint = emulator.endpoint().toString();
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 0) {
        driver[i] = firstRow("driver", endpoint);
        raw[i] = firstRow("raw", endpoint);
      } else {
        raw[i] = firstRow("raw", endpoint);
        driver[i] = firstRow("driver", endpoint);
      }
      active[i] = firstRow("active", endpoint);
      bot[i] = firstRow("bot", endpoint);
    }
    long r = median(raw);
    double newest = pairedRatio(driver, raw);
    out.printf(Locale.ROOT, "driver %,d ms, raw SDK %,d ms (medians; %s vs %s) => ratio %.2f (median of the rounds' "
        + "ratios; %.2f as a ratio of the medians) (target <= 1.3)%n", median(driver), r, Arrays.toString(driver),
        Arrays.toString(raw), newest, (double) median(driver) / r);
    targets.ratio("3. cold first row vs the raw SDK, newest 5", newest, 1.3);
    String[] where = {"WHERE model_status = 'Active'", "WHERE model_name LIKE '%bot%' AND creation_time > ?"};
    long[][] planned = {active, bot};
    for (int q = 0; q < 2; q++) {
      double ratio = pairedRatio(planned[q], raw);
      out.printf(Locale.ROOT, "the same with %s (planned by Calcite, not the fast path): %,d ms (median; %s) => "
          + "ratio %.2f (target <= 1.5)%n", where[q], median(planned[q]),
          Arrays.toString(planned[q]), ratio);
      targets.ratio("3. cold first row vs the raw SDK, newest 5 " + where[q], ratio, 1.5);
    }
    long[] warm = new long[2];
    long[] cold = new long[2];
    for (int i = 0; i < 2; i++) {
      warm[i] = Long.parseLong(child(List.of(), ColdStartProbe.class, "idle", endpoint).line.trim());
      cold[i] = Long.parseLong(child(List.of("-Dbedrockjdbc.warmup=false"), ColdStartProbe.class, "idle",
          endpoint).line.trim());
    }
    out.printf("first query after connecting and 3 s of idle: %,d ms with the background warm-up, %,d ms without "
        + "(fresh JVMs, best of 2)%n", Math.min(warm[0], warm[1]), Math.min(cold[0], cold[1]));
    commandLine(endpoint, raw);
    out.println();
  }

  /**
   * The command line's cold start ({@code -e} with the filtered query, process start to the first line it prints),
   * without and with the class-data archive it trains for itself, against the raw SDK's rounds above.
   */
  private void commandLine(String endpoint, long[] raw) throws Exception {
    String classPath = System.getProperty("java.class.path");
    if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
      out.println("the command line with its class-data archive: not measured (run bench from the -all jar)");
      return;
    }
    Path cache = Files.createTempDirectory("bedrock-jdbc-bench-cds");
    try {
      String[] args = {"-u", RawSdk.url(URI.create(endpoint), ""), "--format", "csv", "-e", ColdStartProbe.ACTIVE};
      Map<String, String> on = Map.of("XDG_CACHE_HOME", cache.toString(), "BEDROCK_JDBC_CDS", "on");
      Map<String, String> off = Map.of("XDG_CACHE_HOME", cache.toString(), "BEDROCK_JDBC_CDS", "off");
      child(on, List.of(), CLI, args); // trains the archive once it is done
      Path dir = cache.resolve("bedrock-jdbc");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!hasArchive(dir)) {
        if (System.nanoTime() - deadline > 0) {
          out.println("the command line with its class-data archive: no archive was trained within 3 minutes");
          return;
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
      long[] plain = new long[rounds];
      long[] archived = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        plain[i] = child(off, List.of(), CLI, args).millis;
        archived[i] = child(on, List.of(), CLI, args).millis;
      }
      out.printf(Locale.ROOT, "the command line, -e with the WHERE model_status = 'Active' query, fresh process to its "
          + "first line: %,d ms with its class-data archive, %,d ms without (medians; %s vs %s) => ratio to the raw "
          + "SDK %.2f with, %.2f without%n", median(archived), median(plain), Arrays.toString(archived),
          Arrays.toString(plain), (double) median(archived) / median(raw), (double) median(plain) / median(raw));
    } finally {
      try (var files = Files.walk(cache)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static boolean hasArchive(Path dir) throws java.io.IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      return names.stream().anyMatch(n -> n.endsWith(".jsa")) && names.stream().noneMatch(n -> n.endsWith(".lock"));
    }
  }

  private void warmLatency(BedrockEmulator emulator) throws SQLException {
    out.println("4. Warm latency of the newest-5 query (30 warm-up + 30 measured, medians; planned: 90 + 30)");
    String sql = "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5";
    ListCustomModelsRequest request = ListCustomModelsRequest.builder().maxResults(5).sortBy("CreationTime")
        .sortOrder(SortOrder.DESCENDING).build();
    long[] api = new long[30];
    long[] prepared = new long[30];
    long[] fresh = new long[30];
    // A filter takes the query off the fast path: Calcite plans it (for a new Statement, at every execution).
    String planned = "SELECT model_name FROM custom_models WHERE model_status = 'Active' ORDER BY creation_time DESC "
        + "LIMIT 5";
    ListCustomModelsRequest plannedRequest = request.toBuilder().modelStatus("Active").build();
    long[] plannedApi = new long[30];
    long[] plannedPrepared = new long[30];
    long[] plannedFresh = new long[30];
    // A text the connection has not seen (another literal each time) is planned again: the plan cache cannot help.
    long[] plannedNewText = new long[30];
    try (BedrockClient sdk = RawSdk.client(emulator.endpoint());
         Connection c = DriverManager.getConnection(RawSdk.url(emulator.endpoint(), ""));
         PreparedStatement ps = c.prepareStatement(sql);
         PreparedStatement pps = c.prepareStatement(planned)) {
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 30; i++) {
          api[i] = timeApiCall(sdk, request);
          prepared[i] = timeExecution(ps);
          fresh[i] = timeNewStatement(c, sql);
        }
      }
      // Separately: the emulator keeps only the last listing's order, so mixing requests would slow the above.
      // More rounds: the planner's code takes longer to reach its compiled speed.
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < 30; i++) {
          plannedApi[i] = timeApiCall(sdk, plannedRequest);
          plannedPrepared[i] = timeExecution(pps);
          plannedFresh[i] = timeNewStatement(c, planned);
          plannedNewText[i] = timeNewStatement(c, planned.replace(" ORDER BY",
              " AND model_name <> 'not-a-model-" + round + "-" + i + "' ORDER BY"));
        }
      }
    }
    double a = median(api) / 1e6;
    double p = median(prepared) / 1e6;
    double f = median(fresh) / 1e6;
    out.printf(Locale.ROOT, "API call alone %.2f ms; re-executed PreparedStatement %.2f ms (+%.2f ms, target < 0.5); "
        + "same SQL on a new Statement %.2f ms (+%.2f ms, target < 20)%n", a, p, p - a, f, f - a);
    targets.added("4. warm, re-executed PreparedStatement, newest 5, over the API call alone", p - a, 0.5);
    double pa = median(plannedApi) / 1e6;
    double pp = median(plannedPrepared) / 1e6;
    double pf = median(plannedFresh) / 1e6;
    double pn = median(plannedNewText) / 1e6;
    out.printf(Locale.ROOT, "with WHERE model_status = 'Active' (planned by Calcite): API call alone %.2f ms, "
        + "re-executed PreparedStatement %.2f ms, same SQL on a new Statement %.2f ms (%+.2f ms over the API call: "
        + "the connection's plan, target < 3), a new text each time (another literal) %.2f ms (+%.2f ms of "
        + "planning)%n%n", pa, pp, pf, pf - pa, pn, pn - pp);
    targets.added("4. warm, new Statement, WHERE model_status = 'Active', over the API call alone", pf - pa, 3);
  }

  /** Nanoseconds of the raw SDK call, reading its first model's name. */
  private static long timeApiCall(BedrockClient sdk, ListCustomModelsRequest request) {
    long start = System.nanoTime();
    sdk.listCustomModels(request).modelSummaries().get(0).modelName();
    return System.nanoTime() - start;
  }

  /** Nanoseconds to re-execute a prepared statement and read its rows. */
  static long timeExecution(PreparedStatement ps) throws SQLException {
    long start = System.nanoTime();
    try (ResultSet rs = ps.executeQuery()) {
      drain(rs);
    }
    return System.nanoTime() - start;
  }

  /** Nanoseconds to run SQL text on a new Statement and read its rows. */
  private static long timeNewStatement(Connection c, String sql) throws SQLException {
    long start = System.nanoTime();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      drain(rs);
    }
    return System.nanoTime() - start;
  }

  private void memory(BedrockEmulator emulator) throws Exception {
    out.printf("5. Memory: SELECT * over %,d models in a JVM with -Xmx96m%n", scanModels);
    Child r = child(List.of("-Xmx96m"), MemoryProbe.class, emulator.endpoint().toString(), Integer.toString(scanModels));
    out.printf("%s (exit %d, %,d ms): heap after GC at each tenth of the scan, MB; flat = constant memory%n%n",
        r.line, r.exit, r.millis);
  }

  private void latencyHiding() throws Exception {
    out.println("6. Latency hiding: 20 pages of 50 models, 100 ms per API response, a consumer taking 2 ms per row");
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(7, 1000).start()) {
      emulator.faults(Faults.NONE.withLatency(100));
      long[] with = new long[2];
      long[] without = new long[2];
      int[] calls = new int[2];
      for (int i = 0; i < 2; i++) {
        emulator.clearRequests();
        without[i] = slowConsumer(emulator.endpoint(), false);
        calls[0] = emulator.requests().size();
        emulator.clearRequests();
        with[i] = slowConsumer(emulator.endpoint(), true);
        calls[1] = emulator.requests().size();
      }
      long w = Math.min(with[0], with[1]);
      long wo = Math.min(without[0], without[1]);
      long apiTime = 20 * 100;
      out.printf("without prefetch %,d ms (%d calls), with prefetch %,d ms (%d calls): %.0f%% of the %,d ms of API "
          + "latency hidden%n%n", wo, calls[0], w, calls[1], 100.0 * (wo - w) / apiTime, apiTime);
    }
  }

  private long slowConsumer(URI endpoint, boolean prefetch) throws Exception {
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(RawSdk.url(endpoint, "pageSize=50;prefetch=" + prefetch));
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models")) {
      while (rs.next()) {
        rs.getString(1);
        Thread.sleep(2);
      }
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** Milliseconds from a fresh probe JVM's start to its first row; a probe that printed none fails the figure. */
  static long firstRow(String mode, String target) throws Exception {
    Child c = child(List.of(), ColdStartProbe.class, mode, target);
    if (c.line == null || !c.line.startsWith("FIRST_ROW")) {
      throw new IllegalStateException("the " + mode + " probe printed no row (exit " + c.exit + "): " + c.line);
    }
    return c.millis;
  }

  record Child(long millis, String line, int exit) {
  }

  /** Runs a probe in a fresh JVM on this class path; the time is process start to its first output line. */
  static Child child(List<String> jvmArgs, Class<?> main, String... args) throws Exception {
    return child(Map.of(), jvmArgs, main.getName(), args);
  }

  static Child child(Map<String, String> env, List<String> jvmArgs, String main, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    cmd.addAll(List.of(args));
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    Process p = builder.start();
    String line;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      line = r.readLine();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      while (r.readLine() != null) {
        // drain
      }
      return new Child(millis, line, p.waitFor());
    }
  }

  private static void drain(ResultSet rs) throws SQLException {
    while (rs.next()) {
      rs.getString(1);
    }
  }

  static void check(long rows, long expected) {
    if (rows != expected) {
      throw new IllegalStateException("read " + rows + " rows, expected " + expected);
    }
  }

  static long median(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }
}
