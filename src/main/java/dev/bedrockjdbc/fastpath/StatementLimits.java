package dev.bedrockjdbc.fastpath;

import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;

import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLNonTransientException;

/**
 * The largest statement the driver plans. Beyond these sizes Calcite's planning and code generation take
 * seconds to minutes and then fail anyway (a 2,000-column SELECT or a 10,000-value IN list exceeds the JVM's
 * 64 KB method limit; 2,000 parameters take 20 s), so such a statement is refused before planning with
 * {@code 54000} and a message that names the limit. Row counts beyond int, which Calcite accepts but cannot
 * run, are refused here too ({@code 2201W}, {@code 2201X}).
 */
public final class StatementLimits {
  public static final int MAX_SQL_CHARS = 1 << 20;
  public static final int MAX_SELECT_ITEMS = 1_000;
  public static final int MAX_IN_VALUES = 1_000;
  public static final int MAX_PARAMETERS = 1_000;

  private StatementLimits() {
  }

  /** Before parsing. */
  public static void checkText(String sql) {
    if (sql.length() > MAX_SQL_CHARS) {
      throw tooLarge("The statement is " + sql.length() + " characters long; at most " + MAX_SQL_CHARS
          + " are planned. Shorten it");
    }
  }

  /** The parsed statement, before validation. */
  public static void check(SqlNode statement) {
    int[] parameters = {0};
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlCall call) {
        if (call instanceof SqlSelect select && select.getSelectList().size() > MAX_SELECT_ITEMS) {
          throw tooLarge("A SELECT lists " + select.getSelectList().size() + " columns; at most " + MAX_SELECT_ITEMS
              + " are planned. Select fewer columns");
        }
        if (call instanceof SqlOrderBy orderBy) {
          checkRowCounts(orderBy.offset, orderBy.fetch);
        } else if (call instanceof SqlSelect select) {
          checkRowCounts(select.getOffset(), select.getFetch());
        }
        if ((call.getKind() == SqlKind.IN || call.getKind() == SqlKind.NOT_IN)
            && call.operand(1) instanceof SqlNodeList values && values.size() > MAX_IN_VALUES) {
          throw tooLarge("An IN list holds " + values.size() + " values; at most " + MAX_IN_VALUES + " are planned. "
              + "Split it into several queries, or filter by a range or a pattern");
        }
        return super.visit(call);
      }

      @Override public Void visit(SqlDynamicParam param) {
        if (++parameters[0] > MAX_PARAMETERS) {
          throw tooLarge("The statement has more than " + MAX_PARAMETERS + " ? parameters; split it into several "
              + "queries");
        }
        return null;
      }
    });
  }

  /** Calcite plans row counts as 64-bit but runs them as int: a larger one would fail in code generation. */
  private static void checkRowCounts(SqlNode offset, SqlNode fetch) {
    if (beyondInt(fetch)) {
      throw new QueryFailure(new SQLDataException("LIMIT or FETCH takes at most " + Integer.MAX_VALUE + " rows; use a "
          + "smaller number, or leave LIMIT out to read every row.", SqlErrors.INVALID_FETCH));
    }
    if (beyondInt(offset)) {
      throw new QueryFailure(new SQLDataException("OFFSET takes at most " + Integer.MAX_VALUE + " rows; use a smaller "
          + "number.", SqlErrors.INVALID_OFFSET));
    }
  }

  private static boolean beyondInt(SqlNode count) {
    return count instanceof SqlNumericLiteral n && n.bigDecimalValue() != null
        && n.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0;
  }

  private static QueryFailure tooLarge(String message) {
    return new QueryFailure(new SQLNonTransientException(message + ".", SqlErrors.PROGRAM_LIMIT));
  }
}
