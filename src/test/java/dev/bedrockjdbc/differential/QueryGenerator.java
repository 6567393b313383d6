package dev.bedrockjdbc.differential;

import dev.bedrockjdbc.emulator.EmulatedModel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Random SQL over {@code custom_models} in the dialect H2 and Calcite share: predicates on every column with
 * values drawn from the data (and values no row has, or the API would reject), in the shapes BI tools and
 * views produce. Deterministic for a seed.
 */
final class QueryGenerator {
  /** A generated query: its SQL, its {@code ?} values, maxRows (0: none), and how its rows may be compared. */
  record Query(String sql, List<Object> params, int maxRows, boolean ordered, String unlimited,
      List<Object> unlimitedParams, boolean oneScan) {
    /** Whether a LIMIT, OFFSET or maxRows picks some of the rows of {@link #unlimited}. */
    boolean limited() {
      return unlimited != null;
    }
  }

  static final String COLUMNS = "model_arn, model_name, creation_time, base_model_arn, base_model_name, "
      + "customization_type, owner_account_id, model_status, is_owned, foundation_model_arn";
  private static final String[] STRING_COLUMNS = {"model_arn", "model_name", "base_model_arn", "base_model_name",
      "customization_type", "owner_account_id", "model_status", "foundation_model_arn"};
  private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final String TOTAL_ORDER = " ORDER BY creation_time DESC, model_arn";

  private final Random r;
  private final List<EmulatedModel> models;
  private List<Object> params;
  private boolean allowParams;

  QueryGenerator(long seed, List<EmulatedModel> models) {
    this.r = new Random(seed);
    this.models = models;
  }

  Query next() {
    params = new ArrayList<>();
    allowParams = false; // the projection comes first in the text, and its ? would precede the WHERE's
    String projection = r.nextInt(3) == 0 ? "*" : projection();
    allowParams = true;
    String p = predicate(2);
    int shape = r.nextInt(12);
    Query q = switch (shape) {
      case 0, 1, 2 -> simple(projection, p);
      case 3 -> {
        // A view or a client's wrapper: filters, sorts and limits at each level.
        String inner = "SELECT * FROM custom_models WHERE " + p + (r.nextBoolean() ? TOTAL_ORDER + limit() : "");
        String outer = predicate(1);
        String sql = "SELECT " + projection + " FROM (" + inner + ") t WHERE " + outer;
        yield limitedOrNot(sql);
      }
      case 4 -> {
        String inner = "SELECT * FROM custom_models WHERE " + p + (r.nextBoolean() ? " ORDER BY creation_time DESC" : "");
        String outer = predicate(1);
        yield limitedOrNot("SELECT " + projection + " FROM (SELECT * FROM (" + inner + ") a WHERE " + outer + ") b");
      }
      case 5 -> {
        String sql = "WITH w AS (SELECT * FROM custom_models WHERE " + p + ") SELECT " + projection
            + " FROM w WHERE " + predicate(1);
        yield limitedOrNot(sql);
      }
      case 6 -> unlimited("SELECT model_arn, model_name FROM custom_models WHERE " + p
          + " UNION ALL SELECT model_arn, model_name FROM custom_models WHERE " + predicate(1));
      case 7 -> unlimited("SELECT a.model_name, b.model_name FROM custom_models a JOIN custom_models b "
          + "ON a.base_model_arn = b.model_arn WHERE " + p.replace("#", "a.") + " AND " + predicate(1).replace("#", "b."));
      case 8 -> {
        String key = r.nextBoolean() ? "model_status" : r.nextBoolean() ? "customization_type" : "is_owned";
        yield unlimited("SELECT " + key + ", COUNT(*), MIN(creation_time), MAX(model_name) FROM custom_models WHERE "
            + p + " GROUP BY " + key + (r.nextBoolean() ? " HAVING COUNT(*) > " + r.nextInt(40) : ""));
      }
      case 9 -> unlimited("SELECT model_name FROM custom_models WHERE " + p + " AND base_model_arn IN "
          + "(SELECT model_arn FROM custom_models WHERE " + predicate(1) + ")");
      case 10 -> unlimited("SELECT model_name FROM custom_models m WHERE " + p + " AND "
          + (r.nextBoolean() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM custom_models d WHERE d.base_model_arn = m.model_arn"
          + " AND " + predicate(1) + ")");
      default -> {
        // Tools probing a query's columns, and outer limits around custom SQL.
        String inner = "SELECT " + projection + " FROM custom_models WHERE " + p;
        yield r.nextBoolean()
            ? unlimited("SELECT * FROM (" + inner + ") t WHERE 1 = 0")
            : limitedOrNot("SELECT * FROM (" + inner + ") t");
      }
    };
    return q;
  }

  private Query simple(String projection, String p) {
    return limitedOrNot("SELECT " + projection + " FROM custom_models WHERE " + p);
  }

  private Query unlimited(String sql) {
    return new Query(strip(sql), params, 0, false, null, null, oneScan(sql));
  }

  /**
   * Maybe sorted, maybe limited by LIMIT/OFFSET/FETCH or maxRows: under a total order (every projection here
   * has model_arn and creation_time) the rows must match in order; under a partial one or none, they need
   * only be the right number of valid rows.
   */
  private Query limitedOrNot(String sql) {
    int choice = r.nextInt(6);
    if (choice == 0) {
      return unlimited(sql);
    }
    boolean ordered = choice >= 3 || choice == 1 && r.nextBoolean();
    String order = ordered ? TOTAL_ORDER : choice == 2 ? " ORDER BY creation_time" : "";
    List<Object> before = List.copyOf(params);
    if (choice == 1) {
      return new Query(strip(sql + order), params, 1 + r.nextInt(15), ordered, strip(sql + order), before,
          oneScan(sql));
    }
    return new Query(strip(sql + order + limit()), params, 0, ordered, strip(sql + order), before, oneScan(sql));
  }

  /** Whether the query reads custom_models once (joins and subqueries read it more often). */
  private static boolean oneScan(String sql) {
    return sql.indexOf("custom_models ") == sql.lastIndexOf("custom_models ");
  }

  /** The query without alias markers. */
  private static String strip(String sql) {
    return sql.replace("#", "");
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

  private String projection() {
    List<String> cols = new ArrayList<>(List.of("model_arn", "creation_time"));
    for (String c : STRING_COLUMNS) {
      if (r.nextInt(3) == 0 && !cols.contains(c)) {
        cols.add(c);
      }
    }
    if (r.nextInt(4) == 0) {
      cols.add("is_owned");
    }
    if (r.nextInt(5) == 0) {
      cols.add("CASE WHEN " + predicate(0) + " THEN 1 ELSE 0 END AS flag");
    }
    return String.join(", ", cols);
  }

  /** A predicate without {@code ?}, for the TLP and NoREC identities. */
  String plainPredicate() {
    allowParams = false;
    return strip(predicate(2));
  }

  /** A predicate; {@code #} marks where a table alias may go (self-joins). */
  private String predicate(int depth) {
    if (depth <= 0 || r.nextInt(3) == 0) {
      return atom();
    }
    return switch (r.nextInt(5)) {
      case 0 -> "NOT (" + predicate(depth - 1) + ")";
      case 1, 2 -> "(" + predicate(depth - 1) + " AND " + predicate(depth - 1) + ")";
      default -> "(" + predicate(depth - 1) + " OR " + predicate(depth - 1) + ")";
    };
  }

  private EmulatedModel any() {
    return models.get(r.nextInt(models.size()));
  }

  private String atom() {
    EmulatedModel m = any();
    return switch (r.nextInt(22)) {
      case 0 -> "#model_name = " + maybeParam(m.modelName());
      case 1 -> "#model_name LIKE " + maybeParam(likePattern(m.modelName()));
      case 2 -> "#model_name ILIKE " + quote(likePattern(m.modelName()));
      case 3 -> "#model_name LIKE " + quote(escaped(m.modelName())) + " ESCAPE '!'";
      case 4 -> "#model_name IN (" + quote(m.modelName()) + ", " + quote(any().modelName()) + ", 'no-such')";
      case 5 -> "#model_arn = " + maybeParam(r.nextInt(5) == 0 ? "arn:not-valid" : m.modelArn());
      case 6 -> "#model_arn IN (" + quote(m.modelArn()) + ", " + quote(any().modelArn()) + ")";
      case 7, 8 -> "#creation_time " + pick(">", ">=", "<", "<=", "=", "<>") + " " + time(m);
      case 9 -> "#creation_time BETWEEN " + time(m) + " AND " + time(any());
      case 10 -> "#base_model_arn " + pick("=", "<>") + " " + quote(r.nextInt(6) == 0 ? "not-an-arn"
          : Objects.requireNonNullElse(m.baseModelArn(), "x"));
      case 11 -> "#" + pick(STRING_COLUMNS) + " IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL";
      case 12 -> "#model_status = " + maybeParam(pick("Active", "Failed", "Creating", "Archived", "active"));
      case 13 -> "#model_status IN (" + quote(pick("Active", "Failed", "Creating")) + ", "
          + quote(pick("Active", "Failed", "Creating", "Archived")) + ")";
      case 14 -> pick("#is_owned", "NOT #is_owned", "#is_owned = FALSE", "#is_owned IS NULL", "#is_owned IS TRUE",
          "#is_owned IS NOT FALSE", "#is_owned = TRUE");
      case 15 -> "#foundation_model_arn = " + maybeParam(r.nextInt(5) == 0 ? m.modelArn()
          : Objects.requireNonNullElse(m.foundationModelArn(), "arn:aws:bedrock:us-east-1::foundation-model/x.y"));
      case 16 -> "#foundation_model_arn IN (" + quote(Objects.requireNonNullElse(m.foundationModelArn(), "n"))
          + ", " + quote(Objects.requireNonNullElse(any().foundationModelArn(), "n")) + ")";
      case 17 -> "#customization_type " + pick("=", "<>") + " " + quote(pick("FINE_TUNING", "DISTILLATION",
          "IMPORTED", "CONTINUED_PRE_TRAINING", "PROMPT_OPTIMIZATION"));
      case 18 -> "#owner_account_id = " + quote(Objects.requireNonNullElse(m.ownerAccountId(), "123456789012"));
      case 19 -> "UPPER(#model_name) LIKE " + quote("%" + pick("BOT", "SUPPORT", "V1", "_") + "%");
      case 20 -> "CHAR_LENGTH(#model_name) " + pick(">", "<", "=") + " " + (5 + r.nextInt(20));
      default -> caseAtom();
    };
  }

  /** No ? inside: Calcite cannot type a ? in a CASE condition (its validator's needToImplement, 0A000). */
  private String caseAtom() {
    boolean allowed = allowParams;
    allowParams = false;
    String sql = "CASE WHEN " + atom() + " THEN 1 ELSE 0 END = " + r.nextInt(2);
    allowParams = allowed;
    return sql;
  }

  private String maybeParam(String value) {
    if (allowParams && r.nextInt(4) == 0) {
      params.add(value);
      return "?";
    }
    return quote(value);
  }

  private String time(EmulatedModel m) {
    Instant t = switch (r.nextInt(10)) {
      case 0 -> Instant.parse("9999-12-31T23:59:59Z");
      case 1 -> Instant.parse("1900-01-01T00:00:00Z");
      case 2 -> m.creationTime().plusMillis(1);
      case 3 -> m.creationTime().minusMillis(1);
      case 4 -> m.creationTime().plusMillis(r.nextInt(3000) - 1500);
      default -> m.creationTime();
    };
    t = Instant.ofEpochMilli(t.toEpochMilli());
    if (allowParams && r.nextInt(4) == 0) {
      params.add(Timestamp.from(t));
      return "?";
    }
    return "TIMESTAMP '" + LITERAL.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC)) + "'";
  }

  private String likePattern(String name) {
    int from = r.nextInt(name.length());
    int to = from + r.nextInt(name.length() - from) + 1;
    String part = name.substring(from, to);
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

  /** A LIKE pattern matching the name's middle literally, its wildcards escaped with '!'. */
  private String escaped(String name) {
    String part = name.substring(name.length() / 3);
    return "%" + part.replace("!", "!!").replace("_", "!_").replace("%", "!%");
  }

  private String pick(String... options) {
    return options[r.nextInt(options.length)];
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
