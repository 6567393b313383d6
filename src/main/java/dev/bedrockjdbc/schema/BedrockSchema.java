package dev.bedrockjdbc.schema;

import dev.bedrockjdbc.aws.Fleet;
import dev.bedrockjdbc.catalog.tables.Tables;

import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code bedrock} schema of one connection: its tables, and the regions and accounts they read. */
public final class BedrockSchema extends AbstractSchema implements AutoCloseable {
  public static final String NAME = "bedrock";

  private final Fleet fleet;
  private final Map<String, BedrockTable> tables;
  private final boolean fastPath;
  private final PlanCache plans = new PlanCache(64);

  /**
   * @param fastPath whether simple queries may skip Calcite's planner; never without pushdown (the fast path is
   *                 a pushdown too)
   */
  public BedrockSchema(Fleet fleet, ScanSettings settings, boolean fastPath) {
    this.fleet = fleet;
    Map<String, BedrockTable> byName = new LinkedHashMap<>();
    for (String name : Tables.names()) {
      byName.put(name, new BedrockTable(() -> Tables.named(name), fleet, settings));
    }
    this.tables = java.util.Collections.unmodifiableMap(byName);
    this.fastPath = fastPath && settings.pushdown();
  }

  /** The connection's bedrock schema under Calcite's root schema, or null where there is none. */
  public static BedrockSchema in(CalciteSchema root) {
    CalciteSchema schema = root.getSubSchema(NAME, true);
    return schema != null && schema.schema instanceof BedrockSchema bedrock ? bedrock : null;
  }

  /** The table of that name (exact, lower case), or null. */
  public BedrockTable table(String name) {
    return tables.get(name);
  }

  /** Whether simple queries may skip Calcite's planner (connection property fastPath). */
  public boolean fastPath() {
    return fastPath;
  }

  /** The plans this connection's statements prepared, for a new Statement that sends a text again. */
  public PlanCache plans() {
    return plans;
  }

  @Override protected Map<String, Table> getTableMap() {
    return java.util.Collections.unmodifiableMap(tables);
  }

  /** Whether the connection's API client can still make calls, known without making one. */
  public boolean isUsable() {
    return fleet.isUsable();
  }

  @Override public void close() {
    fleet.close();
  }
}
