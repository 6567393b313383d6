package dev.bedrockjdbc.server;

import static dev.bedrockjdbc.TestSupport.awaitTrue;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The server's resources: closed on stop, on idling, past the connection bound; request bodies bounded. */
class ServerLifecycleTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(16, 300).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  /**
   * Avatica's protocol carries neither a client's cancel nor its query timeout; the server's own queryTimeout
   * bounds every client query instead, and the API call it waits on is abandoned at the deadline. The client
   * gets the driver's SQLState, as an embedded user would.
   */
  @Test void theServersQueryTimeoutBoundsEveryClientQuery() throws Exception {
    try (QueryServer server = QueryServer.start(new ServerSettings("jdbc:bedrock:queryTimeout=1",
        Served.properties(emulator)).port(0)); Connection c = Served.thin(server, "")) {
      assertEquals("42S22", assertThrows(java.sql.SQLException.class,
          () -> query(c, "SELECT nope FROM custom_models")).getSQLState(), "the driver's states reach the client");
      emulator.faults(Faults.NONE.withLatency(60_000));
      java.sql.SQLException e = assertThrows(java.sql.SQLException.class,
          () -> query(c, "SELECT model_name FROM custom_models WHERE model_name LIKE '%a%'"));
      assertEquals("HYT00", e.getSQLState(), e.getMessage());
    } finally {
      emulator.faults(Faults.NONE);
    }
  }

  /**
   * A thin client's cancel() and even its Statement.close() wait in the client while the statement executes (the
   * thin driver holds the statement's lock, and the protocol has no cancel request), but Connection.close() from
   * another thread reaches the server mid-call: the server's connection and statement close, the query ends at
   * once instead of waiting out its API call, and its scan stops.
   */
  @Test void aClientClosingItsConnectionEndsTheServersQueryMidCall() throws Exception {
    try (QueryServer server = Served.start(emulator)) {
      Connection c = Served.thin(server, "");
      emulator.faults(Faults.NONE.withLatency(60_000));
      CompletableFuture<SQLException> ended = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models WHERE model_name LIKE '%d%'")) {
          ended.complete(dev.bedrockjdbc.TestSupport.readToEnd(rs).failure());
        } catch (SQLException e) {
          ended.complete(e);
        }
      }, "thin-reader");
      reader.start();
      awaitTrue(() -> emulator.inFlight() == 1, "the server's query waits on its API call");
      c.close();
      SQLException e = ended.get(30, TimeUnit.SECONDS); // a hang guard: the call alone would take 60 s
      assertNotEquals(null, e, "the query ended with an error, not with rows");
      awaitTrue(() -> server.openStatements() == 0 && server.openConnections() == 0,
          "the server's statement and connection are closed");
    } finally {
      emulator.faults(Faults.NONE);
    }
  }

  /** A client bounds its own queries with a queryTimeout connection property, and cannot lift the server's. */
  @Test void aClientsQueryTimeoutPropertyShortensButNeverLiftsTheServers() throws Exception {
    Properties lifting = Served.properties(emulator);
    lifting.setProperty("queryTimeout", "1");
    Properties shorter = new Properties();
    shorter.setProperty("queryTimeout", "1");
    Properties none = new Properties();
    none.setProperty("queryTimeout", "0");
    try (QueryServer open = Served.start(emulator); QueryServer bounded = QueryServer.start(
             new ServerSettings("jdbc:bedrock:", lifting).port(0));
         Connection shortened = Served.thin(open, shorter);
         Connection unbounded = Served.thin(bounded, none)) {
      emulator.faults(Faults.NONE.withLatency(60_000));
      for (Connection c : List.of(shortened, unbounded)) {
        java.sql.SQLException e = assertThrows(java.sql.SQLException.class,
            () -> query(c, "SELECT model_name FROM custom_models WHERE model_name LIKE '%b%'"),
            c == shortened ? "the client's own queryTimeout" : "the server's, which the client cannot lift");
        assertEquals("HYT00", e.getSQLState(), e.getMessage());
      }
    } finally {
      emulator.faults(Faults.NONE);
    }
  }

  @Test void portZeroPicksAFreePortAndTheUrlShowsIt() throws Exception {
    try (QueryServer server = Served.start(emulator)) {
      assertNotEquals(0, server.port());
      assertEquals("jdbc:avatica:remote:url=http://127.0.0.1:" + server.port() + ";serialization=PROTOBUF",
          server.clientUrl());
    }
  }

  @Test void aPortInUseIsRefusedWithTheReason() throws Exception {
    try (QueryServer first = Served.start(emulator)) {
      StartRefused e = assertThrows(StartRefused.class, () -> Served.start(emulator, s -> s.port(first.port())));
      assertTrue(e.getMessage().startsWith("Could not listen on 127.0.0.1:" + first.port()), e.getMessage());
    }
  }

  /** A thin client cannot see SQL warnings: a region's rows missing under onRegionError=warn would go unnoticed. */
  @Test void warningsAboutFailedRegionsCannotBeServed() throws Exception {
    StartRefused e = assertThrows(StartRefused.class, () -> QueryServer.start(new ServerSettings(
        "jdbc:bedrock:onRegionError=warn", Served.properties(emulator)).port(0)));
    assertTrue(e.getMessage().startsWith("onRegionError=warn cannot be served"), e.getMessage());
  }

  @Test void jsonSerializationServesToo() throws Exception {
    try (QueryServer server = Served.start(emulator,
        s -> s.serialization(org.apache.calcite.avatica.remote.Driver.Serialization.JSON));
         Connection c = Served.thin(server, "")) {
      assertTrue(server.clientUrl().endsWith(";serialization=JSON"));
      assertEquals(List.of(List.of(300L)), query(c, "SELECT COUNT(*) FROM custom_models"));
    }
  }

  /** What the shutdown hook runs: a client's open result set, mid-scan, is closed with its connection. */
  @Test void stoppingClosesOpenStatementsAndConnections() throws Exception {
    QueryServer server = Served.start(emulator);
    Connection c = Served.thin(server, "");
    Statement s = c.createStatement();
    s.setFetchSize(10);
    ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models");
    assertTrue(rs.next());
    assertEquals(1, server.openConnections());
    assertEquals(1, server.openStatements());
    server.close();
    assertEquals(0, server.openConnections());
    assertEquals(0, server.openStatements());
  }

  /** A thin client that reads one row of a long scan and vanishes, closing nothing. */
  public static final class Vanishing {
    public static void main(String[] args) throws Exception {
      Connection c = java.sql.DriverManager.getConnection(args[0]);
      Statement s = c.createStatement();
      s.setFetchSize(10);
      ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models WHERE model_name LIKE '%'");
      System.out.println("read " + rs.next());
      Runtime.getRuntime().halt(0); // no close reaches the server
    }
  }

  /**
   * A client that disconnects mid-scan leaves nothing behind: its statement and connection are closed once idle,
   * and the scan read only the pages that client's first frame needed, not the rest of the listing.
   */
  @Test void aClientVanishingMidScanFreesItsStatementAndStopsTheScan() throws Exception {
    try (QueryServer server = QueryServer.start(new ServerSettings("jdbc:bedrock:pageSize=10;prefetch=false",
        // Idle limits well above the first execution's time on a loaded machine: a statement idle that long while
        // it executes would be closed under it.
        Served.properties(emulator)).port(0).limits(new ServerLimits(Duration.ofSeconds(3), Duration.ofSeconds(2),
        10, 10)))) {
      emulator.clearRequests();
      List<String> out = dev.bedrockjdbc.TestSupport.runJava(Vanishing.class, List.of(), server.clientUrl());
      assertTrue(out.contains("read true"), String.join("\n", out));
      awaitTrue(() -> server.openStatements() == 0, "the vanished client's statement closed");
      awaitTrue(() -> server.openConnections() == 0, "the vanished client's connection closed");
      int pages = dev.bedrockjdbc.TestSupport.listCalls(emulator).size();
      assertTrue(pages > 0 && pages < 30, pages + " of the listing's 30 pages were read for one frame");
    }
  }

  @Test void idleConnectionsAndStatementsAreClosed() throws Exception {
    try (QueryServer server = Served.start(emulator,
        s -> s.limits(new ServerLimits(Duration.ofMillis(300), Duration.ofMillis(200), 10, 10)));
         Connection c = Served.thin(server, "")) {
      c.createStatement().executeQuery("SELECT model_arn FROM custom_models").next();
      assertEquals(1, server.openConnections());
      awaitTrue(() -> server.openStatements() == 0, "the idle statement closed");
      awaitTrue(() -> server.openConnections() == 0, "the idle connection closed");
    }
  }

  @Test void connectionsAreBounded() throws Exception {
    try (QueryServer server = Served.start(emulator, s -> s.limits(new ServerLimits(Duration.ofMinutes(10),
        Duration.ofMinutes(10), 2, 10)))) {
      List<Connection> clients = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          Connection c = Served.thin(server, "");
          clients.add(c);
          assertEquals(List.of(List.of(300L)), query(c, "SELECT COUNT(*) FROM custom_models"));
          assertTrue(server.openConnections() <= 2, "connections held: " + server.openConnections());
        }
      } finally {
        for (Connection c : clients) {
          c.close();
        }
      }
    }
  }

  @Test void largeRequestBodiesAreRefused() throws Exception {
    try (QueryServer server = Served.start(emulator, s -> s.maxRequestBytes(4096));
         Connection c = Served.thin(server, "")) {
      assertEquals(413, ServerSecurityTest.post(server, null, new byte[4097]));
      assertEquals(List.of(List.of(300L)), query(c, "SELECT COUNT(*) FROM custom_models"), "small requests pass");
    }
  }
}
