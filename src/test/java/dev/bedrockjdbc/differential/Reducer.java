package dev.bedrockjdbc.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing query (delta debugging on its text): replaces a parenthesized AND/OR by one side, drops
 * a NOT, a trailing ORDER BY or LIMIT, as long as the query still fails. Queries with {@code ?} are left as
 * they are, since a removed placeholder would shift the others' values.
 */
final class Reducer {
  private Reducer() {
  }

  static QueryGenerator.Query reduce(QueryGenerator.Query q, Predicate<QueryGenerator.Query> fails) {
    if (!q.params().isEmpty()) {
      return q;
    }
    QueryGenerator.Query current = q;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (String candidate : smaller(current.sql())) {
        boolean sorted = candidate.contains(" ORDER BY ");
        QueryGenerator.Query next = new QueryGenerator.Query(candidate, List.of(), current.maxRows(),
            current.ordered() && sorted, current.unlimited(), List.of(), current.scans(),
            sorted ? current.orderColumn() : null);
        if (fails.test(next)) {
          current = next;
          shrunk = true;
          break;
        }
      }
    }
    return current;
  }

  /** Every query one step smaller than {@code sql}. */
  static List<String> smaller(String sql) {
    List<String> out = new ArrayList<>();
    for (int open = sql.indexOf('('); open >= 0; open = sql.indexOf('(', open + 1)) {
      int close = matching(sql, open);
      if (close < 0) {
        continue;
      }
      String inside = sql.substring(open + 1, close);
      for (String op : List.of(" AND ", " OR ")) {
        int at = topLevel(inside, op);
        if (at >= 0) {
          out.add(sql.substring(0, open) + inside.substring(0, at) + sql.substring(close + 1));
          out.add(sql.substring(0, open) + inside.substring(at + op.length()) + sql.substring(close + 1));
        }
      }
      if (sql.startsWith("NOT ", Math.max(0, open - 4)) && open >= 4) {
        out.add(sql.substring(0, open - 4) + sql.substring(open));
      }
    }
    for (String tail : List.of(" LIMIT ", " OFFSET ", " ORDER BY ")) {
      int at = sql.lastIndexOf(tail);
      if (at > sql.lastIndexOf(')')) {
        out.add(sql.substring(0, at));
      }
    }
    return out;
  }

  private static int matching(String s, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where {@code op} occurs outside parentheses and quotes, or -1. */
  private static int topLevel(String s, String op) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && s.startsWith(op, i)) {
        return i;
      }
    }
    return -1;
  }
}
