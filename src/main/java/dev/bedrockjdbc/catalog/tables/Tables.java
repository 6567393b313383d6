package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.TableSpec;

import java.util.List;

/** Every table of the {@code bedrock} schema, in the order metadata lists them. */
public final class Tables {
  public static final List<TableSpec> ALL = List.of(CustomModels.TABLE, CustomModelDetails.TABLE, Guardrails.TABLE);

  private Tables() {
  }
}
