package dev.bedrockjdbc.fastpath;

import dev.bedrockjdbc.fastpath.SimpleSelect.Name;
import dev.bedrockjdbc.pushdown.Operand;
import dev.bedrockjdbc.scan.ApiQuery;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.schema.BedrockSchema;
import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.sql.type.SqlTypeName;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The signature Calcite's own prepare would give a {@link SimpleSelect} — the same columns and column
 * metadata, the same {@link ApiQuery} (so the same API requests), the same OFFSET/LIMIT on top — built
 * without parsing, validation, planning or code generation. Null when the query does not resolve exactly as
 * Calcite would resolve it with the driver's default lexical settings; Calcite then prepares it.
 */
final class SimpleSelectSignature {
  private SimpleSelectSignature() {
  }

  static CalcitePrepare.CalciteSignature<Object> of(CalcitePrepare.Context context, String sql) {
    if (!hasDriverLexicalSettings(context.config())) {
      return null;
    }
    SimpleSelect select = SimpleSelectParser.parse(sql).orElse(null);
    BedrockTable table = select == null ? null : table(context, select.table());
    if (table == null) {
      return null;
    }
    TableSpec spec = table.spec();
    List<Integer> columns = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (select.columns().isEmpty()) {
      for (int c = 0; c < spec.columns().size(); c++) {
        columns.add(c);
        labels.add(spec.column(c).name());
      }
    }
    Set<String> seen = new HashSet<>();
    for (Name n : select.columns()) {
      int c = spec.columnIgnoreCase(n.text());
      // Calcite renames a repeated label (model_name0); leave that to it.
      if (c < 0 || !seen.add(n.text().toLowerCase(Locale.ROOT))) {
        return null;
      }
      columns.add(c);
      labels.add(n.quoted() ? n.text() : n.text().toLowerCase(Locale.ROOT));
    }
    // The API sorts on one column only, if any; any other order needs Calcite's sort.
    if (select.orderBy() != null
        && (spec.sort() == null || spec.columnIgnoreCase(select.orderBy().text()) != spec.sort().column())) {
      return null;
    }
    ApiQuery query = query(table, columns, select);
    int offset = select.offset();
    int fetch = select.fetch();
    Bindable<Object> bindable = root -> {
      // As Calcite's plan does: the scan returns offset + fetch rows, the limit on top skips and takes.
      Enumerable<Object> rows = table.query(root, query);
      if (offset > 0) {
        rows = rows.skip(offset);
      }
      return fetch >= 0 ? rows.take(fetch) : rows;
    };
    RelDataTypeSystem typeSystem = context.getTypeFactory().getTypeSystem();
    List<ColumnMetaData> metaData = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      metaData.add(metaData(typeSystem, i, labels.get(i), spec, spec.column(columns.get(i))));
    }
    // No row type: Calcite uses it only for nested (struct) results, and building one would initialise its
    // type system on a cold JVM (~50 ms of the first row).
    return new CalcitePrepare.CalciteSignature<>(sql, List.of(), Map.of(), null, metaData,
        Meta.CursorFactory.deduce(metaData, null), context.getRootSchema(), List.of(), -1, bindable,
        Meta.StatementType.SELECT);
  }

  /** The names below resolve as the driver's defaults (BedrockDriver) make Calcite resolve them. */
  private static boolean hasDriverLexicalSettings(CalciteConnectionConfig config) {
    return config.quoting() == Quoting.DOUBLE_QUOTE && config.unquotedCasing() == Casing.TO_LOWER
        && config.quotedCasing() == Casing.UNCHANGED && !config.caseSensitive()
        && config.parserFactory(Object.class, null) == null;
  }

  private static BedrockTable table(CalcitePrepare.Context context, List<Name> name) {
    Name table = name.get(name.size() - 1);
    List<String> schemaPath = name.size() == 2 ? List.of(name.get(0).text()) : context.getDefaultSchemaPath();
    if (schemaPath.size() != 1 || !schemaPath.get(0).equalsIgnoreCase(BedrockSchema.NAME)) {
      return null;
    }
    BedrockSchema bedrock = BedrockSchema.in(context.getRootSchema());
    return bedrock != null && bedrock.fastPath() ? bedrock.table(table.text().toLowerCase(Locale.ROOT)) : null;
  }

  /** The scan's request, as the pushdown rules build it for the same query (no filter: the limit caps). */
  private static ApiQuery query(BedrockTable table, List<Integer> columns, SimpleSelect select) {
    int[] fields = columns.stream().mapToInt(Integer::intValue).toArray();
    ApiQuery query = ApiQuery.all(table.spec(), fields, table.pageSize());
    if (select.orderBy() == null && select.fetch() < 0) {
      return query;
    }
    return query.withSortAndLimit(select.orderBy() == null ? null : select.descending(),
        select.offset() < 0 ? null : new Operand.Literal((long) select.offset()),
        select.fetch() < 0 ? null : new Operand.Literal((long) select.fetch()), true);
  }

  /**
   * Column metadata exactly as CalcitePrepareImpl.metaData builds it for a table column (FastPathTest compares
   * the two), from the column's declaration rather than a RelDataType.
   */
  private static ColumnMetaData metaData(RelDataTypeSystem typeSystem, int ordinal, String label, TableSpec table,
      ColumnSpec column) {
    SqlTypeName type = column.type();
    // As Calcite's own metadata: an unspecified precision (an unbounded VARCHAR) is a display size of -1 and a
    // precision of 0.
    int precision = column.precision(typeSystem);
    ColumnMetaData.AvaticaType avaticaType = ColumnMetaData.scalar(type.getJdbcOrdinal(), type.getName(),
        ColumnMetaData.Rep.of(column.javaClass()));
    return new ColumnMetaData(ordinal, false, true, false, false,
        column.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, true,
        precision, label, column.name(), BedrockSchema.NAME, Math.max(precision, 0), 0, table.name(), null,
        avaticaType, true, false, false, avaticaType.columnClassName());
  }
}
