package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections without credentials settings share one default credentials chain (issue 16, item 6): its providers
 * cache what they fetch, so ten connections fetch container credentials once, where a chain built per connection
 * fetched them ten times. In a fresh JVM, so that no other test's use of the shared chain counts.
 */
class DefaultChainSharedTest {
  static final int CONNECTIONS = 10;

  /** The fresh JVM: ten connections, one query each, with only the container credentials endpoint set. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      for (int i = 0; i < CONNECTIONS; i++) {
        try (Connection c = DriverManager.getConnection(args[0])) {
          System.out.println("rows " + TestSupport.query(c, "SELECT model_name FROM custom_models").size());
        }
      }
    }
  }

  @Test void tenConnectionsFetchContainerCredentialsOnce(@TempDir Path dir) throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    HttpServer credentials = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    credentials.createContext("/credentials", exchange -> {
      fetches.incrementAndGet();
      byte[] body = ("{\"AccessKeyId\":\"AKIDCONTAINER\",\"SecretAccessKey\":\"" + TestSupport.SECRET + "\","
          + "\"Token\":\"container-token\",\"Expiration\":\"2099-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    credentials.start();
    Path none = Files.writeString(dir.resolve("empty"), "");
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 4).start()) {
      List<String> out = TestSupport.runJava(Child.class, List.of(
          "-Daws.containerCredentialsFullUri=http://127.0.0.1:" + credentials.getAddress().getPort() + "/credentials",
          "-Daws.sharedCredentialsFile=" + none, "-Daws.configFile=" + none),
          "jdbc:bedrock:endpoint=" + emulator.endpoint() + ";region=us-east-1");
      assertEquals(CONNECTIONS, out.stream().filter("rows 4"::equals).count(), String.join("\n", out));
    } finally {
      credentials.stop(0);
    }
    assertTrue(fetches.get() >= 1, "the chain reached the container endpoint");
    assertEquals(1, fetches.get(), "container credentials fetched per connection, not once for the JVM");
  }
}
