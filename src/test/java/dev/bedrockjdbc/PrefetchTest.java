package dev.bedrockjdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.listCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Fetching one page ahead changes nothing in the result and costs at most one page the query does not use. */
class PrefetchTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(79, 200).start();
  }

  @AfterEach void noFaults() {
    emulator.faults(Faults.NONE);
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void slowConsumerGetsEveryRowOnceInOrderWithOneCallPerPage() throws Exception {
    emulator.faults(Faults.NONE.withLatency(20));
    List<String> arns = new ArrayList<>();
    try (Connection c = connect(emulator, "pageSize=20"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
      emulator.clearRequests();
      while (rs.next()) {
        arns.add(rs.getString(1));
        Thread.sleep(1);
      }
    }
    assertEquals(emulator.models().stream().map(EmulatedModel::modelArn).toList(), arns);
    assertEquals(9, listCalls(emulator).size(), "pages 2..10 (page 1 came with executeQuery): none twice, none extra");
  }

  @Test void aWaitingConsumerHasTheNextPageAskedForAsEachPageArrives() throws Exception {
    emulator.faults(Faults.NONE.withLatency(200));
    try (Connection c = connect(emulator, "pageSize=20"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
      emulator.clearRequests(); // page 1 came with executeQuery
      // All of page 1 and the first row of page 2: page 2 was asked for three rows into page 1, and this
      // consumer, reading faster than 200 ms a page, waited for it.
      for (int i = 0; i < 21; i++) {
        assertTrue(rs.next());
      }
      // Without reading on, page 3 is asked for: the fetch thread did it as page 2 arrived.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (listCalls(emulator).size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(2, listCalls(emulator).size(), "pages 2 and 3");
      assertEquals(listCalls(emulator).get(0).param("maxResults"), listCalls(emulator).get(1).param("maxResults"));
      Thread.sleep(500);
      assertEquals(2, listCalls(emulator).size(), "never more than one page ahead of the row being read");
      int rows = 21;
      while (rs.next()) {
        rows++;
      }
      assertEquals(200, rows);
    }
    assertEquals(9, listCalls(emulator).size(), "pages 2..10: none twice, none extra");
  }

  @Test void stoppingEarlyCostsAtMostOnePageAhead() throws Exception {
    try (Connection c = connect(emulator, "pageSize=20")) {
      emulator.clearRequests();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
        for (int i = 0; i < 45; i++) {
          assertTrue(rs.next());
        }
      }
      Thread.sleep(300); // a cancelled prefetch may still arrive
      int calls = listCalls(emulator).size();
      assertTrue(calls == 3 || calls == 4, "45 rows need 3 pages; at most one more was fetched ahead: " + calls);
    }
  }

  @Test void aConsumerThatStopsBeforeHalfAPageTriggersNoPrefetch() throws SQLException, InterruptedException {
    try (Connection c = connect(emulator, "pageSize=100"); Statement s = c.createStatement()) {
      s.setMaxRows(40); // DBeaver's pattern, scaled down
      emulator.clearRequests();
      try (ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
        assertEquals(40, TestSupport.rows(rs).size());
      }
      Thread.sleep(200);
      assertEquals(1, listCalls(emulator).size());
    }
  }

  @Test void cappedScansNeverPrefetchPastTheLimit() throws SQLException, InterruptedException {
    try (Connection c = connect(emulator, "pageSize=20")) {
      emulator.clearRequests();
      assertEquals(30, TestSupport.query(c, "SELECT model_arn FROM custom_models ORDER BY creation_time LIMIT 30").size());
      Thread.sleep(200);
      assertEquals(2, listCalls(emulator).size(), "20 + 10 rows, nothing beyond the limit");
      assertEquals("10", listCalls(emulator).get(1).param("maxResults"));
    }
  }
}
