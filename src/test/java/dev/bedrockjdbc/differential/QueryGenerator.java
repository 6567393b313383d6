package dev.bedrockjdbc.differential;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Random SQL over one table of the catalogue, read from its description and its data, in the dialect H2 and
 * Calcite share: predicates on every column with values drawn from that table's data (and values no row has,
 * or the API would reject), LIKE/ILIKE/ESCAPE, IN, NOT, OR, IS NULL, comparisons, BETWEEN, CASE, {@code ?}
 * parameters, in the shapes BI tools and views produce (subqueries, views, CTEs, UNION ALL, joins and
 * subqueries along the values one table shares with another's key, GROUP BY, ORDER BY with LIMIT/OFFSET/FETCH,
 * maxRows). Deterministic for a seed.
 */
final class QueryGenerator {
  /**
   * A generated query: its SQL, its {@code ?} values, maxRows (0: none), how its rows may be compared, the tables
   * it reads (one entry per scan), and the column of an ORDER BY that may leave ties (or null).
   */
  record Query(String sql, List<Object> params, int maxRows, boolean ordered, String unlimited,
      List<Object> unlimitedParams, List<String> scans, String orderColumn) {
    /** Whether a LIMIT, OFFSET or maxRows picks some of the rows of {@link #unlimited}. */
    boolean limited() {
      return unlimited != null;
    }

    /** Whether the query reads one table once (joins and subqueries read more). */
    boolean oneScan() {
      return scans.size() == 1;
    }
  }

  /** A string column whose values are also values of another table's (or the same table's other) key column. */
  record Link(String from, String fromColumn, String to, String toColumn) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  /** JSON scalars a LIKE pattern can quote as they are (no JSON escapes, no quote). */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 _.:/+-]{1,80}");

  /** What the generator reads of one table: its description, its columns by kind, their values in the data. */
  static final class Data {
    final TableSpec spec;
    final List<String> keys = new ArrayList<>();
    final List<String> strings = new ArrayList<>();
    final List<String> times = new ArrayList<>();
    final List<String> booleans = new ArrayList<>();
    final List<String> numbers = new ArrayList<>();
    final List<String> json = new ArrayList<>();
    /** Few distinct values: worth a GROUP BY. */
    final List<String> groupable = new ArrayList<>();
    /** Columns the API can filter on: drawn twice as often. */
    final Set<String> filtered = new HashSet<>();
    final Map<String, List<Object>> values = new LinkedHashMap<>();
    /** A JSON column's plain string scalars (list elements, member values). */
    final Map<String, List<String>> scalars = new LinkedHashMap<>();
    final String sortColumn;
    /** An ORDER BY that orders every row (the API's sort column first where it has one, then the key). */
    final String totalOrder;

    Data(TableSpec spec, CatalogueOracle.Table table) {
      this.spec = spec;
      for (int k : spec.keyColumns()) {
        keys.add(spec.column(k).name());
      }
      for (int i = 0; i < spec.columns().size(); i++) {
        ColumnSpec c = spec.column(i);
        String type = table.types().get(i);
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(table.rows().stream().map(r -> r.get(c.name()))
            .filter(Objects::nonNull).toList()));
        values.put(c.name(), distinct);
        if (spec.filter(i) != null) {
          filtered.add(c.name());
        }
        boolean isJson = c.source() != null && c.source().endsWith("(JSON)");
        if (isJson) {
          json.add(c.name());
          scalars.put(c.name(), scalars(distinct));
        } else if (type.startsWith("TIMESTAMP")) {
          times.add(c.name());
        } else if (type.equals("BOOLEAN")) {
          booleans.add(c.name());
        } else if (type.equals("BIGINT") || type.startsWith("DOUBLE")) {
          numbers.add(c.name());
        } else {
          strings.add(c.name());
        }
        if (!isJson && !distinct.isEmpty() && distinct.size() <= 12 && table.rows().size() > 2 * distinct.size()) {
          groupable.add(c.name());
        }
      }
      sortColumn = spec.sort() == null ? null : spec.column(spec.sort().column()).name();
      // Read from several accounts and regions, a resource's key is unique within one (a foundation model's ARN
      // is every account's in its region): where the data holds several, they are part of the key.
      for (String scope : List.of(TableSpec.ACCOUNT_ID, TableSpec.REGION)) {
        if (values.get(scope).size() > 1 && !keys.contains(scope)) {
          keys.add(scope);
        }
      }
      Set<List<Object>> seen = new HashSet<>();
      for (Map<String, Object> r : table.rows()) {
        if (!seen.add(keys.stream().map(r::get).toList())) {
          throw new IllegalStateException(spec.name() + ": the key " + keys + " is not unique in the data");
        }
      }
      totalOrder = " ORDER BY " + (sortColumn == null ? "" : sortColumn + " DESC, ") + String.join(", ", keys);
    }

    private static List<String> scalars(List<Object> jsonTexts) {
      Set<String> out = new LinkedHashSet<>();
      for (Object text : jsonTexts) {
        try {
          collect(JSON.readTree((String) text), out);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return new ArrayList<>(out);
    }

    private static void collect(JsonNode n, Set<String> out) {
      if (n.isTextual() && PLAIN.matcher(n.asText()).matches()) {
        out.add(n.asText());
      }
      n.forEach(e -> collect(e, out));
    }
  }

  private final Random r;
  private final Data table;
  private final Map<String, Data> all;
  private final List<Link> links;
  private List<Object> params;
  private boolean allowParams;
  private List<String> scans;

  /**
   * @param table the table the queries read first
   * @param all   every table's data by name (for joins and subqueries along {@code links})
   */
  QueryGenerator(long seed, Data table, Map<String, Data> all, List<Link> links) {
    this.r = new Random(seed);
    this.table = table;
    this.all = all;
    this.links = links;
  }

  /** Every link between two columns: a string column holding values of a key column elsewhere. */
  static List<Link> links(Map<String, Data> tables) {
    List<Link> out = new ArrayList<>();
    for (Data a : tables.values()) {
      for (String from : a.strings) {
        for (Data b : tables.values()) {
          if (b.keys.isEmpty()) {
            continue; // one row per account and region (model_invocation_logging): nothing refers to it
          }
          String key = b.keys.get(0);
          if (!b.strings.contains(key) || a == b && from.equals(key)) {
            continue;
          }
          Set<Object> common = new HashSet<>(a.values.get(from));
          common.retainAll(b.values.get(key));
          if (!common.isEmpty()) {
            out.add(new Link(a.spec.name(), from, b.spec.name(), key));
          }
        }
      }
    }
    return out;
  }

  Query next() {
    params = new ArrayList<>();
    scans = new ArrayList<>(List.of(name()));
    allowParams = false; // the projection comes first in the text, and its ? would precede the WHERE's
    String projection = r.nextInt(3) == 0 ? "*" : projection();
    allowParams = true;
    String p = predicate(table, 2);
    String t = name();
    String keys = String.join(", ", table.keys);
    return switch (r.nextInt(13)) {
      case 0, 1, 2 -> limitedOrNot("SELECT " + projection + " FROM " + t + " WHERE " + p);
      case 3 -> {
        // A view or a client's wrapper: filters, sorts and limits at each level.
        String inner = "SELECT * FROM " + t + " WHERE " + p + (r.nextBoolean() ? table.totalOrder + limit() : "");
        yield limitedOrNot("SELECT " + projection + " FROM (" + inner + ") t WHERE " + predicate(table, 1));
      }
      case 4 -> {
        String inner = "SELECT * FROM " + t + " WHERE " + p + (r.nextBoolean() ? partialOrder(partialOrderColumn()) : "");
        String outer = predicate(table, 1);
        yield limitedOrNot("SELECT " + projection + " FROM (SELECT * FROM (" + inner + ") a WHERE " + outer + ") b");
      }
      case 5 -> limitedOrNot("WITH w AS (SELECT * FROM " + t + " WHERE " + p + ") SELECT " + projection
          + " FROM w WHERE " + predicate(table, 1));
      case 6 -> {
        String columns = keys + (table.strings.isEmpty() ? "" : ", " + pick(table.strings));
        scans.add(t);
        yield unlimited("SELECT " + columns + " FROM " + t + " WHERE " + p + " UNION ALL SELECT " + columns
            + " FROM " + t + " WHERE " + predicate(table, 1));
      }
      case 7 -> join(p);
      case 8 -> {
        if (table.groupable.isEmpty()) {
          yield limitedOrNot("SELECT " + projection + " FROM " + t + " WHERE " + p);
        }
        String key = pick(table.groupable);
        String min = table.times.isEmpty() ? table.keys.get(0) : pick(table.times);
        String max = table.strings.isEmpty() ? table.keys.get(0) : pick(table.strings);
        yield unlimited("SELECT " + key + ", COUNT(*), MIN(" + min + "), MAX(" + max + ") FROM " + t + " WHERE " + p
            + " GROUP BY " + key + (r.nextBoolean() ? " HAVING COUNT(*) > " + r.nextInt(1 + values(key).size()) : ""));
      }
      case 9 -> inSubquery(p);
      case 10 -> exists(p);
      case 11 -> {
        // What a tool opens a table with, answered without Calcite's planner (the driver's fast path): no WHERE.
        params.clear();
        String sql = "SELECT " + projection + " FROM " + t;
        if (table.sortColumn != null && r.nextBoolean()) {
          String order = " ORDER BY " + table.sortColumn + (r.nextBoolean() ? " DESC" : "");
          List<Object> before = List.copyOf(params);
          yield new Query(sql + order + plainLimit(), params, 0, false, sql + order, before, List.copyOf(scans),
              table.sortColumn);
        }
        yield r.nextBoolean() ? unlimited(sql)
            : new Query(sql + plainLimit(), params, 0, false, sql, List.copyOf(params), List.copyOf(scans), null);
      }
      default -> {
        // Tools probing a query's columns, and outer limits around custom SQL.
        String inner = "SELECT " + projection + " FROM " + t + " WHERE " + p;
        yield r.nextBoolean()
            ? unlimited("SELECT * FROM (" + inner + ") t WHERE 1 = 0")
            : limitedOrNot("SELECT * FROM (" + inner + ") t");
      }
    };
  }

  /** A predicate without {@code ?}, for the TLP and NoREC identities. */
  String plainPredicate() {
    allowParams = false;
    return strip(predicate(table, 2));
  }

  private String name() {
    return table.spec.name();
  }

  /** A link from or to this table, or null. */
  private Link link() {
    List<Link> mine = links.stream().filter(l -> l.from().equals(name()) || l.to().equals(name())).toList();
    return mine.isEmpty() ? null : mine.get(r.nextInt(mine.size()));
  }

  /** Two tables joined along a link (a details table's key join is a lookup per joined row), or a self-join. */
  private Query join(String p) {
    Link l = link();
    Data a = l == null ? table : all.get(l.from());
    Data b = l == null ? table : all.get(l.to());
    String on = l == null ? String.join(" AND ", table.keys.stream().map(k -> "a." + k + " = b." + k).toList())
        : "a." + l.fromColumn() + " = b." + l.toColumn();
    int mark = params.size(); // p's values so far: a's predicate, first in the text, puts its values before them
    String pa = a == table ? p : predicate(a, 1);
    if (a != table) {
      List<Object> ps = new ArrayList<>(params.subList(mark, params.size()));
      ps.addAll(params.subList(0, mark));
      params.clear();
      params.addAll(ps);
    }
    String pb = b == table && a != table ? p : predicate(b, 1);
    scans = new ArrayList<>(List.of(a.spec.name(), b.spec.name()));
    // Outer joins too (a details table's lookup join must keep the rows without a match), and b's predicate in
    // the ON clause, where an outer join keeps the rows it rejects (only without ?, whose order it would change).
    String join = pick("JOIN", "JOIN", "LEFT JOIN", "RIGHT JOIN");
    boolean inOn = params.isEmpty() && r.nextInt(3) == 0;
    return unlimited("SELECT a." + a.keys.get(0) + ", b." + b.keys.get(0) + " FROM " + a.spec.name() + " a " + join
        + " " + b.spec.name() + " b ON " + on + (inOn ? " AND " + pb.replace("#", "b.") : "") + " WHERE "
        + pa.replace("#", "a.") + (inOn ? "" : " AND " + pb.replace("#", "b.")));
  }

  private Query inSubquery(String p) {
    Link l = link();
    if (l == null) {
      scans.add(name());
      return unlimited("SELECT " + table.keys.get(0) + " FROM " + name() + " WHERE " + p + " AND " + table.keys.get(0)
          + " IN (SELECT " + table.keys.get(0) + " FROM " + name() + " WHERE " + predicate(table, 1) + ")");
    }
    boolean outward = l.from().equals(name());
    Data other = all.get(outward ? l.to() : l.from());
    scans.add(other.spec.name());
    return unlimited("SELECT " + table.keys.get(0) + " FROM " + name() + " WHERE " + p + " AND "
        + (outward ? l.fromColumn() : l.toColumn()) + " IN (SELECT " + (outward ? l.toColumn() : l.fromColumn())
        + " FROM " + other.spec.name() + " WHERE " + predicate(other, 1) + ")");
  }

  private Query exists(String p) {
    Link l = link();
    boolean outward = l != null && l.from().equals(name());
    Data other = l == null ? table : all.get(outward ? l.to() : l.from());
    String mine = l == null ? table.keys.get(0) : outward ? l.fromColumn() : l.toColumn();
    String theirs = l == null ? table.keys.get(0) : outward ? l.toColumn() : l.fromColumn();
    scans.add(other.spec.name());
    return unlimited("SELECT " + table.keys.get(0) + " FROM " + name() + " m WHERE " + p.replace("#", "m.") + " AND "
        + (r.nextBoolean() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM " + other.spec.name() + " d WHERE d." + theirs
        + " = m." + mine + " AND " + predicate(other, 1).replace("#", "d.") + ")");
  }

  private Query unlimited(String sql) {
    return new Query(strip(sql), params, 0, false, null, null, List.copyOf(scans), null);
  }

  /**
   * Maybe sorted, maybe limited by LIMIT/OFFSET/FETCH or maxRows: under a total order (every projection here
   * has the key and the sort column) the rows must match in order; under a partial one or none, they need only
   * be the right number of valid rows.
   */
  private Query limitedOrNot(String sql) {
    int choice = r.nextInt(6);
    if (choice == 0) {
      return unlimited(sql);
    }
    boolean ordered = choice >= 3 || choice == 1 && r.nextBoolean();
    String partial = choice == 2 ? partialOrderColumn() : null;
    String order = ordered ? table.totalOrder : partial != null ? partialOrder(partial) : "";
    List<Object> before = List.copyOf(params);
    if (choice == 1) {
      return new Query(strip(sql + order), params, 1 + r.nextInt(15), ordered, strip(sql + order), before,
          List.copyOf(scans), null);
    }
    return new Query(strip(sql + order + limit()), params, 0, ordered, strip(sql + order), before,
        List.copyOf(scans), partial);
  }

  /**
   * A column whose order may leave ties and that every projection has: the API's sort column (the order it can
   * push), else the key's first column (a guardrail's id, a profile's ARN: ties where the key has two).
   */
  private String partialOrderColumn() {
    return table.sortColumn != null ? table.sortColumn : table.keys.get(0);
  }

  private String partialOrder(String column) {
    return " ORDER BY " + column + (r.nextBoolean() ? " DESC" : "") + " NULLS LAST";
  }

  /** The query without alias markers. */
  private static String strip(String sql) {
    return sql.replace("#", "");
  }

  /** A limit in the forms the fast path reads: no parameter. */
  private String plainLimit() {
    int n = r.nextInt(12);
    return r.nextBoolean() ? " LIMIT " + n + (r.nextBoolean() ? " OFFSET " + r.nextInt(20) : "")
        : " OFFSET " + r.nextInt(20) + " ROWS FETCH NEXT " + n + " ROWS ONLY";
  }

  private String limit() {
    int n = r.nextInt(12);
    return switch (r.nextInt(5)) {
      case 0 -> " LIMIT " + n + " OFFSET " + r.nextInt(30);
      case 1 -> " OFFSET " + r.nextInt(30) + " ROWS FETCH NEXT " + n + " ROWS ONLY";
      case 2 -> {
        params.add(r.nextBoolean() ? (Object) (long) n : (Object) n); // jOOQ binds a long, others an int
        yield " LIMIT ?";
      }
      default -> " LIMIT " + n;
    };
  }

  /** The key and the sort column (so that the total order is in the rows), some other columns, maybe a CASE. */
  private String projection() {
    List<String> cols = new ArrayList<>(table.keys);
    if (table.sortColumn != null) {
      cols.add(table.sortColumn);
    }
    for (ColumnSpec c : table.spec.columns()) {
      if (r.nextInt(3) == 0 && !cols.contains(c.name())) {
        cols.add(c.name());
      }
    }
    if (r.nextInt(5) == 0) {
      cols.add("CASE WHEN " + strip(atom(table)) + " THEN 1 ELSE 0 END AS flag");
    }
    return String.join(", ", cols);
  }

  /** A predicate; {@code #} marks where a table alias may go (joins, correlated subqueries). */
  private String predicate(Data t, int depth) {
    if (depth <= 0 || r.nextInt(3) == 0) {
      return atom(t);
    }
    return switch (r.nextInt(5)) {
      case 0 -> "NOT (" + predicate(t, depth - 1) + ")";
      case 1, 2 -> "(" + predicate(t, depth - 1) + " AND " + predicate(t, depth - 1) + ")";
      default -> "(" + predicate(t, depth - 1) + " OR " + predicate(t, depth - 1) + ")";
    };
  }

  /** One comparison on a column (the API's filter columns twice as often), or a CASE around one. */
  private String atom(Data t) {
    if (r.nextInt(16) == 0) {
      return caseAtom(t);
    }
    List<String> columns = new ArrayList<>();
    for (ColumnSpec c : t.spec.columns()) {
      columns.add(c.name());
      if (t.filtered.contains(c.name())) {
        columns.add(c.name());
      }
    }
    String c = pick(columns);
    if (t.times.contains(c)) {
      return timeAtom(t, c);
    } else if (t.booleans.contains(c)) {
      return booleanAtom("#" + c);
    } else if (t.numbers.contains(c)) {
      return numberAtom(t, c);
    } else if (t.json.contains(c)) {
      return jsonAtom(t, c);
    }
    return stringAtom(t, c);
  }

  private String booleanAtom(String b) {
    return switch (r.nextInt(7)) {
      case 0 -> b;
      case 1 -> "NOT " + b;
      case 2 -> b + " = FALSE";
      case 3 -> b + " IS NULL";
      case 4 -> b + " IS TRUE";
      case 5 -> b + " IS NOT FALSE";
      default -> b + " = " + (allowParams && r.nextBoolean() ? param(r.nextBoolean()) : "TRUE");
    };
  }

  /** No ? inside: Calcite cannot type a ? in a CASE condition (its validator's needToImplement, 0A000). */
  private String caseAtom(Data t) {
    boolean allowed = allowParams;
    allowParams = false;
    String sql = "CASE WHEN " + atom(t) + " THEN 1 ELSE 0 END = " + r.nextInt(2);
    allowParams = allowed;
    return sql;
  }

  private String stringAtom(Data t, String c) {
    String v = stringValue(t, c);
    String w = stringValue(t, c);
    String col = "#" + c;
    return switch (r.nextInt(18)) {
      case 0, 1 -> col + " = " + maybeParam(v);
      case 16 -> col + (r.nextBoolean() ? " NOT" : "") + " IN (" + quote(v) + ", NULL)";
      case 17 -> col + " IN (" + String.join(", ", manyValues(t, c)) + ")";
      case 2 -> col + " <> " + quote(v);
      case 3 -> col + " LIKE " + maybeParam(likePattern(v));
      case 4 -> col + " ILIKE " + quote(likePattern(v));
      case 5 -> col + " LIKE " + quote(escaped(v)) + " ESCAPE '!'";
      case 6 -> col + " IN (" + quote(v) + ", " + quote(w) + ", 'no-such')";
      case 7 -> col + " IN (" + quote(v) + ", " + quote(w) + ")";
      case 8 -> col + " IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL";
      case 9 -> "UPPER(" + col + ") LIKE " + quote("%" + part(v).toUpperCase() + "%");
      case 10 -> "CHAR_LENGTH(" + col + ") " + pick(">", "<", "=") + " " + Math.max(0, v.length() + r.nextInt(5) - 2);
      case 11 -> col + " " + pick("<", ">", "<=", ">=") + " " + quote(v);
      case 12 -> col + " NOT LIKE " + quote(likePattern(v));
      case 13 -> col + " NOT IN (" + quote(v) + ", " + quote(w) + ")";
      case 14 -> t.strings.size() > 1 ? col + " " + pick("=", "<>") + " #" + pick(t.strings) : col + " = " + quote(v);
      default -> col + " = " + quote(v.toLowerCase());
    };
  }

  /**
   * More values than the driver splits into request streams ({@code RequestPlanner.MAX_STREAMS}), more than
   * Calcite keeps as a list by default: quoted, from the column's data and elsewhere.
   */
  private List<String> manyValues(Data t, String c) {
    List<String> out = new ArrayList<>();
    int n = 18 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      out.add(quote(stringValue(t, c) + (i % 7 == 6 ? "-" + i : "")));
    }
    return out;
  }

  /**
   * A value of the column (most often), of another string column of the table, or one the API would reject
   * or that no row has: letter case changed, a character the API's pattern forbids, too long, empty, an ARN
   * of nothing.
   */
  private String stringValue(Data t, String c) {
    List<Object> own = t.values.get(c);
    int choice = r.nextInt(20);
    if (own.isEmpty() || choice == 0) {
      return pick("", "no-such", "arn:not-valid", "a".repeat(70), "arn:aws:bedrock:us-east-1:123456789012:custom-model/"
          + "amazon.nova-lite-v1:0/zzzzzzzzzzzz");
    }
    String v = (String) own.get(r.nextInt(own.size()));
    return switch (choice) {
      case 1 -> v.toLowerCase();
      case 2 -> v.toUpperCase();
      case 3 -> v + "!";
      case 4 -> v.replace('-', ' ');
      case 5 -> v.length() > 3 ? v.substring(0, v.length() - 3) + "zzz" : v;
      case 6 -> {
        String other = pick(t.strings);
        List<Object> theirs = t.values.get(other);
        yield theirs.isEmpty() ? v : (String) theirs.get(r.nextInt(theirs.size()));
      }
      default -> v;
    };
  }

  private String timeAtom(Data t, String c) {
    return switch (r.nextInt(10)) {
      case 0, 1, 2, 3 -> "#" + c + " " + pick(">", ">=", "<", "<=", "=", "<>") + " " + time(t, c);
      case 4, 5 -> time(t, c) + " " + pick(">", "<=") + " #" + c;
      case 6, 7 -> "#" + c + " BETWEEN " + time(t, c) + " AND " + time(t, c);
      case 8 -> "#" + c + " IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL";
      default -> "#" + c + " " + pick(">", "<") + " #" + pick(t.times);
    };
  }

  private String time(Data t, String c) {
    List<Object> own = t.values.get(r.nextInt(10) == 0 ? pick(t.times) : c);
    Instant at = own.isEmpty() ? Instant.parse("2025-01-01T00:00:00Z") : (Instant) own.get(r.nextInt(own.size()));
    Instant v = switch (r.nextInt(10)) {
      case 0 -> Instant.parse("9999-12-31T23:59:59Z");
      case 1 -> Instant.parse("1900-01-01T00:00:00Z");
      case 2 -> at.plusMillis(1);
      case 3 -> at.minusMillis(1);
      case 4 -> at.plusMillis(r.nextInt(3000) - 1500);
      default -> at;
    };
    if (allowParams && r.nextInt(4) == 0) {
      params.add(Timestamp.from(v));
      return "?";
    }
    return "TIMESTAMP '" + LITERAL.format(LocalDateTime.ofInstant(v, ZoneOffset.UTC)) + "'";
  }

  private String numberAtom(Data t, String c) {
    List<Object> own = t.values.get(c);
    Object at = own.isEmpty() ? (Object) 1L : own.get(r.nextInt(own.size()));
    String v = at instanceof Long n ? String.valueOf(n + r.nextInt(3) - 1) : String.valueOf(at);
    return switch (r.nextInt(6)) {
      case 0, 1 -> "#" + c + " " + pick(">", ">=", "<", "<=", "=", "<>") + " "
          + (allowParams && at instanceof Long && r.nextInt(4) == 0 ? param(Long.valueOf(v)) : v);
      case 2 -> "#" + c + " BETWEEN " + v + " AND " + (at instanceof Long n ? n + r.nextInt(1000) : v);
      case 3 -> "#" + c + " IN (" + v + ", " + at + ")";
      case 4 -> "#" + c + " IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL";
      default -> t.numbers.size() > 1 ? "#" + c + " " + pick("=", "<", ">") + " #" + pick(t.numbers)
          : "#" + c + " = " + v;
    };
  }

  /** LIKE on JSON text: a list's element or a member's value quoted ({@code '%"TEXT"%'}), or part of one. */
  private String jsonAtom(Data t, String c) {
    List<String> own = t.scalars.get(c);
    if (own.isEmpty() || r.nextInt(6) == 0) {
      return "#" + c + " IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL";
    }
    String v = own.get(r.nextInt(own.size()));
    return switch (r.nextInt(8)) {
      case 0, 1, 2, 3 -> "#" + c + " LIKE " + quote("%\"" + v + "\"%");
      case 4 -> "#" + c + " LIKE " + quote("%\"" + v.toLowerCase() + "\"%");
      case 5 -> "#" + c + " NOT LIKE " + quote("%\"" + v + "\"%");
      case 6 -> "#" + c + " LIKE " + quote("%" + part(v) + "%");
      default -> {
        String other = pick(t.json);
        List<String> theirs = t.scalars.get(other);
        yield "#" + c + " LIKE " + quote("%\"" + (theirs.isEmpty() ? v : theirs.get(r.nextInt(theirs.size()))) + "\"%");
      }
    };
  }

  private List<Object> values(String column) {
    return table.values.get(column);
  }

  private String maybeParam(String value) {
    return allowParams && r.nextInt(4) == 0 ? param(value) : quote(value);
  }

  private String param(Object value) {
    params.add(value);
    return "?";
  }

  /** A substring of the value (the whole of a short one). */
  private String part(String v) {
    if (v.length() <= 2) {
      return v;
    }
    int from = r.nextInt(v.length() - 1);
    return v.substring(from, from + 1 + r.nextInt(v.length() - from));
  }

  private String likePattern(String name) {
    if (name.isEmpty()) {
      return "%";
    }
    String part = part(name);
    if (r.nextInt(3) == 0) {
      part = r.nextBoolean() ? part.toUpperCase() : part.toLowerCase();
    }
    return switch (r.nextInt(5)) {
      case 0 -> part + "%";
      case 1 -> "%" + part;
      case 2 -> "%" + part.replace('-', '_') + "%";
      default -> "%" + part + "%";
    };
  }

  /** A LIKE pattern matching the value's end literally, its wildcards escaped with '!'. */
  private static String escaped(String name) {
    String part = name.substring(name.length() / 3);
    return "%" + part.replace("!", "!!").replace("_", "!_").replace("%", "!%");
  }

  private String pick(String... options) {
    return options[r.nextInt(options.length)];
  }

  private String pick(List<String> options) {
    return options.get(r.nextInt(options.size()));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
