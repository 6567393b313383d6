package dev.bedrockjdbc.schema;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.aws.CallerAccount;

import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

import java.util.Map;

/** The {@code bedrock} schema of one connection: its tables, and the API client they share. */
public final class BedrockSchema extends AbstractSchema implements AutoCloseable {
  public static final String NAME = "bedrock";

  private final BedrockApi api;
  private final CustomModelsTable customModels;
  private final Map<String, Table> tables;
  private final boolean fastPath;

  /**
   * @param pushdown false: the planner pushes nothing (nor does the fast path, which is a pushdown too)
   */
  public BedrockSchema(BedrockApi api, String accountId, int pageSize, boolean prefetch, boolean fastPath,
      boolean pushdown) {
    this.api = api;
    this.customModels = new CustomModelsTable(api, new CallerAccount(api, accountId), pageSize, prefetch, pushdown);
    this.tables = Map.of(CustomModelsTable.NAME, customModels);
    this.fastPath = fastPath && pushdown;
  }

  public CustomModelsTable customModels() {
    return customModels;
  }

  /** Whether simple queries may skip Calcite's planner (connection property fastPath). */
  public boolean fastPath() {
    return fastPath;
  }

  @Override protected Map<String, Table> getTableMap() {
    return tables;
  }

  /** Whether the connection's API client can still make calls, known without making one. */
  public boolean isUsable() {
    return api.isUsable();
  }

  @Override public void close() {
    api.close();
  }
}
