package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Amazon Bedrock control plane speaking the real rest-json wire protocol on 127.0.0.1, for the demo,
 * the tests, the benchmarks and users' own tests: ListCustomModels and GetCustomModel, and the List and Get
 * operations of every other kind in {@link Catalogue#LIST_OPERATIONS} (foundation models, customization, import,
 * copy, batch and evaluation jobs, provisioned throughputs, imported models, deployments, inference profiles,
 * guardrails, prompt routers), GetModelInvocationLoggingConfiguration, and STS AssumeRole and GetCallerIdentity.
 * It validates every parameter as the service does, issues opaque page tokens bound to their operation and
 * filters, and records each request it serves.
 *
 * <p>It plays many accounts and regions at once, telling them apart as the service does, so one emulator serves
 * a whole organisation: a request's region is its SigV4 credential scope's, its account its access key's (the
 * role's account for keys AssumeRole handed out, else the caller account). Each (account, region) is served its
 * {@linkplain Builder#tenant tenant}'s catalogue, or the default one when it has none, so an emulator without
 * tenants serves the same data in every region; a tenant can be made to fail ({@link #failTenant}).
 */
public final class BedrockEmulator implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST_PATH = "/custom-models";
  /** GetModelInvocationLoggingConfiguration's path, as SDK 2.57.8's marshaller writes it. */
  private static final String LOGGING_PATH = "/logging/modelinvocations";
  private static final String LOGGING_OPERATION = "GetModelInvocationLoggingConfiguration";
  /** The catalogue's kinds by List path and by the path their Get's label follows. */
  private static final Map<String, ResourceKind> BY_LIST_PATH = new LinkedHashMap<>();
  private static final Map<String, ResourceKind> BY_GET_PATH = new LinkedHashMap<>();

  static {
    for (ResourceKind k : ResourceKind.ALL.values()) {
      BY_LIST_PATH.put(k.listPath, k);
      BY_GET_PATH.put(k.getPath, k);
    }
  }

  private final Catalogue catalogue;
  private final String callerAccount;
  private final int defaultPageSize;
  /** The catalogues of the configured tenants; any other (account, region) is served {@link #catalogue}. */
  private final Map<TenantKey, Catalogue> catalogues;
  /** The tenants' model invocation logging configurations; logging is off for any other (account, region). */
  private final Map<TenantKey, ObjectNode> loggingConfigs;
  /** Every (account, region) served so far, configured or not: each pages and caches its own selections. */
  private final Map<TenantKey, Tenant> served = new ConcurrentHashMap<>();
  /** The identities of the keys AssumeRole handed out, by key id; any other key is the caller account's. */
  private final Map<String, Identity> issued = new ConcurrentHashMap<>();
  /** How the tenants set to fail fail their Bedrock requests. */
  private final Map<TenantKey, TenantFailure> failures = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RecordedRequest> log = Collections.synchronizedList(new ArrayList<>());
  /** Requests received and not yet answered (a test's condition that a call is under way). */
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile Semantics semantics;
  private volatile Faults faults = Faults.NONE;
  private Random random = new Random(0);

  /** An account in a region; region null for an unsigned request. */
  private record TenantKey(String account, String region) {
  }

  /**
   * Where a request goes.
   *
   * @param operation the API operation's name
   * @param kind      the catalogue's kind, or null for ListCustomModels, GetCustomModel, the logging configuration
   *                  and STS
   * @param list      whether it is the kind's List operation (else its Get)
   * @param label     a Get's URI label, raw (still percent-encoded)
   */
  private record Route(String operation, ResourceKind kind, boolean list, String label) {
  }

  private BedrockEmulator(Builder b) throws IOException {
    this.catalogue = b.catalogue;
    this.catalogues = Map.copyOf(b.catalogues);
    this.loggingConfigs = Map.copyOf(b.loggingConfigs);
    this.callerAccount = b.callerAccount;
    this.defaultPageSize = b.defaultPageSize;
    this.semantics = b.semantics;
    AtomicInteger threads = new AtomicInteger();
    // As many as a fan-out of many regions keeps in flight, each waiting out a latency fault. A pool makes a new
    // thread per request until it holds 64, even for sequential requests; idle ones end after a second so a
    // test counting threads sees the emulator's number fall back instead of creeping up to 64.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(64, 64, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "bedrock-emulator-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
    this.executor = pool;
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

  /** The default catalogue's custom models. */
  public List<EmulatedModel> models() {
    return catalogue.models();
  }

  /** The default data set: the one served to every (account, region) that has no tenant. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The data set served to this account in this region: its tenant's, or the default one. */
  public Catalogue catalogue(String account, String region) {
    return catalogues.getOrDefault(new TenantKey(account, region), catalogue);
  }

  /**
   * The model invocation logging configuration of this account in this region, as
   * GetModelInvocationLoggingConfiguration's {@code loggingConfig} answers it (wire names); null when logging
   * is off. A copy.
   */
  public ObjectNode loggingConfig(String account, String region) {
    ObjectNode config = loggingConfigs.get(new TenantKey(account, region));
    return config == null ? null : config.deepCopy();
  }

  /**
   * Every resource of the List operation's kind (one of {@link Catalogue#LIST_OPERATIONS}) in the full shape of
   * its Get response, wire member names, in the service's unsorted order; for ListGuardrails every version.
   * GetFoundationModel's shape is {@code {"modelDetails": {...}}}. Copies: an oracle for tests. The default
   * catalogue's; a tenant's are {@code catalogue(account, region).items(...)}.
   */
  public List<ObjectNode> items(String listOperation) {
    return catalogue.items(listOperation);
  }

  /** The same resources as the List response shows each (its summary, a projection of the Get shape), unfiltered. */
  public List<ObjectNode> summaries(String listOperation) {
    return catalogue.summaries(listOperation);
  }

  /** The account of every key the emulator did not hand out through AssumeRole. */
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

  /**
   * Fails every Bedrock request (not STS) this account sends to this region, from the next request on, as
   * {@code failure} says; null makes the tenant answer again. Global {@link #faults} still apply too (a latency
   * fault delays a failure as any answer).
   */
  public void failTenant(String account, String region, TenantFailure failure) {
    TenantKey key = new TenantKey(Objects.requireNonNull(account), Objects.requireNonNull(region));
    if (failure == null) {
      failures.remove(key);
    } else {
      failures.put(key, failure);
    }
  }

  /** Makes every tenant answer again. */
  public void clearTenantFailures() {
    failures.clear();
  }

  private synchronized double draw() {
    return random.nextDouble();
  }

  /**
   * Every request served since start or the last {@link #clearRequests()}, in arrival order; those a
   * {@link TenantFailure#NO_ENDPOINT} tenant left unanswered with status 0.
   */
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

  /** How many requests the emulator has received and not yet answered (one waiting out a latency fault, say). */
  public int inFlight() {
    return inFlight.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try {
      answer(exchange);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange; InputStream body = exchange.getRequestBody()) {
      byte[] requestBody = body.readAllBytes();
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> params = queryParams(exchange.getRequestURI().getRawQuery());
      // STS, for roleArn: the query protocol posts a form to the endpoint root.
      boolean sts = "POST".equals(method) && (path.equals("/") || path.isEmpty());
      Route route = null;
      if (sts) {
        params = queryParams(new String(requestBody, StandardCharsets.UTF_8));
        route = new Route(params.getOrDefault("Action", "Unknown"), null, false, null);
      } else if ("GET".equals(method)) {
        route = route(path);
      }
      String operation = route == null ? "Unknown" : route.operation;
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String keyId = accessKeyId(authorization);
      String region = region(authorization);
      Identity caller = identity(keyId);
      String account = caller.account();
      Map<String, String> query = params;
      if (route != null && route.label != null) {
        // A plain URI label: route on the raw path, then percent-decode it once (bedrock-api.md 3). A Get is
        // recorded with its identifier under the label's member name, and the query members it has.
        Map<String, String> get = new LinkedHashMap<>();
        get.put(route.kind == null ? "modelIdentifier" : route.kind.idLabel,
            URLDecoder.decode(route.label, StandardCharsets.UTF_8));
        if (route.kind != null && route.kind.versionParam != null && query.containsKey(route.kind.versionParam)) {
          get.put(route.kind.versionParam, query.get(route.kind.versionParam));
        }
        params = route.kind == null ? Map.of("modelIdentifier", get.get("modelIdentifier")) : get;
      }
      int status;
      byte[] response;
      String contentType = "application/json";
      Faults f = faults;
      if (f.latencyMillis() > 0) {
        sleep(f.latencyMillis());
      }
      TenantFailure failure = sts ? null : failures.get(new TenantKey(account, region));
      if (failure == TenantFailure.NO_ENDPOINT) {
        // Closing the exchange before its response headers makes the JDK's server close the connection: the
        // client reads no HTTP response at all, as from a host that does not answer.
        log.add(new RecordedRequest(operation, params, 0, keyId, region, account));
        return;
      }
      try {
        if (failure != null) {
          throw failure.error(account, operation);
        }
        injectFault(f, sts ? "sts:" + operation : "bedrock:" + (route == null ? "ListCustomModels" : operation));
        if (sts) {
          response = StsResponses.respond(params, caller, issued);
          contentType = "text/xml";
        } else if (route == null) {
          throw new ApiError(404, "UnknownOperationException", "Unknown operation " + method + " " + path);
        } else {
          response = serve(route, params, query, tenant(account, region), f);
        }
        status = 200;
      } catch (ApiError e) {
        status = e.status;
        response = JSON.writeValueAsBytes(Map.of("__type", e.code, "message", e.getMessage()));
        exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code);
      }
      log.add(new RecordedRequest(operation, params, status, keyId, region, account));
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
      exchange.sendResponseHeaders(status, response.length);
      exchange.getResponseBody().write(response);
    }
  }

  /** A Bedrock operation's answer from the tenant's data. */
  private byte[] serve(Route route, Map<String, String> params, Map<String, String> query, Tenant tenant, Faults f)
      throws ApiError, IOException {
    Semantics current = semantics;
    if (route.operation.equals(LOGGING_OPERATION)) {
      return tenant.loggingConfiguration();
    } else if (route.kind == null && route.list) {
      return tenant.listCustomModels(query, current, f);
    } else if (route.kind == null) {
      return tenant.getCustomModel(params.get("modelIdentifier"));
    } else if (route.list) {
      return tenant.list(route.kind, query, current, f);
    }
    return tenant.get(route.kind, params.get(route.kind.idLabel), query);
  }

  /** The state that serves an (account, region), made on its first request. */
  private Tenant tenant(String account, String region) {
    return served.computeIfAbsent(new TenantKey(account, region),
        k -> new Tenant(k.account(), catalogue(k.account(), k.region()), loggingConfigs.get(k), defaultPageSize));
  }

  /** Whose key this is: a role's session for the keys AssumeRole handed out, else the caller account's user. */
  private Identity identity(String keyId) {
    Identity assumed = keyId == null ? null : issued.get(keyId);
    return assumed != null ? assumed : Identity.user(callerAccount);
  }

  /** The operation a GET path names, or null: List paths exactly (a trailing slash allowed), Gets as path + label. */
  private static Route route(String path) {
    if (path.equals(LIST_PATH) || path.equals(LIST_PATH + "/")) {
      return new Route("ListCustomModels", null, true, null);
    }
    if (path.equals(LOGGING_PATH)) {
      return new Route(LOGGING_OPERATION, null, false, null);
    }
    ResourceKind k = BY_LIST_PATH.get(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    if (k != null) {
      return new Route(k.listOperation, k, true, null);
    }
    int slash = path.lastIndexOf('/');
    if (slash > 0 && slash < path.length() - 1) {
      String prefix = path.substring(0, slash);
      String label = path.substring(slash + 1);
      if (prefix.equals(LIST_PATH)) {
        return new Route("GetCustomModel", null, false, label);
      }
      k = BY_GET_PATH.get(prefix);
      if (k != null) {
        return new Route(k.getOperation, k, false, label);
      }
    }
    return null;
  }

  /** @param action the IAM action the request needs, for the AccessDenied message */
  private void injectFault(Faults f, String action) throws ApiError {
    if (f.denyAll()) {
      throw ApiError.accessDenied(callerAccount, action);
    }
    if (f.expiredToken()) {
      throw new ApiError(400, "ExpiredTokenException", "The security token included in the request is expired");
    }
    if (f.throttleRate() > 0 || f.serverErrorRate() > 0) {
      double d = draw();
      if (d < f.throttleRate()) {
        throw ApiError.throttling();
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

  /** The key id of a SigV4 {@code Credential=AKID/date/region/service/aws4_request}; the secret is never sent. */
  private static String accessKeyId(String authorization) {
    String[] scope = credentialScope(authorization);
    return scope == null ? null : scope[0];
  }

  /** The region a SigV4 request was signed for: its credential scope's, which the service routes and checks by. */
  private static String region(String authorization) {
    String[] scope = credentialScope(authorization);
    return scope == null || scope.length < 3 ? null : scope[2];
  }

  /** {@code Credential=}'s parts: key id, date, region, service, terminator; null without one. */
  private static String[] credentialScope(String authorization) {
    int start = authorization == null ? -1 : authorization.indexOf("Credential=");
    if (start < 0) {
      return null;
    }
    start += "Credential=".length();
    int end = authorization.indexOf(',', start);
    String credential = authorization.substring(start, end < 0 ? authorization.length() : end).trim();
    return credential.indexOf('/') < 0 ? null : credential.split("/");
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
    private Catalogue catalogue = Catalogue.of(List.of());
    private final Map<TenantKey, Catalogue> catalogues = new HashMap<>();
    private final Map<TenantKey, ObjectNode> loggingConfigs = new HashMap<>();
    private String callerAccount = ModelGenerator.CALLER_ACCOUNT;
    private int port;
    private int defaultPageSize = 100;
    private Semantics semantics = Semantics.DEFAULT;

    /** These custom models and nothing else: the other List operations answer empty lists. */
    public Builder models(List<EmulatedModel> models) {
      return catalogue(Catalogue.of(Objects.requireNonNull(models)));
    }

    /** A whole data set: generated ({@link Catalogue#generate}), or read from JSON ({@link ModelData#readCatalogue}). */
    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue);
      return this;
    }

    /**
     * Generated data: the same (seed, count) always gives the same data set. The custom models are those of
     * {@link ModelGenerator#generate(long, int, String, String)}; the resources related to them (foundation
     * models, jobs, throughputs, guardrails...) are generated from them on first use.
     */
    public Builder generated(long seed, int count) {
      return catalogue(Catalogue.generate(seed, count, "us-east-1", callerAccount));
    }

    /**
     * The data served to this account in this region, instead of the default catalogue. Make its ARNs name
     * both with {@link Catalogue#generate(long, int, String, String)}. Requests are told apart by their signature:
     * the region of its credential scope, the account of its key (see {@link BedrockEmulator}).
     */
    public Builder tenant(String account, String region, Catalogue catalogue) {
      catalogues.put(new TenantKey(Objects.requireNonNull(account), Objects.requireNonNull(region)),
          Objects.requireNonNull(catalogue));
      return this;
    }

    /**
     * Turns model invocation logging on for this account in this region: GetModelInvocationLoggingConfiguration
     * answers this {@code loggingConfig} (wire names: {@code cloudWatchConfig{logGroupName, roleArn,
     * largeDataDeliveryS3Config{bucketName, keyPrefix}}, s3Config{bucketName, keyPrefix}, textDataDeliveryEnabled,
     * imageDataDeliveryEnabled, embeddingDataDeliveryEnabled, videoDataDeliveryEnabled, audioDataDeliveryEnabled});
     * elsewhere it answers none, logging off. Copied; a member the API does not have, or of another type, is an
     * IllegalArgumentException.
     */
    public Builder loggingConfig(String account, String region, ObjectNode loggingConfig) {
      loggingConfigs.put(new TenantKey(Objects.requireNonNull(account), Objects.requireNonNull(region)),
          InvocationLogging.checked(Objects.requireNonNull(loggingConfig)));
      return this;
    }

    /** The account of every key the emulator did not hand out through AssumeRole. */
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
