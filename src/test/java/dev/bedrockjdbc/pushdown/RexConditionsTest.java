package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.CustomModels;

import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.TimestampString;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Filter conditions as Calcite hands them to the rule, read as pushable conditions. */
class RexConditionsTest {
  final RelDataTypeFactory types = new JavaTypeFactoryImpl();
  final RexBuilder rex = new RexBuilder(types);
  final RelDataType varchar = types.createSqlType(SqlTypeName.VARCHAR, 64);
  /** The scan's columns in table order. */
  final int[] all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

  static final TableSpec T = CustomModels.TABLE;

  RexNode col(String name) {
    int c = T.column(name);
    RelDataType t = switch (T.column(c).type()) {
      case TIMESTAMP -> types.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case BOOLEAN -> types.createTypeWithNullability(types.createSqlType(SqlTypeName.BOOLEAN), true);
      default -> varchar;
    };
    return rex.makeInputRef(t, c);
  }

  RexNode str(String s) {
    return rex.makeLiteral(s);
  }

  List<String> read(RexNode condition) {
    return RexConditions.translate(T, rex, condition, all).stream().map(Condition::toString).toList();
  }

  @Test void comparisonsLikeAndBooleans() {
    RexNode ts = rex.makeTimestampLiteral(new TimestampString("2025-01-01 00:00:00"), 3);
    RexNode and = rex.makeCall(SqlStdOperatorTable.AND,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("model_status"), str("Active")),
        rex.makeCall(SqlStdOperatorTable.LESS_THAN, ts, col("creation_time")),
        rex.makeCall(SqlStdOperatorTable.LIKE, col("model_name"), str("%bot%")),
        rex.makeCall(SqlStdOperatorTable.NOT, col("is_owned")),
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("customization_type"), str("IMPORTED")));
    assertEquals(List.of("model_status = Active", "creation_time > 1735689600000", "model_name LIKE %bot%",
        "is_owned = false"), read(and), "the customization_type conjunct stays in Calcite only");
  }

  @Test void orOfEqualitiesOnOneColumnIsAnInList() {
    RexNode or = rex.makeCall(SqlStdOperatorTable.OR,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("model_status"), str("Active")),
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("model_status"), str("Failed")));
    assertEquals(List.of("model_status IN [Active, Failed]"), read(or));
    RexNode across = rex.makeCall(SqlStdOperatorTable.OR,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("model_status"), str("Active")),
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("model_name"), str("x")));
    assertEquals(List.of(), read(across), "an OR across columns is not pushed");
  }

  @Test void parametersAndNegationsAndIlike() {
    RexNode param = rex.makeCall(SqlStdOperatorTable.EQUALS, col("base_model_arn"),
        rex.makeDynamicParam(varchar, 2));
    assertEquals(List.of("base_model_arn = ?2"), read(param));
    assertEquals(List.of(), read(rex.makeCall(SqlStdOperatorTable.NOT,
        rex.makeCall(SqlStdOperatorTable.LIKE, col("model_name"), str("%a%")))), "NOT LIKE is not pushed");
    List<Condition> ilike = RexConditions.translate(T, rex,
        rex.makeCall(SqlLibraryOperators.ILIKE, col("model_name"), str("%a%")), all);
    assertFalse(ilike.get(0).caseSensitive());
    assertEquals(List.of(), read(rex.makeCall(SqlStdOperatorTable.GREATER_THAN, col("model_name"),
        str("m"))), "only creation_time has range parameters");
  }

  @Test void aFilterDropsNothingOnlyIfItIsExactlyWhatTheScanSends() {
    RexNode status = rex.makeCall(SqlStdOperatorTable.EQUALS, col("model_status"), str("Active"));
    List<Condition> sent = RexConditions.translate(T, rex, status, all);
    assertTrue(RexConditions.dropsNothing(T, rex, status, all, sent));
    assertFalse(RexConditions.dropsNothing(T, rex, status, all, List.of()), "the scan does not send it");
    RexNode name = rex.makeCall(SqlStdOperatorTable.AND, status,
        rex.makeCall(SqlStdOperatorTable.LIKE, col("model_name"), str("%a%")));
    assertFalse(RexConditions.dropsNothing(T, rex, name, all, RexConditions.translate(T, rex, name, all)));
    RexNode other = rex.makeCall(SqlStdOperatorTable.AND, status,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col("customization_type"), str("IMPORTED")));
    assertFalse(RexConditions.dropsNothing(T, rex, other, all, sent),
        "a conjunct merged in later, never pushed, may drop rows");
  }
}
