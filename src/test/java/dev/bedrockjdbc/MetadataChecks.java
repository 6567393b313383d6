package dev.bedrockjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeMap;

/**
 * What a database tool's navigator and table editor read about each table of {@link Tables#all()}, asserted from the
 * table's description: embedded and through the query server alike.
 */
public final class MetadataChecks {
  private MetadataChecks() {
  }

  /** The table's name as a pattern with its {@code _} escaped, as DBeaver sends it. */
  public static String escaped(DatabaseMetaData md, TableSpec table) throws SQLException {
    return table.name().replace("_", md.getSearchStringEscape() + "_");
  }

  /**
   * getTables lists the table once, with its remarks; getColumns gives its columns in order, each with a plain
   * TYPE_NAME (no precision in it), its JDBC type, a positive COLUMN_SIZE, its nullability and its remarks.
   */
  public static void assertDescribed(DatabaseMetaData md, TableSpec table) throws SQLException {
    String pattern = escaped(md, table);
    try (ResultSet t = md.getTables(null, "bedrock", pattern, null)) {
      assertTrue(t.next(), table.name());
      assertEquals(table.name(), t.getString("TABLE_NAME"));
      assertEquals("TABLE", t.getString("TABLE_TYPE"));
      assertEquals(table.remarks(), t.getString("REMARKS"), table.name());
      assertFalse(t.next(), "one table matches " + pattern);
    }
    try (ResultSet cols = md.getColumns(null, "bedrock", pattern, "%")) {
      int n = 0;
      while (cols.next()) {
        ColumnSpec col = table.column(n++);
        String where = table.name() + "." + col.name();
        assertEquals(table.name(), cols.getString("TABLE_NAME"));
        assertEquals(col.name(), cols.getString("COLUMN_NAME"), where);
        assertEquals(col.type().getName(), cols.getString("TYPE_NAME"), where);
        assertEquals(col.type().getJdbcOrdinal(), cols.getInt("DATA_TYPE"), where);
        assertTrue(cols.getInt("COLUMN_SIZE") > 0, where + " COLUMN_SIZE " + cols.getInt("COLUMN_SIZE"));
        assertEquals(col.nullable() ? "YES" : "NO", cols.getString("IS_NULLABLE"), where);
        assertEquals(col.remarks(), cols.getString("REMARKS"), where);
        assertEquals(n, cols.getInt("ORDINAL_POSITION"), where);
      }
      assertEquals(table.columns().size(), n, table.name());
    }
  }

  /** getPrimaryKeys names the table's key columns, KEY_SEQ in the key's order. */
  public static void assertKeyed(DatabaseMetaData md, TableSpec table) throws SQLException {
    TreeMap<Integer, String> bySeq = new TreeMap<>();
    try (ResultSet keys = md.getPrimaryKeys(null, "bedrock", table.name())) {
      while (keys.next()) {
        assertEquals(table.name(), keys.getString("TABLE_NAME"));
        assertEquals(null, bySeq.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME")), table.name());
      }
    }
    assertEquals(table.keyColumns().stream().map(k -> table.column(k).name()).toList(), List.copyOf(bySeq.values()),
        table.name());
    assertEquals(bySeq.size(), bySeq.isEmpty() ? 0 : bySeq.lastKey(), table.name() + ": KEY_SEQ counts from 1");
  }
}
