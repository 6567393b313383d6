package dev.bedrockjdbc.jdbc;

import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Refuses statements that would change data or schema, before Calcite or the API sees them. */
final class ReadOnlyGuard {
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "CREATE", "DROP",
      "ALTER", "TRUNCATE", "GRANT", "REVOKE", "RENAME");
  /** Leading white space, comments and parentheses, then the first word. */
  private static final Pattern FIRST_WORD =
      Pattern.compile("\\A(?:\\s|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/|\\()*([A-Za-z]+)", Pattern.DOTALL);

  private ReadOnlyGuard() {
  }

  static void check(String sql) throws SQLFeatureNotSupportedException {
    if (sql == null) {
      return;
    }
    Matcher m = FIRST_WORD.matcher(sql);
    if (m.lookingAt() && WRITES.contains(m.group(1).toUpperCase(Locale.ROOT))) {
      throw new SQLFeatureNotSupportedException(m.group(1).toUpperCase(Locale.ROOT) + " is not supported: "
          + "bedrock-jdbc is read-only (it queries the Bedrock API and never changes anything). Use SELECT.",
          SqlErrors.NOT_SUPPORTED);
    }
  }
}
