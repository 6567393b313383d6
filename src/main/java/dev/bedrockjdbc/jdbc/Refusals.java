package dev.bedrockjdbc.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;

/**
 * The driver's refusals of a call the application got wrong: a closed object, an index or label that names
 * nothing, a parameter without a value, a negative limit. Each is decided from what the driver knows (its
 * object's state, the column and parameter counts) before the call reaches Avatica, whose refusals carried no
 * SQLState; the message says what to do instead.
 */
final class Refusals {
  /** SQLStates of these refusals (README "Errors and retries"); 07009 and 22023 are {@link SqlErrors}'. */
  static final String NOT_IN_STATE = "55000";
  static final String UNBOUND_PARAMETER = "07001";

  private Refusals() {
  }

  static SQLException statementClosed() {
    return new SQLNonTransientException("The statement is closed; create a new one.", NOT_IN_STATE);
  }

  static SQLException resultSetClosed() {
    return new SQLNonTransientException("The result set is closed (closing its statement closes it too); run the "
        + "query again.", NOT_IN_STATE);
  }

  static SQLException noColumn(int column, int count) {
    return new SQLException("No column " + column + ": the result has " + count + " column" + (count == 1 ? "" : "s")
        + ", numbered from 1 (ResultSetMetaData.getColumnCount).", SqlErrors.INVALID_INDEX);
  }

  static SQLException noColumn(String label) {
    return new SQLException("No column labelled '" + label + "' in the result; check the labels in "
        + "ResultSetMetaData.getColumnLabel (case does not matter).", SqlErrors.INVALID_INDEX);
  }

  static SQLException noParameter(int index, int count) {
    return new SQLException("No parameter " + index + ": the statement has " + count + " parameter"
        + (count == 1 ? "" : "s") + " (its ? marks), numbered from 1.", SqlErrors.INVALID_INDEX);
  }

  static SQLException parametersInAPlainStatement(int count) {
    return new SQLException("The statement has " + count + " ? parameter" + (count == 1 ? "" : "s") + ", which a "
        + "plain Statement cannot bind: use Connection.prepareStatement and setXxx.", UNBOUND_PARAMETER);
  }

  static SQLException unbound(int index) {
    return new SQLException("Parameter " + index + " has no value; bind it with setXxx or setNull before executing.",
        UNBOUND_PARAMETER);
  }

  /** A limit or size setting: 0 ({@code zero}) or more. */
  static void requireNotNegative(String setting, long value, String zero) throws SQLDataException {
    if (value < 0) {
      throw new SQLDataException(setting + " must be 0 (" + zero + ") or more, not " + value + ".",
          SqlErrors.INVALID_VALUE);
    }
  }
}
