package dev.bedrockjdbc.schema;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The joins people write across the catalogue: each returns the rows of an independent plan (the same query with
 * {@code pushdown=false}), has rows on the emulator's generated data, and costs no more than listing both sides
 * once, plus, with a details table, one Get per row its listed side lets through.
 */
class CatalogueJoinsTest {
  static BedrockEmulator emulator;
  /** The driver as configured by default, and the reference plan; the account given, so no lookup is counted. */
  static Connection pushed;
  static Connection reference;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(31, 150).start();
    pushed = connect(emulator, "accountId=" + emulator.callerAccount());
    reference = connect(emulator, "pushdown=false;accountId=" + emulator.callerAccount());
  }

  @AfterAll static void stop() throws SQLException {
    pushed.close();
    reference.close();
    emulator.close();
  }

  /** A query's rows and the calls it sent, by operation. */
  record Run(List<List<Object>> rows, Map<String, Long> calls) {
    long calls(String operation) {
      return calls.getOrDefault(operation, 0L);
    }
  }

  static Run run(Connection c, String sql) throws SQLException {
    emulator.clearRequests();
    List<List<Object>> rows = TestSupport.query(c, sql);
    return new Run(rows, TestSupport.callsByOperation(emulator));
  }

  /** What reading the whole table costs, as {@code SELECT *} with pushdown. */
  static Map<String, Long> listing(String table) throws SQLException {
    return run(pushed, "SELECT * FROM " + table).calls();
  }

  @SafeVarargs
  static Map<String, Long> sum(Map<String, Long>... costs) {
    Map<String, Long> out = new TreeMap<>();
    for (Map<String, Long> c : costs) {
      c.forEach((op, n) -> out.merge(op, n, Long::sum));
    }
    return out;
  }

  /** The rows as a multiset (a join's order is the plan's): each row's text, sorted. */
  static List<String> bag(List<List<Object>> rows) {
    return rows.stream().map(Object::toString).sorted().toList();
  }

  /** Runs the join with pushdown: the reference's rows, some of them; returns the run to count its calls. */
  static Run join(String sql) throws SQLException {
    List<List<Object>> expected = run(reference, sql).rows();
    Run got = run(pushed, sql);
    assertEquals(bag(expected), bag(got.rows()), sql);
    assertFalse(got.rows().isEmpty(), "the emulator's data has rows for " + sql);
    return got;
  }

  /** A count on the reference connection (what the data holds, independently of pushdown). */
  static long count(String sql) throws SQLException {
    return ((Number) TestSupport.query(reference, sql).get(0).get(0)).longValue();
  }

  static String plan(String sql) throws SQLException {
    return TestSupport.query(pushed, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
  }

  @Test void customModelsAndTheirProvisionedThroughput() throws SQLException {
    String sql = "SELECT m.model_name, p.provisioned_model_name, p.model_units, p.status FROM custom_models m "
        + "JOIN provisioned_model_throughputs p ON m.model_arn = p.model_arn";
    assertEquals(sum(listing("custom_models"), listing("provisioned_model_throughputs")), join(sql).calls(),
        "each side listed once");
    assertEquals(Map.of("ListCustomModels", 1L, "ListProvisionedModelThroughputs", 1L), join(sql).calls());
    // A filter on either side is still sent with its listing.
    Run inService = join(sql + " WHERE p.status = 'InService' AND m.model_status = 'Active'");
    assertEquals(Map.of("ListCustomModels", 1L, "ListProvisionedModelThroughputs", 1L), inService.calls());
    String plan = plan(sql + " WHERE p.status = 'InService' AND m.model_status = 'Active'");
    assertTrue(plan.contains("ListProvisionedModelThroughputs{statusEquals=InService")
        && plan.contains("ListCustomModels{modelStatus=Active"), plan);
  }

  @Test void customModelsAndTheirFoundationModel() throws SQLException {
    String sql = "SELECT m.model_name, f.model_name AS foundation_model, f.provider_name FROM custom_models m "
        + "JOIN foundation_models f ON m.foundation_model_arn = f.model_arn";
    Run r = join(sql);
    assertEquals(sum(listing("custom_models"), listing("foundation_models")), r.calls());
    assertEquals(Map.of("ListCustomModels", 1L, "ListFoundationModels", 1L), r.calls());
    assertEquals(count("SELECT COUNT(foundation_model_arn) FROM custom_models"), r.rows().size(),
        "every custom model's foundation model is listed");
  }

  @Test void importedModelsAndTheirImportJobs() throws SQLException {
    String sql = "SELECT m.model_name, m.model_architecture, j.job_name, j.status FROM imported_models m "
        + "JOIN model_import_jobs j ON m.model_arn = j.imported_model_arn";
    Run r = join(sql);
    assertEquals(Map.of("ListImportedModels", 1L, "ListModelImportJobs", 1L), r.calls());
    assertEquals(sum(listing("imported_models"), listing("model_import_jobs")), r.calls());
    assertEquals(count("SELECT COUNT(*) FROM imported_models"), r.rows().size(), "each imported model has its job");
  }

  @Test void inferenceProfileModelsAndTheirFoundationModel() throws SQLException {
    String sql = "SELECT p.inference_profile_name, p.type, f.model_name, f.provider_name "
        + "FROM inference_profile_models p JOIN foundation_models f ON p.model_arn = f.model_arn";
    Run r = join(sql);
    assertEquals(sum(listing("inference_profile_models"), listing("foundation_models")), r.calls());
    assertEquals(Map.of("ListInferenceProfiles", 2L, "ListFoundationModels", 1L), r.calls(),
        "the profiles listed once per type, as EXPLAIN says");
    assertTrue(plan(sql).contains("ListInferenceProfiles{type=SYSTEM_DEFINED, maxResults=1000}, "
        + "ListInferenceProfiles{type=APPLICATION, maxResults=1000}"), plan(sql));
    // Profiles route to the same model in other regions too: only this region's foundation models join.
    assertTrue(r.rows().size() < count("SELECT COUNT(*) FROM inference_profile_models"));
  }

  /**
   * The join as written on the job's ARN: the details table has no key predicate, so it is read as alone (its
   * parent listed, a Get per model), then hash-joined with the listed jobs. GetCustomModel takes only the model's
   * ARN, so a job ARN cannot choose which models to get.
   */
  @Test void customModelDetailsAndTheirCustomizationJobOnTheJobArn() throws SQLException {
    String sql = "SELECT d.model_arn, j.job_name, j.status, d.hyper_parameters, d.training_loss "
        + "FROM custom_model_details d JOIN model_customization_jobs j ON d.job_arn = j.job_arn";
    Run r = join(sql);
    assertEquals(sum(listing("custom_model_details"), listing("model_customization_jobs")), r.calls());
    long models = emulator.models().size();
    assertEquals(Map.of("ListCustomModels", 1L, "GetCustomModel", models, "ListModelCustomizationJobs", 1L),
        r.calls(), "one Get per custom model listed");
    assertEquals(count("SELECT COUNT(*) FROM model_customization_jobs WHERE custom_model_arn IS NOT NULL"),
        r.rows().size(), "each job that made a model joins that model's details");
    assertTrue(r.rows().stream().anyMatch(row -> row.get(4) != null), "finished training runs report a loss");
  }

  /**
   * The same join through the details table's key, so the listed side chooses what to get: the jobs listed (with
   * their filter), and one Get per job that survives it.
   */
  @Test void customizationJobsAndTheirModelsDetailsThroughTheKey() throws SQLException {
    String sql = "SELECT j.job_name, j.status, d.training_loss, d.hyper_parameters FROM model_customization_jobs j "
        + "JOIN custom_model_details d ON d.model_arn = j.custom_model_arn AND d.job_arn = j.job_arn "
        + "WHERE j.status = 'Completed'";
    Run r = join(sql);
    long completed = count("SELECT COUNT(custom_model_arn) FROM model_customization_jobs WHERE status = 'Completed'");
    assertEquals(Map.of("ListModelCustomizationJobs", 1L, "GetCustomModel", completed), r.calls());
    assertEquals(completed, r.rows().size());
    assertTrue(completed < emulator.models().size(), "fewer Gets than the job-ARN form");
    assertTrue(plan(sql).contains("GetCustomModel per row of custom_model_arn"), plan(sql));
  }

  /** Models, their details and their job, three tables: one Get per model the models' filter lets through. */
  @Test void failedModelsWithTheirDetailsAndJob() throws SQLException {
    String sql = "SELECT m.model_name, j.job_name, j.status, d.failure_message FROM custom_models m "
        + "JOIN custom_model_details d ON d.model_arn = m.model_arn "
        + "JOIN model_customization_jobs j ON j.job_arn = d.job_arn WHERE m.model_status = 'Failed'";
    Run r = join(sql);
    long failed = count("SELECT COUNT(*) FROM custom_models WHERE model_status = 'Failed'");
    assertEquals(Map.of("ListCustomModels", 1L, "GetCustomModel", failed, "ListModelCustomizationJobs", 1L),
        r.calls());
    assertTrue(r.rows().stream().allMatch(row -> "Failed".equals(row.get(2)) && row.get(3) != null),
        r.rows().toString());
  }

  /**
   * The import job through the imported model's details ({@code imported_model_details.job_arn}), once that table
   * is in the catalogue: listing both sides once plus one GetImportedModel per imported model.
   */
  @Test void importedModelDetailsAndTheirImportJob() throws SQLException {
    TableSpec details = Tables.all().stream().filter(t -> t.name().equals("imported_model_details")).findFirst()
        .orElse(null);
    Assumptions.assumeTrue(details != null && details.column("job_arn") >= 0, "imported_model_details is not here yet");
    String key = details.column(details.key()).name();
    String sql = "SELECT m.model_name, j.job_name, j.status FROM imported_models m "
        + "JOIN imported_model_details d ON d." + key + " = m.model_arn "
        + "JOIN model_import_jobs j ON j.job_arn = d.job_arn";
    Run r = join(sql);
    long imported = count("SELECT COUNT(*) FROM imported_models");
    assertEquals(imported, r.rows().size());
    assertEquals(Map.of("ListImportedModels", 1L, details.lookup().get().name(), imported,
        "ListModelImportJobs", 1L), r.calls());
    String direct = "SELECT d.model_arn, j.job_name FROM imported_model_details d "
        + "JOIN model_import_jobs j ON d.job_arn = j.job_arn";
    assertEquals(sum(listing("imported_model_details"), listing("model_import_jobs")), join(direct).calls());
  }
}
