package dev.bedrockjdbc.jdbc;

import java.sql.SQLException;

/**
 * Carries an already classified {@link SQLException} out of code that cannot throw checked exceptions
 * (Calcite's enumerators); the JDBC layer unwraps it, so the caller gets the SQLException itself.
 */
public final class QueryFailure extends RuntimeException {
  private final SQLException sqlException;

  public QueryFailure(SQLException sqlException) {
    super(sqlException.getMessage(), sqlException, false, false);
    this.sqlException = sqlException;
  }

  public SQLException sqlException() {
    return sqlException;
  }
}
