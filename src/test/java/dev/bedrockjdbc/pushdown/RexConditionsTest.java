package dev.bedrockjdbc.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.schema.CustomModelColumn;

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

  RexNode col(CustomModelColumn c) {
    RelDataType t = switch (c) {
      case CREATION_TIME -> types.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case IS_OWNED -> types.createTypeWithNullability(types.createSqlType(SqlTypeName.BOOLEAN), true);
      default -> varchar;
    };
    return rex.makeInputRef(t, c.ordinal());
  }

  RexNode str(String s) {
    return rex.makeLiteral(s);
  }

  List<String> read(RexNode condition) {
    return RexConditions.translate(rex, condition, all).stream().map(Condition::toString).toList();
  }

  @Test void comparisonsLikeAndBooleans() {
    RexNode ts = rex.makeTimestampLiteral(new TimestampString("2025-01-01 00:00:00"), 3);
    RexNode and = rex.makeCall(SqlStdOperatorTable.AND,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.MODEL_STATUS), str("Active")),
        rex.makeCall(SqlStdOperatorTable.LESS_THAN, ts, col(CustomModelColumn.CREATION_TIME)),
        rex.makeCall(SqlStdOperatorTable.LIKE, col(CustomModelColumn.MODEL_NAME), str("%bot%")),
        rex.makeCall(SqlStdOperatorTable.NOT, col(CustomModelColumn.IS_OWNED)),
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.CUSTOMIZATION_TYPE), str("IMPORTED")));
    assertEquals(List.of("model_status = Active", "creation_time > 1735689600000", "model_name LIKE %bot%",
        "is_owned = false"), read(and), "the customization_type conjunct stays in Calcite only");
  }

  @Test void orOfEqualitiesOnOneColumnIsAnInList() {
    RexNode or = rex.makeCall(SqlStdOperatorTable.OR,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.MODEL_STATUS), str("Active")),
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.MODEL_STATUS), str("Failed")));
    assertEquals(List.of("model_status IN [Active, Failed]"), read(or));
    RexNode across = rex.makeCall(SqlStdOperatorTable.OR,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.MODEL_STATUS), str("Active")),
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.MODEL_NAME), str("x")));
    assertEquals(List.of(), read(across), "an OR across columns is not pushed");
  }

  @Test void parametersAndNegationsAndIlike() {
    RexNode param = rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.BASE_MODEL_ARN),
        rex.makeDynamicParam(varchar, 2));
    assertEquals(List.of("base_model_arn = ?2"), read(param));
    assertEquals(List.of(), read(rex.makeCall(SqlStdOperatorTable.NOT,
        rex.makeCall(SqlStdOperatorTable.LIKE, col(CustomModelColumn.MODEL_NAME), str("%a%")))), "NOT LIKE is not pushed");
    List<Condition> ilike = RexConditions.translate(rex,
        rex.makeCall(SqlLibraryOperators.ILIKE, col(CustomModelColumn.MODEL_NAME), str("%a%")), all);
    assertFalse(ilike.get(0).caseSensitive());
    assertEquals(List.of(), read(rex.makeCall(SqlStdOperatorTable.GREATER_THAN, col(CustomModelColumn.MODEL_NAME),
        str("m"))), "only creation_time has range parameters");
  }

  @Test void aFilterDropsNothingOnlyIfItIsExactlyWhatTheScanSends() {
    RexNode status = rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.MODEL_STATUS), str("Active"));
    List<Condition> sent = RexConditions.translate(rex, status, all);
    assertTrue(RexConditions.dropsNothing(rex, status, all, sent));
    assertFalse(RexConditions.dropsNothing(rex, status, all, List.of()), "the scan does not send it");
    RexNode name = rex.makeCall(SqlStdOperatorTable.AND, status,
        rex.makeCall(SqlStdOperatorTable.LIKE, col(CustomModelColumn.MODEL_NAME), str("%a%")));
    assertFalse(RexConditions.dropsNothing(rex, name, all, RexConditions.translate(rex, name, all)));
    RexNode other = rex.makeCall(SqlStdOperatorTable.AND, status,
        rex.makeCall(SqlStdOperatorTable.EQUALS, col(CustomModelColumn.CUSTOMIZATION_TYPE), str("IMPORTED")));
    assertFalse(RexConditions.dropsNothing(rex, other, all, sent),
        "a conjunct merged in later, never pushed, may drop rows");
  }
}
