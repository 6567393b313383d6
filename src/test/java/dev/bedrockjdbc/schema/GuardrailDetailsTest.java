package dev.bedrockjdbc.schema;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * guardrail_details, keyed by (id, version) and listed as guardrails is (ListGuardrails lists only DRAFTs without
 * an identifier): its rows never depend on the WHERE clause, and each predicate costs what its listing does.
 */
class GuardrailDetailsTest {
  static final String COLUMNS = "id, version, guardrail_arn, topic_policy, automated_reasoning_policy, kms_key_arn";
  static BedrockEmulator emulator;
  static List<ObjectNode> versions;
  static List<String> ids;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(7, 120).start();
    versions = emulator.items("ListGuardrails");
    ids = versions.stream().map(v -> v.get("guardrailId").asText()).distinct().toList();
    assertTrue(ids.size() >= 3 && versions.size() > ids.size(), "several guardrails, some with versions");
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static List<List<Object>> query(Connection c, String sql) throws SQLException {
    emulator.clearRequests();
    List<List<Object>> rows = new ArrayList<>(TestSupport.query(c, sql));
    rows.sort(Comparator.comparing(Object::toString));
    return rows;
  }

  static Map<String, Long> calls() {
    return emulator.requests().stream().collect(Collectors.groupingBy(RecordedRequest::operation,
        Collectors.counting()));
  }

  /** The guardrail with the most versions. */
  static String busiest() {
    return ids.stream().max(Comparator.comparingLong(id -> versionsOf(id).size())).orElseThrow();
  }

  static List<ObjectNode> versionsOf(String id) {
    return versions.stream().filter(v -> v.get("guardrailId").asText().equals(id)).toList();
  }

  @Test void theRowsNeverDependOnTheWhereClauseAndEachPredicateCostsItsListing() throws SQLException {
    String id = busiest();
    try (Connection c = connect(emulator, "")) {
      List<List<Object>> all = query(c, "SELECT " + COLUMNS + " FROM guardrail_details");
      assertEquals(versions.size(), all.size());
      assertEquals(Map.of("ListGuardrails", 1L + ids.size(), "GetGuardrail", (long) versions.size()), calls(),
          "the DRAFTs, each guardrail's versions, a Get per version");

      List<List<Object>> one = query(c, "SELECT " + COLUMNS + " FROM guardrail_details WHERE id = '" + id + "'");
      assertEquals(all.stream().filter(r -> r.get(0).equals(id)).toList(), one);
      assertEquals(Map.of("ListGuardrails", 1L, "GetGuardrail", (long) versionsOf(id).size()), calls(),
          "that guardrail's versions listed at once, a Get each");
      assertEquals(id, emulator.requests().get(0).param("guardrailIdentifier"));

      List<List<Object>> drafts = query(c, "SELECT " + COLUMNS + " FROM guardrail_details WHERE version = 'DRAFT'");
      assertEquals(all.stream().filter(r -> r.get(1).equals("DRAFT")).toList(), drafts);
      assertEquals(Map.of("ListGuardrails", 1L, "GetGuardrail", (long) ids.size()), calls(), "the plain listing");

      List<List<Object>> numbered = query(c, "SELECT " + COLUMNS + " FROM guardrail_details WHERE version <> 'DRAFT'");
      assertEquals(all.stream().filter(r -> !r.get(1).equals("DRAFT")).toList(), numbered);
      assertEquals(Map.of("ListGuardrails", 1L + ids.size(), "GetGuardrail", (long) versions.size()), calls(),
          "nothing to push: every version is read");
    }
  }

  @Test void bothKeyColumnsAreGetsOnly() throws SQLException {
    String id = busiest();
    try (Connection c = connect(emulator, "")) {
      List<List<Object>> rows = query(c, "SELECT " + COLUMNS + " FROM guardrail_details WHERE id = '" + id
          + "' AND version IN ('DRAFT', '1', '99')");
      assertEquals(List.of(List.of(id, "1"), List.of(id, "DRAFT")), rows.stream().map(r -> r.subList(0, 2)).toList());
      assertEquals(Map.of("GetGuardrail", 3L), calls(), "one Get per (id, version), the missing one a 404");
      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM guardrail_details WHERE id = '" + id
          + "' AND version = 'DRAFT'").get(0).get(0).toString();
      assertTrue(plan.contains("GetGuardrail{guardrailIdentifier=" + id + ", guardrailVersion=DRAFT}"), plan);
      // A version the API's pattern rejects is sent to no Get: the listing answers, and nothing matches.
      assertEquals(List.of(), query(c, "SELECT id FROM guardrail_details WHERE id = '" + id + "' AND version = 'v1'"));
      assertEquals(Map.of("ListGuardrails", 1L, "GetGuardrail", (long) versionsOf(id).size()), calls());
    }
  }

  @Test void aJoinOnBothKeyColumnsIsAGetPerJoinedRow() throws SQLException {
    String sql = "SELECT g.name, d.version, d.kms_key_arn, d.content_policy FROM guardrails g JOIN guardrail_details d "
        + "ON d.version = g.version AND d.id = g.id WHERE g.version <> 'DRAFT'";
    List<List<Object>> reference;
    try (Connection c = connect(emulator, "pushdown=false")) {
      reference = query(c, sql);
    }
    long numbered = versions.stream().filter(v -> !v.get("version").asText().equals("DRAFT")).count();
    assertEquals(numbered, reference.size());
    try (Connection c = connect(emulator, "")) {
      assertEquals(reference, query(c, sql));
      assertEquals(Map.of("ListGuardrails", 1L + ids.size(), "GetGuardrail", numbered), calls(),
          "guardrails' expanded listing, then a Get per joined row");
      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("GetGuardrail per row of id, version"), plan);
    }
  }

  @Test void aJoinOnTheIdAloneIsRightButReadsEveryVersion() throws SQLException {
    String id = busiest();
    String sql = "SELECT g.version, d.version FROM guardrails g JOIN guardrail_details d ON d.id = g.id "
        + "WHERE g.id = '" + id + "'";
    List<List<Object>> reference;
    try (Connection c = connect(emulator, "pushdown=false")) {
      reference = query(c, sql);
    }
    int n = versionsOf(id).size();
    assertEquals(n * n, reference.size(), "each version of the guardrail with each");
    try (Connection c = connect(emulator, "")) {
      assertEquals(reference, query(c, sql));
      // No lookup join without the version: the details side is read whole.
      assertEquals(Map.of("ListGuardrails", 1L + 1L + ids.size(), "GetGuardrail", (long) versions.size()), calls());
    }
  }
}
