package dev.bedrockjdbc.pushdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code nameContains} value implied by a LIKE pattern or an exact name: the longest literal run that
 * every matching name must contain and that the API accepts (1..63 characters of
 * {@code ([0-9a-zA-Z][_-]?){1,63}}). {@code %} and {@code _} are wildcards unless escaped.
 */
public final class NameContains {
  static final int MAX = 63;

  private NameContains() {
  }

  /** For {@code model_name LIKE pattern [ESCAPE escape]}; null when no run is acceptable. */
  public static String fromLike(String pattern, Character escape) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (escape != null && c == escape) {
        if (i + 1 >= pattern.length()) {
          return null; // malformed: SQL raises an error, so push nothing
        }
        run.append(pattern.charAt(++i));
      } else if (c == '%' || c == '_') {
        runs.add(run.toString());
        run.setLength(0);
      } else {
        run.append(c);
      }
    }
    runs.add(run.toString());
    String best = null;
    for (String r : runs) {
      String candidate = longestAccepted(r);
      if (candidate != null && (best == null || candidate.length() > best.length())) {
        best = candidate;
      }
    }
    return best;
  }

  /** For {@code model_name = name}. */
  public static String fromName(String name) {
    return longestAccepted(name);
  }

  /**
   * The longest substring the API's pattern accepts: starts with a letter or digit, has no two
   * separators ({@code _ -}) in a row, at most 63 characters. Any substring of a run works, since a name
   * that contains the run contains each of its substrings.
   */
  static String longestAccepted(String run) {
    String best = null;
    int start = 0;
    while (start < run.length()) {
      if (!isAlnum(run.charAt(start))) {
        start++;
        continue;
      }
      int end = start + 1;
      while (end < run.length() && end - start < MAX) {
        char c = run.charAt(end);
        boolean ok = isAlnum(c) || (isSeparator(c) && !isSeparator(run.charAt(end - 1)));
        if (!ok) {
          break;
        }
        end++;
      }
      if (best == null || end - start > best.length()) {
        best = run.substring(start, end);
      }
      start++;
    }
    return best;
  }

  /** Whether the API's case handling cannot matter: no letters. */
  static boolean caseless(String s) {
    return s.chars().noneMatch(Character::isLetter);
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-';
  }
}
