package dev.bedrockjdbc.schema;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;


/**
 * The columns of {@code custom_models}: SQL type, the CustomModelSummary field each reads, and how a
 * value is produced in Calcite's internal representation (TIMESTAMP as UTC epoch milliseconds).
 */
public enum CustomModelColumn {
  MODEL_ARN(SqlTypeName.VARCHAR, 2048, false, "The Amazon Resource Name (ARN) of the custom model.") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.modelArn();
    }
  },
  MODEL_NAME(SqlTypeName.VARCHAR, 63, false, "The name of the custom model.") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.modelName();
    }
  },
  CREATION_TIME(SqlTypeName.TIMESTAMP, 3, false, "Creation time of the model (UTC, millisecond precision).") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      // Sub-millisecond digits are truncated: TIMESTAMP(3) is the column's precision.
      return s.creationTime() == null ? null : s.creationTime().toEpochMilli();
    }
  },
  BASE_MODEL_ARN(SqlTypeName.VARCHAR, 2048, true, "The base model Amazon Resource Name (ARN).") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.baseModelArn();
    }
  },
  BASE_MODEL_NAME(SqlTypeName.VARCHAR, 2048, true, "The base model name.") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.baseModelName();
    }
  },
  CUSTOMIZATION_TYPE(SqlTypeName.VARCHAR, 64, true, "Specifies whether to carry out continued pre-training of a "
      + "model or whether to fine-tune it (FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION, "
      + "REINFORCEMENT_FINE_TUNING, IMPORTED, or a newer value as sent).") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.customizationTypeAsString();
    }
  },
  OWNER_ACCOUNT_ID(SqlTypeName.VARCHAR, 12, true, "The unique identifier of the account that owns the model.") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.ownerAccountId();
    }
  },
  MODEL_STATUS(SqlTypeName.VARCHAR, 32, true, "The current status of the custom model (Active, Creating, Failed).") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.modelStatusAsString();
    }
  },
  IS_OWNED(SqlTypeName.BOOLEAN, -1, true, "Whether the caller's account owns the model (false: shared with it).") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return c.isOwned(s.ownerAccountId());
    }
  },
  FOUNDATION_MODEL_ARN(SqlTypeName.VARCHAR, 2048, true, "The model's own foundation model, named by its ARN "
      + "(custom-model/<foundation model>/<id>): arn:<partition>:bedrock:<region>::foundation-model/<foundation model>; "
      + "NULL for imported models (custom-model/imported/<id>).") {
    @Override Object value(CustomModelSummary s, RowContext c) {
      return s.modelArn() == null ? null : foundationModelArn(s.modelArn());
    }
  };

  private static final String CUSTOM_MODEL = "custom-model/";

  /**
   * The foundation model a custom model's ARN names, {@code arn:P:bedrock:R:A:custom-model/F/ID} giving
   * {@code arn:P:bedrock:R::foundation-model/F}; null for an imported model or an ARN of another form. From
   * the row alone, so the value never depends on the query. By hand rather than by a pattern: it runs for
   * every row.
   */
  static String foundationModelArn(String modelArn) {
    int service = modelArn.indexOf(':', "arn:".length());
    if (!modelArn.startsWith("arn:") || service < 0 || !modelArn.startsWith(":bedrock:", service)) {
      return null;
    }
    int region = service + ":bedrock:".length();
    int account = modelArn.indexOf(':', region);
    int resource = account < 0 ? -1 : modelArn.indexOf(':', account + 1) + 1;
    if (resource <= 0 || !modelArn.startsWith(CUSTOM_MODEL, resource)) {
      return null;
    }
    int from = resource + CUSTOM_MODEL.length();
    int to = modelArn.indexOf('/', from);
    if (to <= from || modelArn.indexOf('/', to + 1) >= 0 || to == modelArn.length() - 1
        || modelArn.regionMatches(from, "imported/", 0, "imported/".length())) {
      return null;
    }
    return modelArn.substring(0, account) + "::foundation-model/" + modelArn.substring(from, to);
  }

  private final SqlTypeName type;
  private final int precision;
  private final boolean nullable;
  private final String remarks;

  CustomModelColumn(SqlTypeName type, int precision, boolean nullable, String remarks) {
    this.type = type;
    this.precision = precision;
    this.nullable = nullable;
    this.remarks = remarks;
  }

  /** The SQL name, as tools show it. */
  public String columnName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String remarks() {
    return remarks;
  }

  /** The column of that SQL name, or null. */
  public static CustomModelColumn named(String columnName) {
    for (CustomModelColumn c : values()) {
      if (c.columnName().equals(columnName)) {
        return c;
      }
    }
    return null;
  }

  RelDataType type(RelDataTypeFactory f) {
    RelDataType t = precision < 0 ? f.createSqlType(type) : f.createSqlType(type, precision);
    return f.createTypeWithNullability(t, nullable);
  }

  public SqlTypeName sqlType() {
    return type;
  }

  /** The declared precision, or the type system's default for the type (BOOLEAN). */
  public int precision(RelDataTypeSystem typeSystem) {
    return precision < 0 ? typeSystem.getDefaultPrecision(type) : precision;
  }

  public boolean isNullable() {
    return nullable;
  }

  /** The class of the values {@link #value} produces: Calcite's Java representation of the column's type. */
  public Class<?> javaClass() {
    return switch (type) {
      case TIMESTAMP -> nullable ? Long.class : long.class;
      case BOOLEAN -> nullable ? Boolean.class : boolean.class;
      default -> String.class;
    };
  }

  /** This column's value for one summary. */
  abstract Object value(CustomModelSummary s, RowContext c);

  static RelDataType rowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (CustomModelColumn c : values()) {
      b.add(c.columnName(), c.type(f));
    }
    return b.build();
  }

  /** Whether any of these column ordinals needs the caller's account. */
  static boolean needsAccount(int[] fields) {
    for (int f : fields) {
      if (f == IS_OWNED.ordinal()) {
        return true;
      }
    }
    return false;
  }
}
