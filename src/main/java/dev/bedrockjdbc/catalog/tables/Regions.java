package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code regions}: what the connection can reach, one row per account and region it reads, each probed with one
 * cheap call (ListCustomModels with maxResults=1) when the table is read. A failure is this table's answer, not the
 * query's: it is where a failing region shows what failed.
 */
public final class Regions {
  /** What one probe found. */
  public record Probe(String status, String message, long checkedAt) {
  }

  private static final ListCustomModelsRequest ONE = ListCustomModelsRequest.builder().maxResults(1).build();
  /** Not the region's failure but the query's own end (cancel, timeout, closed connection): it stops the query. */
  private static final Set<String> STOPS = Set.of(SqlErrors.CANCELED, SqlErrors.TIMEOUT, SqlErrors.CONNECTION_CLOSED);

  public static final TableSpec TABLE = TableSpec.builder("regions",
          "The connection's accounts and regions, each probed with one ListCustomModels call (maxResults=1) when "
              + "read: status ok, or failed with the message saying why.", Probe.class)
      .list(ListOperation.computed("ListCustomModels", Regions::probe))
      .column(column("status", 16, false, "ok, or failed (the call failed: see message).", Probe::status))
      .column(column("message", 4096, true, "Why the call failed (the driver's message for the error); null when ok.",
          Probe::message))
      .column(new ColumnSpec("checked_at", SqlTypeName.TIMESTAMP, 3, false, "When the probe's call returned (UTC).",
          (item, context) -> ((Probe) item).checkedAt()))
      .key(TableSpec.ACCOUNT_ID, TableSpec.REGION) // one row per account and region
      .build();

  private Regions() {
  }

  private static ColumnSpec column(String name, int precision, boolean nullable, String remarks,
      Function<Probe, String> value) {
    return new ColumnSpec(name, SqlTypeName.VARCHAR, precision, nullable, remarks,
        (item, context) -> value.apply((Probe) item));
  }

  private static Probe probe(BedrockApi api) {
    try {
      api.call("ListCustomModels", client -> client.listCustomModels(ONE));
      return new Probe("ok", null, System.currentTimeMillis());
    } catch (RuntimeException e) {
      SQLException why = SqlErrors.translate(e);
      if (STOPS.contains(why.getSQLState()) || Thread.currentThread().isInterrupted()) {
        throw e;
      }
      return new Probe("failed", why.getMessage(), System.currentTimeMillis());
    }
  }
}
