package dev.bedrockjdbc.catalog;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a table: its SQL name, type, nullability and remarks (in the API's words), and how its value
 * is read from an item the table's API returns, in Calcite's internal representation (TIMESTAMP as UTC epoch
 * milliseconds, structures and lists as JSON text).
 *
 * @param precision the declared precision, or -1 for the type system's default
 * @param source    where the value comes from, as the README lists it: the API member ({@code modelArn}, {@code
 *                  trainingDataConfig (JSON)}), or null for a value derived as the remarks say
 */
public record ColumnSpec(String name, SqlTypeName type, int precision, boolean nullable, String remarks,
    Value value, String source) {

  /** A derived column: its remarks say how its value is made. */
  public ColumnSpec(String name, SqlTypeName type, int precision, boolean nullable, String remarks, Value value) {
    this(name, type, precision, nullable, remarks, value, null);
  }

  /** How a column's value comes out of one item. */
  @FunctionalInterface
  public interface Value {
    Object read(Object item, RowContext context);
  }

  /** A column that is an API member as it is (wire name {@code member} of {@code itemClass}), typed from the SDK. */
  public static ColumnSpec member(Class<?> itemClass, String name, String member, int precision, boolean nullable,
      String remarks) {
    SdkField<?> f = SdkMembers.field(itemClass, member);
    Function<Object, Object> read = SdkMembers.reader(f);
    SqlTypeName type = SdkMembers.sqlType(f);
    boolean json = type == SqlTypeName.VARCHAR && f.marshallingType() != MarshallingType.STRING;
    return new ColumnSpec(name, type, type == SqlTypeName.TIMESTAMP ? 3 : precision, nullable, remarks,
        (item, context) -> read.apply(item), json ? member + " (JSON)" : member);
  }

  /**
   * A derived column that flattens one member nested in {@code itemClass}'s structures (wire names along
   * {@code path}), typed from the SDK; its remarks begin with the path ({@code trainingDataConfig.s3Uri: ...}).
   */
  public static ColumnSpec nested(Class<?> itemClass, String name, int precision, String remarks, String... path) {
    List<SdkField<?>> fields = SdkMembers.path(itemClass, path);
    SqlTypeName type = SdkMembers.sqlType(fields.get(fields.size() - 1));
    Function<Object, Object> read = SdkMembers.reader(fields);
    return new ColumnSpec(name, type, type == SqlTypeName.TIMESTAMP ? 3 : precision, true,
        String.join(".", path) + ": " + remarks, (item, context) -> read.apply(item));
  }

  /**
   * The column's type for Calcite. A VARCHAR is unbounded there, its declared size only what metadata reports
   * ({@code getColumns}' COLUMN_SIZE): Calcite types a {@code ?} compared with a column as the column, and casts
   * the bound value to that type, so against a VARCHAR(12) {@code '123456789012!'} would be cut to
   * {@code '123456789012'} and equal it.
   */
  public RelDataType type(RelDataTypeFactory f) {
    RelDataType t = sqlPrecision() < 0 ? f.createSqlType(type) : f.createSqlType(type, precision);
    return f.createTypeWithNullability(t, nullable);
  }

  /** The precision of the column's Calcite type, or the type system's default for it (BOOLEAN, INTEGER, VARCHAR). */
  public int precision(RelDataTypeSystem typeSystem) {
    return sqlPrecision() < 0 ? typeSystem.getDefaultPrecision(type) : precision;
  }

  private int sqlPrecision() {
    return type == SqlTypeName.VARCHAR ? -1 : precision;
  }

  /** The class of the values {@link #value} produces: Calcite's Java representation of the column's type. */
  public Class<?> javaClass() {
    return switch (type) {
      case TIMESTAMP, BIGINT -> nullable ? Long.class : long.class;
      case BOOLEAN -> nullable ? Boolean.class : boolean.class;
      case INTEGER -> nullable ? Integer.class : int.class;
      case DOUBLE -> nullable ? Double.class : double.class;
      default -> String.class;
    };
  }
}
