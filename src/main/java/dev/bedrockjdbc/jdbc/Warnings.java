package dev.bedrockjdbc.jdbc;

import java.sql.SQLWarning;

/** The SQLWarning chain of one of the driver's connections or statements, oldest first. */
final class Warnings {
  private SQLWarning first;

  void add(String message) {
    add(new SQLWarning(message, "01000"));
  }

  /** Appends {@code w} and the warnings chained to it; null adds nothing. */
  void add(SQLWarning w) {
    if (first == null) {
      first = w;
    } else if (w != null) {
      first.setNextWarning(w);
    }
  }

  SQLWarning first() {
    return first;
  }

  void clear() {
    first = null;
  }
}
