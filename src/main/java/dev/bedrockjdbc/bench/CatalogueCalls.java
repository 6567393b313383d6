package dev.bedrockjdbc.bench;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Figure 8: for a typical query of each table of the catalogue (a filtered, sorted, limited listing, a details
 * lookup, a join), the API calls it costs with pushdown next to the same query with {@code pushdown=false} (a full
 * listing of every table it reads, everything else in Calcite). Counts from the emulator's recorded requests, not
 * timings. A table without a query of its own here (one added since) gets a generic one: a key lookup for a
 * details table, the newest or first 10 rows for a list table.
 */
final class CatalogueCalls {
  /** One query: the table it stands for, what it asks, its SQL. */
  private record Query(String table, String label, String sql) {
  }

  private static final List<Query> TYPICAL = List.of(
      new Query("custom_models", "Active, newest 10", "SELECT model_name, creation_time FROM custom_models "
          + "WHERE model_status = 'Active' ORDER BY creation_time DESC LIMIT 10"),
      new Query("custom_model_details", "one model by ARN", "SELECT * FROM custom_model_details "
          + "WHERE model_arn = '${custom_models}'"),
      new Query("custom_model_details", "failed models JOIN details", "SELECT m.model_name, d.failure_message "
          + "FROM custom_models m JOIN custom_model_details d ON d.model_arn = m.model_arn "
          + "WHERE m.model_status = 'Failed' AND m.creation_time >= TIMESTAMP '2026-01-01 00:00:00'"),
      new Query("foundation_models", "fine-tunable", "SELECT model_id FROM foundation_models "
          + "WHERE customizations_supported LIKE '%\"FINE_TUNING\"%'"),
      new Query("model_customization_jobs", "failed, newest 10", "SELECT job_name, creation_time "
          + "FROM model_customization_jobs WHERE status = 'Failed' ORDER BY creation_time DESC LIMIT 10"),
      new Query("model_customization_jobs", "completed in 2026 JOIN details",
          "SELECT j.job_name, d.training_loss FROM model_customization_jobs j JOIN custom_model_details d "
          + "ON d.model_arn = j.custom_model_arn WHERE j.status = 'Completed' "
          + "AND j.creation_time >= TIMESTAMP '2026-06-01 00:00:00'"),
      new Query("provisioned_model_throughputs", "custom models JOIN throughput", "SELECT m.model_name, "
          + "p.model_units FROM custom_models m JOIN provisioned_model_throughputs p ON p.model_arn = m.model_arn"),
      new Query("imported_models", "newest 5", "SELECT model_name, model_architecture FROM imported_models "
          + "ORDER BY creation_time DESC LIMIT 5"),
      new Query("model_import_jobs", "imported models JOIN jobs", "SELECT m.model_name, j.job_name "
          + "FROM imported_models m JOIN model_import_jobs j ON m.model_arn = j.imported_model_arn"),
      new Query("model_copy_jobs", "failed copies", "SELECT target_model_name, failure_message FROM model_copy_jobs "
          + "WHERE status = 'Failed' ORDER BY creation_time DESC"),
      new Query("model_invocation_jobs", "in progress, newest 10", "SELECT job_name, processed_record_count "
          + "FROM model_invocation_jobs WHERE status = 'InProgress' ORDER BY submit_time DESC LIMIT 10"),
      new Query("evaluation_jobs", "completed model evaluations", "SELECT job_name FROM evaluation_jobs "
          + "WHERE application_type = 'ModelEvaluation' AND status = 'Completed'"),
      new Query("custom_model_deployments", "active, newest 10", "SELECT custom_model_deployment_name "
          + "FROM custom_model_deployments WHERE status = 'Active' ORDER BY created_at DESC LIMIT 10"),
      new Query("inference_profiles", "application profiles", "SELECT inference_profile_name FROM inference_profiles "
          + "WHERE type = 'APPLICATION'"),
      new Query("inference_profile_models", "JOIN foundation models", "SELECT p.inference_profile_id, f.model_name "
          + "FROM inference_profile_models p JOIN foundation_models f ON p.model_arn = f.model_arn"),
      new Query("guardrails", "DRAFTs and their state", "SELECT name, status FROM guardrails "
          + "WHERE version = 'DRAFT'"),
      new Query("guardrails", "every version", "SELECT name, version, status FROM guardrails"),
      new Query("prompt_routers", "your routers", "SELECT prompt_router_name FROM prompt_routers "
          + "WHERE type = 'custom'"));

  private final PrintStream out;

  CatalogueCalls(PrintStream out) {
    this.out = out;
  }

  void run() throws SQLException, IOException {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(42, 5000).start();
         Connection pushed = DriverManager.getConnection(RawSdk.url(emulator.endpoint(), ""));
         Connection reference = DriverManager.getConnection(RawSdk.url(emulator.endpoint(), "pushdown=false"))) {
      out.println("8. API calls per table: a typical query of each, with pushdown and with pushdown=false "
          + "(5,000 models, pageSize 1000; accountId set)");
      out.printf("%-37s %-34s %6s %8s %6s  %s%n", "table", "query", "rows", "pushdown", "false", "calls with pushdown");
      for (Query q : queries()) {
        String sql = q.sql();
        Matcher key = Pattern.compile("\\$\\{(\\w+)}").matcher(sql);
        while (key.find()) {
          sql = sql.replace(key.group(), firstKey(pushed, key.group(1)));
        }
        Run p = run(emulator, pushed, sql);
        Run r = run(emulator, reference, sql);
        out.printf("%-37s %-34s %6d %8d %6d  %s%s%s%n", q.table(), q.label(), p.rows, p.total(), r.total(), p.calls(),
            p.rows == r.rows ? "" : "  <-- rows differ from pushdown=false (" + r.rows + ")",
            p.total() <= r.total() ? "" : "  <-- more calls than pushdown=false");
      }
      out.println();
    }
  }

  /** The typical queries, and a generic one for every table that has none here. */
  private static List<Query> queries() {
    Set<String> covered = TYPICAL.stream().map(Query::table).collect(Collectors.toSet());
    List<Query> out = new ArrayList<>(TYPICAL);
    for (TableSpec t : Tables.all()) {
      if (covered.contains(t.name())) {
        continue;
      }
      if (t.parent() != null && t.children() == null && t.key() >= 0) {
        out.add(new Query(t.name(), "one row by " + t.column(t.key()).name(), "SELECT * FROM " + t.name()
            + " WHERE " + t.column(t.key()).name() + " = '${" + t.parent().name() + "}'"));
      } else {
        out.add(new Query(t.name(), t.sort() == null ? "first 10" : "newest 10", "SELECT * FROM " + t.name()
            + (t.sort() == null ? "" : " ORDER BY " + t.column(t.sort().column()).name() + " DESC") + " LIMIT 10"));
      }
    }
    return out;
  }

  /** The key of the first row the table lists (not counted). */
  private static String firstKey(Connection c, String table) throws SQLException {
    TableSpec t = Tables.all().stream().filter(x -> x.name().equals(table)).findFirst().orElseThrow();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT " + t.column(t.key()).name() + " FROM " + table + " LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The rows a query returned and the calls it sent, by operation. */
  private record Run(int rows, Map<String, Long> byOperation) {
    long total() {
      return byOperation.values().stream().mapToLong(Long::longValue).sum();
    }

    String calls() {
      return byOperation.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(" + "));
    }
  }

  private static Run run(BedrockEmulator emulator, Connection c, String sql) throws SQLException {
    emulator.clearRequests();
    int rows = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows++;
      }
    }
    Map<String, Long> calls = new LinkedHashMap<>();
    for (RecordedRequest r : emulator.requests()) {
      calls.merge(r.operation(), 1L, Long::sum);
    }
    return new Run(rows, calls);
  }
}
