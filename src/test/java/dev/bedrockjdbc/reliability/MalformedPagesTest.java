package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A 200 page without its modelSummaries list is malformed (08P01), never an empty last page that ends the scan
 * with rows missing; an empty list without a token still is a normal last page.
 */
class MalformedPagesTest {
  /** The fast path (SELECT *) and Calcite's planner (a filter) read pages through different code. */
  static final List<String> QUERIES = List.of("SELECT * FROM custom_models",
      "SELECT model_name FROM custom_models WHERE model_name LIKE 'm%'");

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"modelSummaries\":null}", "{\"nextToken\":\"t\"}"})
  void aFirstPageWithoutItsListIsMalformed(String body) throws Exception {
    try (HostileServer server = HostileServer.always(body); Connection c = DriverManager.getConnection(server.url(""))) {
      for (String sql : QUERIES) {
        SQLException e = assertThrows(SQLException.class, () -> TestSupport.query(c, sql), sql);
        assertEquals("08P01", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("without its modelSummaries list")
            && e.getMessage().contains("no partial result"), e.getMessage());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false"})
  void aFourthPageWithoutItsListFailsAfterTheThreeGoodOnes(String prefetch) throws Exception {
    try (HostileServer server = HostileServer.start(token -> token == null ? HostileServer.page(0, 100, "t1")
            : token.equals("t1") ? HostileServer.page(100, 100, "t2")
            : token.equals("t2") ? HostileServer.page(200, 100, "t3") : "{\"modelSummaries\":null,\"nextToken\":\"t4\"}");
         Connection c = DriverManager.getConnection(server.url("pageSize=100;prefetch=" + prefetch))) {
      for (String sql : QUERIES) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
          TestSupport.Read read = TestSupport.readToEnd(rs);
          assertTrue(read.failure() != null, sql + ": ended without error after " + read.rows() + " rows");
          assertEquals("08P01", read.failure().getSQLState(), read.failure().getMessage());
          // Avatica's ResultSet moves its cursor one row ahead, so the failure surfaces at row 300's next().
          assertEquals(299, read.rows(), "the rows of the three good pages, then the failure");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3})
  void anEmptyListWithoutATokenIsANormalLastPage(int goodPages) throws Exception {
    try (HostileServer server = HostileServer.start(token -> {
           int n = token == null ? 0 : Integer.parseInt(token.substring(1));
           return n < goodPages ? HostileServer.page(n * 100, 100, "t" + (n + 1)) : "{\"modelSummaries\":[]}";
         });
         Connection c = DriverManager.getConnection(server.url("pageSize=100"))) {
      for (String sql : QUERIES) {
        assertEquals(goodPages * 100, TestSupport.query(c, sql).size(), sql);
      }
    }
  }

  /** Whatever answers on the endpoint's port without speaking HTTP is a protocol failure, not an internal error. */
  @ParameterizedTest
  @ValueSource(strings = {"SSH-2.0-OpenSSH_9.6\r\n", "", "\u0000\u0001binary\r\n\r\n"})
  void aReplyThatIsNotHttpIs08P01(String reply) throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket s = socket.accept()) {
            s.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
            s.shutdownOutput();
          } catch (IOException closed) {
            return;
          }
        }
      });
      answering.setDaemon(true);
      answering.start();
      try (Connection c = DriverManager.getConnection("jdbc:bedrock:endpoint=http://127.0.0.1:" + socket.getLocalPort()
          + ";region=us-east-1;user=" + TestSupport.ACCESS_KEY + ";password=" + TestSupport.SECRET + ";maxAttempts=1")) {
        for (String sql : QUERIES) {
          SQLException e = assertThrows(SQLException.class, () -> TestSupport.query(c, sql), sql);
          assertEquals("08P01", e.getSQLState(), e.getMessage());
          assertTrue(e.getMessage().contains("not a readable HTTP response") && !e.getMessage().contains(TestSupport.SECRET),
              e.getMessage());
        }
      }
    }
  }
}
