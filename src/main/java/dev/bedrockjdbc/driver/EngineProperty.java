package dev.bedrockjdbc.driver;

import org.apache.calcite.avatica.BuiltInConnectionProperty;
import org.apache.calcite.avatica.ConnectionProperty;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.Lex;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Calcite connection properties a URL may set: only those that shape how SQL is read and evaluated.
 * The others are refused, because a URL is often written by one person and run by another (a shared tool
 * configuration, a report server): {@code model} reads a local file and can bind SQL functions to any static
 * Java method, and the {@code *Factory}, {@code typeSystem} and Avatica {@code factory} properties load
 * classes; none of them has a use against Bedrock. Each value is checked here and passed on in Calcite's own
 * spelling, so Calcite never reports on URL text.
 */
enum EngineProperty {
  CASE_SENSITIVE(CalciteConnectionProperty.CASE_SENSITIVE, "true", "false"),
  LEX(CalciteConnectionProperty.LEX, names(Lex.values())),
  QUOTING(CalciteConnectionProperty.QUOTING, names(Quoting.values())),
  UNQUOTED_CASING(CalciteConnectionProperty.UNQUOTED_CASING, names(Casing.values())),
  QUOTED_CASING(CalciteConnectionProperty.QUOTED_CASING, names(Casing.values())),
  CONFORMANCE(CalciteConnectionProperty.CONFORMANCE, names(SqlConformanceEnum.values())),
  /** A comma-separated list of SQL function libraries. */
  FUN(CalciteConnectionProperty.FUN),
  /** A time zone id such as UTC or Europe/Berlin. */
  TIME_ZONE(CalciteConnectionProperty.TIME_ZONE);

  private final CalciteConnectionProperty calcite;
  private final String[] choices;

  EngineProperty(CalciteConnectionProperty calcite, String... choices) {
    this.calcite = calcite;
    this.choices = choices;
  }

  /** The key Calcite reads. */
  String key() {
    return calcite.camelName();
  }

  /** The allowed property a key names, matched as Calcite matches (either spelling, any case); null if none. */
  static EngineProperty of(String key) {
    for (EngineProperty p : values()) {
      if (p.calcite.camelName().equalsIgnoreCase(key) || p.calcite.name().equalsIgnoreCase(key)) {
        return p;
      }
    }
    return null;
  }

  /** Whether a key names one of Calcite's or Avatica's connection properties, allowed or not. */
  static boolean isCalciteKey(String key) {
    return Stream.concat(Arrays.stream(CalciteConnectionProperty.values()),
            Arrays.<ConnectionProperty>stream(BuiltInConnectionProperty.values()))
        .anyMatch(p -> p.camelName().equalsIgnoreCase(key) || p.name().equalsIgnoreCase(key));
  }

  /** Whether a setting of this property replaces the driver's default of it (lex sets these four itself). */
  boolean setByLex() {
    return this == QUOTING || this == UNQUOTED_CASING || this == QUOTED_CASING || this == CASE_SENSITIVE;
  }

  /** The allowed keys, for error messages and README. */
  static String keyList() {
    return Arrays.stream(values()).map(EngineProperty::key).collect(Collectors.joining(", "));
  }

  /** The value in the spelling Calcite expects, or a 08001 error that names the key and the choices. */
  String normalize(String value) throws SQLException {
    String v = value.trim();
    if (this == FUN) {
      for (String library : v.split(",", -1)) {
        if (SqlLibrary.of(library.trim().toLowerCase(Locale.ROOT)) == null) {
          throw bad(value, "a comma-separated list of " + Arrays.stream(SqlLibrary.values())
              .map(l -> l.fun).collect(Collectors.joining(", ")));
        }
      }
      return v.toLowerCase(Locale.ROOT);
    }
    if (this == TIME_ZONE) {
      try {
        ZoneId.of(v, ZoneId.SHORT_IDS);
        return v;
      } catch (DateTimeException e) {
        throw bad(value, "a time zone id such as UTC or Europe/Berlin");
      }
    }
    for (String choice : choices) {
      if (choice.equalsIgnoreCase(v)) {
        return choice;
      }
    }
    throw bad(value, "one of " + String.join(", ", choices));
  }

  private SQLException bad(String value, String expected) {
    return ConnectionConfig.invalidValue(key(), value, expected);
  }

  private static String[] names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
  }
}
