package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.avatica.MetaImpl.MetaTable;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.schema.Table;

/** Tables as tools read them from {@code getTables}, with REMARKS that say what a table holds. */
public final class BedrockMetaTableFactory implements CalciteMetaTableFactory {
  public static final BedrockMetaTableFactory INSTANCE = new BedrockMetaTableFactory();

  private BedrockMetaTableFactory() {
  }

  @Override public MetaTable createTable(Table table, String tableCat, String tableSchem, String tableName) {
    return new BedrockMetaTable(table, tableCat, tableSchem, tableName,
        table instanceof BedrockTable t ? t.spec().remarks() : null);
  }

  @Override public Class<? extends MetaTable> getMetaTableClass() {
    return BedrockMetaTable.class;
  }

  /** Calcite's table row (getColumns needs it) with REMARKS filled. */
  public static final class BedrockMetaTable extends CalciteMetaImpl.CalciteMetaTable {
    public final String remarks;

    BedrockMetaTable(Table table, String tableCat, String tableSchem, String tableName, String remarks) {
      super(table, tableCat, tableSchem, tableName);
      this.remarks = remarks;
    }
  }
}
