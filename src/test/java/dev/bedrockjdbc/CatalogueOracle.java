package dev.bedrockjdbc;

import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent engine holding every table of {@link Tables#all()} as SQL defines it over the emulator's own data
 * (its JSON in wire form), for comparing the driver's rows with: H2, loaded without the driver's code. The rule
 * the issue states, applied to the JSON: a column is the snake_case of a wire member name; a list table's rows
 * are the emulator's List summaries (every item the List operation can return: every version of every guardrail,
 * inference profiles of every type); a details table's rows are the Get responses of its parent's items; a child
 * table's rows are the elements of its parent's list member, with the parent columns it names. Types come from
 * the JSON: strings, numbers (BIGINT, DOUBLE), booleans, ISO-8601 instants as TIMESTAMP(3) UTC (truncated to the
 * millisecond), structures and lists as JSON text. Derived columns (no wire member) are computed here.
 *
 * <p>Only the description's names are read (table and column names, which columns are derived, which table is a
 * parent); no value goes through the driver's readers.
 */
public final class CatalogueOracle {
  /** A derived column's remarks that start with a JSON path ({@code trainingMetrics.trainingLoss: ...}). */
  private static final Pattern PATH_REMARKS = Pattern.compile("^([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+):");
  /** A custom model's ARN naming its foundation model (bedrock-tables.md: the service pattern CustomModelArn). */
  private static final Pattern CUSTOM_MODEL_ARN =
      Pattern.compile("(arn:[^:]+:bedrock:[^:]+):[0-9]{12}:custom-model/([^/]+)/[^/]+");

  /** One table's rows, by column name, with the H2 type of each column. */
  public record Table(TableSpec spec, List<String> types, List<Map<String, Object>> rows) {
  }

  /** What a row is read from: an item's JSON and, for a child or details table, its parent's summary; and where. */
  private record Source(ObjectNode json, ObjectNode parent, Place place) {
  }

  /** An account in a region, whose data the emulator serves (its tenant, or its default data). */
  public record Place(String account, String region) {
  }

  /**
   * The tables an oracle can compute: all but {@code regions}, whose {@code checked_at} is when its probe ran (its
   * own test checks it).
   */
  public static List<TableSpec> tables() {
    return Tables.all().stream().filter(t -> !t.name().equals("regions")).toList();
  }

  private CatalogueOracle() {
  }

  /** A fresh in-memory H2 database named {@code name} with every table of {@link Tables#all()}. */
  public static Connection load(String name, BedrockEmulator emulator) throws SQLException {
    return load(name, emulator, tables());
  }

  public static Connection load(String name, BedrockEmulator emulator, List<TableSpec> tables) throws SQLException {
    return load(name, emulator, tables, List.of(new Place(emulator.callerAccount(), "us-east-1")));
  }

  /** The tables over the data each place is served: what a connection reading those accounts and regions reads. */
  public static Connection load(String name, BedrockEmulator emulator, List<TableSpec> tables, List<Place> places)
      throws SQLException {
    Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    for (TableSpec t : tables) {
      insert(h2, table(emulator, t, places));
    }
    return h2;
  }

  /** The rows a table holds over the emulator's data, as the oracle computes them, read as the tests' URL reads. */
  public static Table table(BedrockEmulator emulator, TableSpec spec) {
    return table(emulator, spec, List.of(new Place(emulator.callerAccount(), "us-east-1")));
  }

  /** The rows a table holds over the data each place is served, in the order of {@code places}. */
  public static Table table(BedrockEmulator emulator, TableSpec spec, List<Place> places) {
    List<Source> sources = new ArrayList<>();
    for (Place p : places) {
      sources.addAll(sources(emulator, spec, p));
    }
    List<Function<Source, JsonNode>> readers = new ArrayList<>();
    for (ColumnSpec c : spec.columns()) {
      readers.add(reader(spec, c));
    }
    List<List<JsonNode>> values = new ArrayList<>();
    for (Source s : sources) {
      List<JsonNode> row = new ArrayList<>();
      readers.forEach(r -> row.add(r.apply(s)));
      values.add(row);
    }
    List<String> types = new ArrayList<>();
    for (int i = 0; i < spec.columns().size(); i++) {
      int column = i;
      types.add(type(spec, spec.column(i), values.stream().map(r -> r.get(column)).toList()));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<JsonNode> v : values) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < v.size(); i++) {
        row.put(spec.column(i).name(), value(v.get(i), types.get(i)));
      }
      rows.add(row);
    }
    return new Table(spec, List.copyOf(types), rows);
  }

  /** The snake_case of a wire member name: {@code customModelArn} is {@code custom_model_arn}, {@code s3Uri} s3_uri. */
  public static String snake(String member) {
    StringBuilder sb = new StringBuilder();
    for (char ch : member.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        sb.append('_').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static List<Source> sources(BedrockEmulator emulator, TableSpec spec, Place place) {
    Catalogue data = emulator.catalogue(place.account(), place.region());
    List<Source> out = new ArrayList<>();
    if (spec.list().name().equals("GetModelInvocationLoggingConfiguration")) {
      ObjectNode response = JsonNodeFactory.instance.objectNode();
      ObjectNode config = emulator.loggingConfig(place.account(), place.region());
      if (config != null) {
        response.set("loggingConfig", config);
      }
      out.add(new Source(response, null, place));
    } else if (spec.children() != null) {
      TableSpec parent = spec.parent();
      String member = null;
      for (ObjectNode p : data.summaries(parent.list().name())) {
        if (member == null) {
          member = childMember(spec, p);
        }
        JsonNode list = member == null ? null : p.get(member);
        if (list != null) {
          list.forEach(e -> out.add(new Source((ObjectNode) e, p, place)));
        }
      }
    } else if (spec.parent() != null) {
      // A details table: the Get response of each item its parent lists, beside that item's summary (its key).
      List<ObjectNode> items = data.items(spec.parent().list().name());
      List<ObjectNode> summaries = data.summaries(spec.parent().list().name());
      for (int i = 0; i < items.size(); i++) {
        out.add(new Source(items.get(i), summaries.get(i), place));
      }
    } else {
      data.summaries(spec.list().name()).forEach(s -> out.add(new Source(s, null, place)));
    }
    return out;
  }

  /** The parent's list member whose elements carry the child table's own columns. */
  private static String childMember(TableSpec child, ObjectNode parent) {
    List<String> own = new ArrayList<>();
    for (ColumnSpec c : child.itemColumns()) {
      if (!isParentColumn(child, c)) {
        own.add(c.name());
      }
    }
    String found = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = parent.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isArray() && e.getValue().size() > 0 && e.getValue().get(0) instanceof ObjectNode o
          && own.stream().allMatch(c -> member(o, c) != null)) {
        if (found != null) {
          throw new IllegalStateException(child.name() + ": both " + found + " and " + e.getKey() + " hold its rows");
        }
        found = e.getKey();
      }
    }
    return found;
  }

  private static boolean isParentColumn(TableSpec child, ColumnSpec c) {
    return child.parent().column(c.name()) >= 0 && c.source() != null && c.source().startsWith("parent's ");
  }

  /** The JSON member whose snake_case is the column name, or null. */
  private static String member(ObjectNode json, String column) {
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String m = it.next();
      if (snake(m).equals(column)) {
        return m;
      }
    }
    return null;
  }

  private static JsonNode get(ObjectNode json, String column) {
    String m = json == null ? null : member(json, column);
    JsonNode v = m == null ? null : json.get(m);
    return v == null || v.isNull() ? null : v;
  }

  /** How the oracle reads a column's value from a row's source. */
  private static Function<Source, JsonNode> reader(TableSpec spec, ColumnSpec c) {
    if (spec.children() != null && isParentColumn(spec, c)) {
      return s -> get(s.parent(), c.name());
    }
    if (spec.children() == null && spec.parent() != null && spec.keyColumns().contains(spec.column(c.name()))) {
      return s -> get(s.parent(), c.name()); // a details row's key is its parent row's (guardrails' id, version)
    }
    if (c.source() != null) {
      String declared = c.source().replace(" (JSON)", "");
      if (!snake(declared).equals(c.name())) {
        throw new IllegalStateException(spec.name() + "." + c.name() + " is not the snake_case of its member "
            + declared);
      }
      return s -> get(s.json(), c.name());
    }
    return derived(spec, c);
  }

  /** The oracle's own code for each derived column. */
  private static Function<Source, JsonNode> derived(TableSpec spec, ColumnSpec c) {
    var nodes = JsonNodeFactory.instance;
    if (c.name().equals(TableSpec.ACCOUNT_ID)) {
      return s -> nodes.textNode(s.place().account()); // where the row was read
    }
    if (c.name().equals(TableSpec.REGION)) {
      return s -> nodes.textNode(s.place().region());
    }
    switch (spec.name() + "." + c.name()) {
      case "custom_models.is_owned" -> {
        return s -> {
          JsonNode owner = get(s.json(), "owner_account_id");
          return owner == null ? null : nodes.booleanNode(owner.asText().equals(s.place().account()));
        };
      }
      case "model_invocation_logging.logging_enabled" -> {
        return s -> nodes.booleanNode(s.json().has("loggingConfig"));
      }
      case "custom_models.foundation_model_arn" -> {
        return s -> {
          JsonNode arn = get(s.json(), "model_arn");
          Matcher m = arn == null ? null : CUSTOM_MODEL_ARN.matcher(arn.asText());
          return m == null || !m.matches() || m.group(2).equals("imported") ? null
              : nodes.textNode(m.group(1) + "::foundation-model/" + m.group(2));
        };
      }
      default -> {
        // A convenience column whose remarks name its JSON path: trainingMetrics.trainingLoss.
        Matcher m = PATH_REMARKS.matcher(c.remarks());
        if (!m.find()) {
          throw new IllegalStateException("no oracle for the derived column " + spec.name() + "." + c.name()
              + ": compute it in CatalogueOracle.derived, or start its remarks with its JSON path (a.b:)");
        }
        String[] path = m.group(1).split("\\.");
        return s -> {
          JsonNode v = s.json();
          for (String p : path) {
            v = v == null ? null : v.get(p);
          }
          return v == null || v.isNull() ? null : v;
        };
      }
    }
  }

  /**
   * The H2 type of a column, from its values in the JSON; the declared type only where no row has a value.
   * A declared type the JSON contradicts is a wrong answer waiting: it fails here.
   */
  private static String type(TableSpec spec, ColumnSpec c, List<JsonNode> values) {
    String fromJson = null;
    for (JsonNode v : values) {
      if (v == null) {
        continue;
      }
      String t;
      if (v.isContainerNode()) {
        t = "VARCHAR";
      } else if (v.isBoolean()) {
        t = "BOOLEAN";
      } else if (v.isIntegralNumber()) {
        t = "BIGINT";
      } else if (v.isNumber()) {
        t = "DOUBLE PRECISION";
      } else {
        t = instant(v.asText()) != null ? "TIMESTAMP(3)" : "VARCHAR";
      }
      if (fromJson != null && !fromJson.equals(t)) {
        t = fromJson.startsWith("TIMESTAMP") || t.startsWith("TIMESTAMP") ? "VARCHAR"
            : "DOUBLE PRECISION".equals(fromJson) || "DOUBLE PRECISION".equals(t) ? "DOUBLE PRECISION" : null;
        if (t == null) {
          throw new IllegalStateException(spec.name() + "." + c.name() + " holds values of two types");
        }
      }
      fromJson = t;
    }
    String declared = switch (c.type()) {
      case TIMESTAMP -> "TIMESTAMP(3)";
      case BOOLEAN -> "BOOLEAN";
      case INTEGER, BIGINT, SMALLINT, TINYINT -> "BIGINT";
      case DOUBLE, FLOAT, REAL -> "DOUBLE PRECISION";
      default -> "VARCHAR";
    };
    if (fromJson == null) {
      return declared;
    }
    if (!fromJson.equals(declared)) {
      throw new IllegalStateException(spec.name() + "." + c.name() + " is declared " + c.type()
          + " but the API's values are " + fromJson);
    }
    return fromJson;
  }

  private static Instant instant(String text) {
    if (text.length() < 20 || text.charAt(4) != '-' || text.charAt(10) != 'T') {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A JSON value as the Java value the H2 column holds (and {@link OracleDb#run} reads back). */
  private static Object value(JsonNode v, String type) {
    if (v == null) {
      return null;
    }
    return switch (type) {
      case "TIMESTAMP(3)" -> instant(v.asText()).truncatedTo(ChronoUnit.MILLIS);
      case "BOOLEAN" -> v.asBoolean();
      case "BIGINT" -> v.asLong();
      case "DOUBLE PRECISION" -> v.asDouble();
      default -> v.isContainerNode() ? v.toString() : v.asText();
    };
  }

  private static void insert(Connection h2, Table t) throws SQLException {
    List<String> defs = new ArrayList<>();
    for (int i = 0; i < t.types().size(); i++) {
      defs.add(t.spec().column(i).name() + " " + t.types().get(i));
    }
    try (var s = h2.createStatement()) {
      s.execute("CREATE TABLE " + t.spec().name() + " (" + String.join(", ", defs) + ")");
    }
    String marks = String.join(",", java.util.Collections.nCopies(defs.size(), "?"));
    try (PreparedStatement ps = h2.prepareStatement("INSERT INTO " + t.spec().name() + " VALUES (" + marks + ")")) {
      for (Map<String, Object> row : t.rows()) {
        int i = 1;
        for (Object v : row.values()) {
          ps.setObject(i++, v instanceof Instant at ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : v);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Every table's oracle rows, by table name (for tests that draw values from the data). */
  public static Map<String, Table> tables(BedrockEmulator emulator, List<TableSpec> tables) {
    Map<String, Table> out = new HashMap<>();
    for (TableSpec t : tables) {
      out.put(t.name(), table(emulator, t));
    }
    return out;
  }
}
