package dev.bedrockjdbc.driver;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The {@code key=value;...} text after {@code jdbc:bedrock:}, read by the rules of Avatica's
 * ConnectStringParser (values quoted with ' or ", a quote inside written twice, "==" for '=' in a key), with
 * two differences: a malformed text fails with a message that quotes none of it (Avatica's quotes the whole
 * URL, secrets included), and each value keeps its place in the text, so masking replaces exactly the parsed
 * secret however it was quoted. The only parser of a URL: Calcite is handed the parsed properties, not the URL.
 */
public final class ConnectString {
  /** A key that reads as a typed property name; anything else may be a value that lost its '='. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,31}");
  private static final int SHOWN_VALUE_MAX = 100;

  /** One {@code key=value}; {@code start}/{@code end} delimit the value's text, quotes included. */
  record Entry(String key, String value, int start, int end) {
  }

  private final String s;
  private final int offset;
  private int i;

  private ConnectString(String s, int offset) {
    this.s = s;
    this.offset = offset;
  }

  /** The properties of a URL over {@code info}; the URL's values win. */
  public static Properties properties(String url, Properties info) throws SQLException {
    Properties props = new Properties();
    if (info != null) {
      info.stringPropertyNames().forEach(k -> props.setProperty(k, info.getProperty(k)));
    }
    for (Entry e : entries(url)) {
      props.setProperty(e.key(), e.value());
    }
    return props;
  }

  /** The URL with the value of every secret property replaced by {@code ****}; a malformed URL's pairs are not shown. */
  public static String masked(String url) {
    if (url == null) {
      return null;
    }
    List<Entry> entries;
    try {
      entries = entries(url);
    } catch (SQLException e) {
      return BedrockDriver.PREFIX + "(malformed; not shown)";
    }
    StringBuilder sb = new StringBuilder(url);
    for (int k = entries.size() - 1; k >= 0; k--) { // from the end, so earlier places stay valid
      Entry e = entries.get(k);
      BedrockProperty p = BedrockProperty.of(e.key());
      if (p != null && p.isSecret()) {
        sb.replace(e.start(), e.end(), "****");
      }
    }
    return sb.toString();
  }

  /** The pairs of a {@code jdbc:bedrock:} URL, places counted from the start of the URL. */
  static List<Entry> entries(String url) throws SQLException {
    int offset = url.startsWith(BedrockDriver.PREFIX) ? BedrockDriver.PREFIX.length() : 0;
    return new ConnectString(url, offset).parse();
  }

  private List<Entry> parse() throws SQLException {
    List<Entry> out = new ArrayList<>();
    i = offset;
    while (i < s.length()) {
      int keyStart = i;
      String key = key();
      if (s.substring(keyStart).chars().allMatch(c -> c == ' ')) {
        break; // only spaces after the last ';' (Avatica fails there with StringIndexOutOfBoundsException)
      }
      if (i >= s.length() || s.charAt(i) == ';') {
        out.add(new Entry(key, "", i, i));
        i++;
        continue;
      }
      out.add(value(key));
    }
    return out;
  }

  /** Reads {@code key=}; "==" stands for a '=' in the key. At the end of the text, the key read so far. */
  private String key() {
    StringBuilder key = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c != '=') {
        key.append(c);
      } else if (i < s.length() && s.charAt(i) == '=') {
        key.append('=');
        i++;
      } else {
        break;
      }
    }
    return key.toString().trim();
  }

  private Entry value(String key) throws SQLException {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    if (i >= s.length()) {
      return new Entry(key, "", start, start);
    }
    char q = s.charAt(i);
    if (q != '\'' && q != '"') {
      int semi = s.indexOf(';', i);
      int end = semi < 0 ? s.length() : semi;
      i = end + 1;
      return new Entry(key, s.substring(start, end).trim(), start, end);
    }
    StringBuilder value = new StringBuilder();
    String quote = q == '\'' ? "single quote (')" : "double quote (\")";
    i++;
    while (true) {
      if (i >= s.length()) {
        throw ConnectionConfig.invalid("Malformed connection URL: the quoted value of " + shownKey(key)
            + " (character " + (start + 1) + ") has no closing " + quote + ". Close it; inside a quoted value write "
            + "the quote twice (password='it''s'). The URL is not shown because it may hold a secret.");
      }
      char c = s.charAt(i++);
      if (c != q) {
        value.append(c);
      } else if (i < s.length() && s.charAt(i) == q) {
        value.append(q);
        i++;
      } else {
        break;
      }
    }
    int end = i;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i < s.length() && s.charAt(i++) != ';') {
      throw ConnectionConfig.invalid("Malformed connection URL: text follows the closing " + quote + " of the value "
          + "of " + shownKey(key) + " (character " + i + "). Put ';' after the closing quote; inside a quoted value "
          + "write the quote twice (password='it''s'). The URL is not shown because it may hold a secret.");
    }
    return new Entry(key, value.toString(), start, end);
  }

  /**
   * A key as messages may show it: a known key, or a near miss of a valid one (a typo), quoted; anything else (a secret
   * that lost its '=' or was split by a ';', a value run into the next key) is described, not shown.
   */
  static String shownKey(String key) {
    boolean known = BedrockProperty.of(key) != null || EngineProperty.isCalciteKey(key);
    return known || nearestKey(key) != null ? "'" + key + "'"
        : "(a key not shown: it may hold a value; check for a missing '=' or ';')";
  }

  /** The valid key a mistyped one is within two edits of, or null; never for what may be a secret. */
  static String nearestKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (!PLAIN_KEY.matcher(key).matches() || lower.startsWith("password") || lower.startsWith("sessiontoken")) {
      return null;
    }
    String best = null;
    int bestDistance = 3;
    for (String valid : validKeys()) {
      int d = distance(lower, valid.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = valid;
        bestDistance = d;
      }
    }
    return best;
  }

  private static List<String> validKeys() {
    List<String> keys = new ArrayList<>();
    for (BedrockProperty p : BedrockProperty.values()) {
      keys.add(p.key());
    }
    for (EngineProperty p : EngineProperty.values()) {
      keys.add(p.key());
    }
    return keys;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * A value as messages may show it: quoted if it cannot have taken in a neighbouring property (no ';', '=' or
   * secret key name) and is short; otherwise described, not shown.
   */
  static String shownValue(String value) {
    return showable(value) ? "'" + value + "'"
        : "(not shown: it may have taken in the next property; check the ';' between properties)";
  }

  /** Whether a non-secret value may be shown: it cannot have taken in a neighbouring property. */
  static boolean showable(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return value.length() <= SHOWN_VALUE_MAX && !lower.contains(";") && !lower.contains("=")
        && !lower.contains("password") && !lower.contains("sessiontoken");
  }
}
