package dev.bedrockjdbc.reliability;

import dev.bedrockjdbc.TestSupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A raw HTTP server on 127.0.0.1 that answers every request with what a test scripts, for answers the emulator
 * never gives because no correct service would ({@code {}}, a {@code null} list), or none at all (a hang). It
 * knows nothing of the API beyond the page token: the script maps a request's nextToken (null on the first
 * page) to a 200 body.
 */
final class HostileServer implements AutoCloseable {
  private final HttpServer server;
  private final Function<String, String> script;
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch released;

  private HostileServer(Function<String, String> script, boolean hangs) throws IOException {
    this.script = script;
    this.released = new CountDownLatch(hangs ? 1 : 0);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** A server answering each page with {@code script.apply(nextToken)}. */
  static HostileServer start(Function<String, String> script) throws IOException {
    return new HostileServer(script, false);
  }

  /**
   * A hung service: every request is taken and not answered until {@link #release()} (or close), then
   * answered with one model.
   */
  static HostileServer hanging() throws IOException {
    return new HostileServer(token -> page(0, 1, null), true);
  }

  /** Waits for the first request to arrive; false if none came within {@code seconds}. */
  boolean awaitRequest(int seconds) throws InterruptedException {
    return requested.await(seconds, TimeUnit.SECONDS);
  }

  /** A hanging server answers from now on, the requests it holds included. */
  void release() {
    released.countDown();
  }

  /** A server answering every request with the same body. */
  static HostileServer always(String body) throws IOException {
    return start(token -> body);
  }

  /** A well-formed page of {@code count} models numbered from {@code first}; {@code nextToken} null on the last. */
  static String page(int first, int count, String nextToken) {
    StringBuilder sb = new StringBuilder("{\"modelSummaries\":[");
    for (int n = first; n < first + count; n++) {
      sb.append(n == first ? "" : ",").append("{\"modelArn\":\"arn:aws:bedrock:us-east-1:123456789012:custom-model/m")
          .append(n).append("/abcdefabcdef\",\"modelName\":\"m").append(n)
          .append("\",\"creationTime\":\"2025-01-01T00:00:00Z\",\"baseModelArn\":\"arn:aws:bedrock:us-east-1::"
              + "foundation-model/amazon.titan-text-express-v1\",\"baseModelName\":\"\",\"customizationType\":"
              + "\"FINE_TUNING\",\"ownerAccountId\":\"123456789012\",\"modelStatus\":\"Active\"}");
    }
    return sb.append(']').append(nextToken == null ? "" : ",\"nextToken\":\"" + nextToken + "\"").append('}').toString();
  }

  /** A JDBC URL for this server with static test keys and one attempt per call, plus more settings. */
  String url(String more) {
    return "jdbc:bedrock:endpoint=http://127.0.0.1:" + server.getAddress().getPort() + ";region=us-east-1;user="
        + TestSupport.ACCESS_KEY + ";password=" + TestSupport.SECRET + ";maxAttempts=1"
        + (more.isEmpty() ? "" : ";" + more);
  }

  /** The nextToken of each request served, in order (null for a first page). */
  List<String> tokens() {
    return tokens;
  }

  private void answer(HttpExchange exchange) throws IOException {
    String token = nextToken(exchange.getRequestURI());
    tokens.add(String.valueOf(token));
    requested.countDown();
    try {
      released.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    byte[] body = script.apply(token).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String nextToken(URI uri) {
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("nextToken=")) {
          return URLDecoder.decode(pair.substring("nextToken=".length()), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  @Override public void close() {
    release(); // stop() waits for the handler
    server.stop(0);
  }
}
