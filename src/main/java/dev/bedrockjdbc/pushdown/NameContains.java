package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.catalog.FilterSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The substring parameter ({@code nameContains}) implied by a LIKE pattern or an exact name: the longest
 * literal run that every matching name must contain and that the API accepts (the filter's pattern, matched
 * in full, within its length bound). {@code %} and {@code _} are wildcards unless escaped.
 */
public final class NameContains {
  /**
   * Runs are searched in their first this many characters: any substring of a run is a valid pre-filter, and
   * it bounds the pattern matching a megabyte-long LIKE could cost.
   */
  static final int SEARCHED = 1024;

  private NameContains() {
  }

  /** For {@code column LIKE pattern [ESCAPE escape]}; null when no run is acceptable. */
  public static String fromLike(FilterSpec.Contains filter, String pattern, Character escape) {
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
      String candidate = longestAccepted(filter, r);
      if (candidate != null && (best == null || candidate.length() > best.length())) {
        best = candidate;
      }
    }
    return best;
  }

  /** For {@code column = name}. */
  public static String fromName(FilterSpec.Contains filter, String name) {
    return longestAccepted(filter, name);
  }

  /**
   * The longest substring the API accepts (the first of equal length). Any substring of a run works, since a
   * name that contains the run contains each of its substrings.
   */
  static String longestAccepted(FilterSpec.Contains filter, String run) {
    String searched = run.length() > SEARCHED ? run.substring(0, SEARCHED) : run;
    Matcher m = filter.accepted().matcher(searched);
    String best = null;
    for (int start = 0; start < searched.length(); start++) {
      int longest = Math.min(filter.maxLength(), searched.length() - start);
      if (best != null && longest <= best.length()) {
        break; // later starts can only be shorter
      }
      for (int end = start + longest; end > start && (best == null || end - start > best.length()); end--) {
        if (m.region(start, end).matches()) {
          best = searched.substring(start, end);
          break;
        }
      }
    }
    return best;
  }

  /** Whether the API's case handling cannot matter: no letters. */
  static boolean caseless(String s) {
    return s.chars().noneMatch(Character::isLetter);
  }
}
