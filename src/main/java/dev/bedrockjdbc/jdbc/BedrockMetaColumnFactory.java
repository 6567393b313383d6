package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.avatica.MetaImpl.MetaColumn;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.schema.Table;
import org.apache.calcite.sql.type.SqlTypeName;

import java.sql.Types;

/**
 * Columns as DBeaver and report designers read them from {@code getColumns}: TYPE_NAME is the plain type
 * ({@code VARCHAR}, not Calcite's {@code VARCHAR(63) NOT NULL}), COLUMN_SIZE is a real size (23 for
 * TIMESTAMP(3), 1 for BOOLEAN, 10 for INTEGER), REMARKS describe the column in the API's words (calcite-notes 3.4).
 */
public final class BedrockMetaColumnFactory implements CalciteMetaColumnFactory {
  public static final BedrockMetaColumnFactory INSTANCE = new BedrockMetaColumnFactory();

  private BedrockMetaColumnFactory() {
  }

  @Override public MetaColumn createColumn(Table table, String tableCat, String tableSchem, String tableName,
      String columnName, int dataType, String typeName, Integer columnSize, Integer decimalDigits, int numPrecRadix,
      int nullable, Integer charOctetLength, int ordinalPosition, String isNullable) {
    int column = table instanceof BedrockTable t ? t.spec().column(columnName) : -1;
    ColumnSpec spec = column < 0 ? null : ((BedrockTable) table).spec().column(column);
    // A VARCHAR's size is the API's documented maximum, which Calcite's type leaves out (ColumnSpec#type).
    int precision = spec != null && dataType == Types.VARCHAR ? spec.precision()
        : columnSize == null ? -1 : columnSize;
    Integer size = switch (dataType) {
      case Types.TIMESTAMP -> precision > 0 ? 20 + precision : 19; // yyyy-mm-dd hh:mm:ss[.fff]
      case Types.BOOLEAN -> 1;
      // Calcite gives no precision for types that take none in SQL (INTEGER, BIGINT, DOUBLE): their digits in
      // base 10, the NUM_PREC_RADIX Calcite reports (10, 19, 15), not 0.
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE ->
          precision > 0 ? precision
              : RelDataTypeSystem.DEFAULT.getDefaultPrecision(SqlTypeName.getNameForJdbcType(dataType));
      default -> precision < 0 ? null : precision;
    };
    Integer digits = dataType == Types.TIMESTAMP ? Integer.valueOf(Math.max(precision, 0)) : decimalDigits;
    return new BedrockMetaColumn(tableCat, tableSchem, tableName, columnName, dataType, plainTypeName(typeName), size,
        digits, numPrecRadix, nullable, dataType == Types.VARCHAR ? size : null, ordinalPosition, isNullable,
        spec == null ? null : spec.remarks());
  }

  /** {@code VARCHAR(63) CHARACTER SET "UTF-8" NOT NULL} → {@code VARCHAR}. */
  static String plainTypeName(String full) {
    int end = full.length();
    for (char stop : new char[] {'(', ' '}) {
      int i = full.indexOf(stop);
      if (i > 0 && i < end) {
        end = i;
      }
    }
    return full.substring(0, end);
  }

  @Override public Class<? extends MetaColumn> getMetaColumnClass() {
    return BedrockMetaColumn.class;
  }

  /** Avatica's column row with REMARKS filled (Avatica reads the public fields by name). */
  public static final class BedrockMetaColumn extends MetaColumn {
    public final String remarks;

    BedrockMetaColumn(String tableCat, String tableSchem, String tableName, String columnName, int dataType,
        String typeName, Integer columnSize, Integer decimalDigits, int numPrecRadix, int nullable,
        Integer charOctetLength, int ordinalPosition, String isNullable, String remarks) {
      super(tableCat, tableSchem, tableName, columnName, dataType, typeName, columnSize, decimalDigits, numPrecRadix,
          nullable, charOctetLength, ordinalPosition, isNullable);
      this.remarks = remarks;
    }
  }
}
