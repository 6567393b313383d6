package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Amazon Bedrock control plane speaking the real rest-json wire protocol of ListCustomModels and
 * GetCustomModel on 127.0.0.1, for the demo, the tests, the benchmarks and users' own tests. It validates
 * every parameter as the service does, issues opaque page tokens, and records each request it serves.
 */
public final class BedrockEmulator implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST_PATH = "/custom-models";

  private final List<EmulatedModel> models;
  private final String callerAccount;
  private final int defaultPageSize;
  private final HttpServer server;
  private final ExecutorService executor;
  private final PageTokens tokens = new PageTokens();
  private final List<RecordedRequest> log = Collections.synchronizedList(new ArrayList<>());
  private volatile Semantics semantics;
  private volatile Faults faults = Faults.NONE;
  private Random random = new Random(0);
  /** The last result set, so paging through 100,000 models does not filter and sort them once per page. */
  private volatile Selection lastSelection;

  private record Selection(String fingerprint, Semantics semantics, List<EmulatedModel> models) {
  }

  private BedrockEmulator(Builder b) throws IOException {
    this.models = List.copyOf(b.models);
    this.callerAccount = b.callerAccount;
    this.defaultPageSize = b.defaultPageSize;
    this.semantics = b.semantics;
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "bedrock-emulator-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // The JDK server otherwise leaves Nagle on: a delayed-ACK stall of ~40 ms per small response. A JVM-wide
    // setting the JDK reads once, set only when an emulator starts (a test, the demo), never by the driver.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The URL to give the SDK's endpoint override, or the driver's {@code endpoint} property. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<EmulatedModel> models() {
    return models;
  }

  public String callerAccount() {
    return callerAccount;
  }

  public Semantics semantics() {
    return semantics;
  }

  /** Switches the open-question semantics for the requests that follow. */
  public void semantics(Semantics semantics) {
    this.semantics = Objects.requireNonNull(semantics);
  }

  public Faults faults() {
    return faults;
  }

  /** Injects these faults into the requests that follow (Faults.NONE to stop). */
  public synchronized void faults(Faults newFaults) {
    this.faults = Objects.requireNonNull(newFaults);
    this.random = new Random(newFaults.seed());
  }

  private synchronized double draw() {
    return random.nextDouble();
  }

  /** Every request served since start or the last {@link #clearRequests()}, in arrival order. */
  public List<RecordedRequest> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  public void clearRequests() {
    log.clear();
  }

  @Override public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream body = exchange.getRequestBody()) {
      byte[] requestBody = body.readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> params = queryParams(exchange.getRequestURI().getRawQuery());
      String operation = "Unknown";
      int status;
      byte[] response;
      String contentType = "application/json";
      Faults f = faults;
      if (f.latencyMillis() > 0) {
        sleep(f.latencyMillis());
      }
      try {
        injectFault(f);
        if ("POST".equals(exchange.getRequestMethod()) && (path.equals("/") || path.isEmpty())) {
          // STS, for roleArn: the query protocol posts a form to the endpoint root.
          params = queryParams(new String(requestBody, StandardCharsets.UTF_8));
          operation = params.getOrDefault("Action", "Unknown");
          response = StsResponses.respond(params, callerAccount);
          contentType = "text/xml";
        } else if (!"GET".equals(exchange.getRequestMethod())) {
          throw new ApiError(404, "UnknownOperationException", "Unknown operation " + exchange.getRequestMethod() + " " + path);
        } else if (path.equals(LIST_PATH) || path.equals(LIST_PATH + "/")) {
          operation = "ListCustomModels";
          response = list(params, f);
        } else if (path.startsWith(LIST_PATH + "/") && path.indexOf('/', LIST_PATH.length() + 1) < 0) {
          operation = "GetCustomModel";
          // A plain URI label: route on the raw path, then percent-decode it once (bedrock-api.md 3).
          String id = URLDecoder.decode(path.substring(LIST_PATH.length() + 1), StandardCharsets.UTF_8);
          params = Map.of("modelIdentifier", id);
          response = JSON.writeValueAsBytes(get(id));
        } else {
          throw new ApiError(404, "UnknownOperationException", "Unknown operation GET " + path);
        }
        status = 200;
      } catch (ApiError e) {
        status = e.status;
        response = JSON.writeValueAsBytes(Map.of("__type", e.code, "message", e.getMessage()));
        exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code);
      }
      log.add(new RecordedRequest(operation, params, status, accessKeyId(exchange.getRequestHeaders().getFirst("Authorization"))));
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
      exchange.sendResponseHeaders(status, response.length);
      exchange.getResponseBody().write(response);
    }
  }

  private void injectFault(Faults f) throws ApiError {
    if (f.denyAll()) {
      throw new ApiError(403, "AccessDeniedException", "User: arn:aws:iam::" + callerAccount + ":user/reader is not "
          + "authorized to perform: bedrock:ListCustomModels because no identity-based policy allows the action");
    }
    if (f.expiredToken()) {
      throw new ApiError(400, "ExpiredTokenException", "The security token included in the request is expired");
    }
    if (f.throttleRate() > 0 || f.serverErrorRate() > 0) {
      double d = draw();
      if (d < f.throttleRate()) {
        throw new ApiError(429, "ThrottlingException", "Too many requests, please wait before trying again.");
      }
      if (d < f.throttleRate() + f.serverErrorRate()) {
        throw new ApiError(500, "InternalServerException", "An internal server error occurred. Retry your request.");
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private byte[] list(Map<String, String> params, Faults f) throws ApiError, IOException {
    ListQuery query = new ListQuery(params, defaultPageSize);
    PageTokens.Position at = tokens.position(query);
    Map<String, Object> page = list(query, at);
    if (f.malformedPage() >= 0 && at.page() == f.malformedPage()) {
      String json = JSON.writeValueAsString(page);
      return json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8); // cut mid-body
    }
    if (f.loopingToken() && query.nextToken != null && page.containsKey("nextToken")) {
      page.put("nextToken", query.nextToken); // the same token again: a loop
    }
    return JSON.writeValueAsBytes(page);
  }

  private Map<String, Object> list(ListQuery query, PageTokens.Position at) throws ApiError {
    int offset = at.offset();
    Semantics current = semantics;
    Selection cached = lastSelection;
    List<EmulatedModel> selected;
    if (cached != null && cached.fingerprint.equals(query.fingerprint) && cached.semantics.equals(current)) {
      selected = cached.models;
    } else {
      selected = query.select(models, callerAccount, current);
      lastSelection = new Selection(query.fingerprint, current, selected);
    }
    int size = current.shortPages() ? shortPageSize(query.maxResults, offset) : query.maxResults;
    int end = Math.min(selected.size(), offset + size);
    List<Map<String, Object>> page = new ArrayList<>(Math.max(0, end - offset));
    for (int i = offset; i < end; i++) {
      page.add(selected.get(i).summaryJson());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("modelSummaries", page);
    if (end < selected.size()) {
      out.put("nextToken", tokens.issue(query, new PageTokens.Position(end, at.page() + 1)));
    }
    return out;
  }

  /**
   * A short page's size: 1..ceil(maxResults/2), varying from page to page but fixed by the page's offset, so
   * a retried request gets the same page. maxResults is documented as a maximum, not a promise of full pages.
   */
  static int shortPageSize(int maxResults, int offset) {
    int bound = (maxResults + 1) / 2;
    long h = (offset + 1) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return 1 + (int) Math.floorMod(h, (long) bound);
  }

  private Map<String, Object> get(String id) throws ApiError {
    ServiceConstraints.MODEL_IDENTIFIER.check(id);
    for (EmulatedModel m : models) {
      if (m.modelArn().equals(id) || m.modelName().equals(id)) {
        return m.detailJson();
      }
    }
    throw new ApiError(404, "ResourceNotFoundException", "Could not find model " + id + ".");
  }

  /** The key id of a SigV4 {@code Credential=AKID/date/region/service/aws4_request}; the secret is never sent. */
  private static String accessKeyId(String authorization) {
    if (authorization == null) {
      return null;
    }
    int start = authorization.indexOf("Credential=");
    int end = start < 0 ? -1 : authorization.indexOf('/', start);
    return end < 0 ? null : authorization.substring(start + "Credential=".length(), end);
  }

  private static Map<String, String> queryParams(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  /** Configures and starts an emulator. */
  public static final class Builder {
    private List<EmulatedModel> models = List.of();
    private String callerAccount = ModelGenerator.CALLER_ACCOUNT;
    private int port;
    private int defaultPageSize = 100;
    private Semantics semantics = Semantics.DEFAULT;

    public Builder models(List<EmulatedModel> models) {
      this.models = Objects.requireNonNull(models);
      return this;
    }

    /** Generated models: the same (seed, count) always gives the same data set. */
    public Builder generated(long seed, int count) {
      return models(ModelGenerator.generate(seed, count, "us-east-1", callerAccount));
    }

    public Builder callerAccount(String account) {
      this.callerAccount = Objects.requireNonNull(account);
      return this;
    }

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The page size when a request has no maxResults; undocumented for the service, moto uses 100. */
    public Builder defaultPageSize(int size) {
      this.defaultPageSize = size;
      return this;
    }

    public Builder semantics(Semantics semantics) {
      this.semantics = Objects.requireNonNull(semantics);
      return this;
    }

    public BedrockEmulator start() throws IOException {
      return new BedrockEmulator(this);
    }
  }
}
