package dev.bedrockjdbc.fastpath;

import dev.bedrockjdbc.fastpath.SimpleSelect.Name;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises {@link SimpleSelect} queries. Deliberately narrow: anything else — a WHERE, an expression, an
 * alias, a comment, a parameter, a keyword it does not know — is "not simple" and goes to Calcite, which
 * also reports every error. Pure: no I/O, no Calcite classes (that is the point: a cold JVM answers a
 * simple query without loading the planner).
 */
public final class SimpleSelectParser {
  private enum Kind { WORD, QUOTED, NUMBER, SYMBOL }

  private record Token(Kind kind, String text) {
    boolean is(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED;
    }
  }

  private final List<Token> tokens;
  private int pos;

  private SimpleSelectParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The query, or empty when it is not one of the simple shapes. */
  public static Optional<SimpleSelect> parse(String sql) {
    List<Token> tokens = tokenize(sql);
    return tokens == null ? Optional.empty() : Optional.ofNullable(new SimpleSelectParser(tokens).select());
  }

  private SimpleSelect select() {
    if (!keyword("SELECT")) {
      return null;
    }
    List<Name> columns = new ArrayList<>();
    if (!symbol('*')) {
      do {
        Name column = name();
        if (column == null) {
          return null;
        }
        columns.add(column);
      } while (symbol(','));
    }
    if (!keyword("FROM")) {
      return null;
    }
    List<Name> table = new ArrayList<>();
    do {
      Name part = name();
      if (part == null) {
        return null;
      }
      table.add(part);
    } while (table.size() < 2 && symbol('.'));
    Name orderBy = null;
    boolean descending = false;
    if (keyword("ORDER")) {
      if (!keyword("BY") || (orderBy = name()) == null) {
        return null;
      }
      descending = keyword("DESC");
      if (!descending) {
        keyword("ASC");
      }
    }
    int offset = -1;
    int fetch = -1;
    if (keyword("LIMIT")) {
      fetch = number();
      if (keyword("OFFSET")) {
        offset = number();
      }
    } else {
      if (keyword("OFFSET")) {
        offset = number();
        if (!keyword("ROWS")) {
          keyword("ROW");
        }
      }
      if (keyword("FETCH")) {
        if (!keyword("FIRST") && !keyword("NEXT")) {
          return null;
        }
        fetch = number();
        if ((!keyword("ROWS") && !keyword("ROW")) || !keyword("ONLY")) {
          return null;
        }
      }
    }
    boolean badNumber = (offset == Integer.MIN_VALUE || fetch == Integer.MIN_VALUE);
    return badNumber || pos != tokens.size() ? null
        : new SimpleSelect(table, columns, orderBy, descending, offset, fetch);
  }

  private boolean keyword(String keyword) {
    if (pos < tokens.size() && tokens.get(pos).is(keyword)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean symbol(char c) {
    if (pos < tokens.size() && tokens.get(pos).isSymbol(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private Name name() {
    if (pos >= tokens.size() || !tokens.get(pos).isName()) {
      return null;
    }
    Token t = tokens.get(pos++);
    return new Name(t.text, t.kind == Kind.QUOTED);
  }

  /** An unsigned integer that fits an int, or Integer.MIN_VALUE. */
  private int number() {
    if (pos >= tokens.size() || tokens.get(pos).kind != Kind.NUMBER) {
      return Integer.MIN_VALUE;
    }
    String digits = tokens.get(pos++).text;
    return digits.length() > 9 ? Integer.MIN_VALUE : Integer.parseInt(digits);
  }

  /**
   * Splits the text into words, "quoted" names, unsigned integers and the symbols {@code * , .}; null for
   * anything else (strings, operators, comments, parameters, semicolons, non-ASCII names), which the
   * simple grammar never contains.
   */
  private static List<Token> tokenize(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (isWordStart(c)) {
        int start = i;
        while (i < n && isWordPart(sql.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.WORD, sql.substring(start, i)));
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && sql.charAt(i) >= '0' && sql.charAt(i) <= '9') {
          i++;
        }
        if (i < n && (isWordPart(sql.charAt(i)) || sql.charAt(i) == '.')) {
          return null; // 5e3, 5.0, 5abc
        }
        out.add(new Token(Kind.NUMBER, sql.substring(start, i)));
      } else if (c == '"') {
        StringBuilder text = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            return null;
          }
          char q = sql.charAt(i++);
          if (q == '"') {
            if (i < n && sql.charAt(i) == '"') {
              text.append('"');
              i++;
            } else {
              break;
            }
          } else {
            text.append(q);
          }
        }
        if (text.isEmpty()) {
          return null;
        }
        out.add(new Token(Kind.QUOTED, text.toString()));
      } else if (c == '*' || c == ',' || c == '.') {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      } else {
        return null;
      }
    }
    return out;
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
  }
}
