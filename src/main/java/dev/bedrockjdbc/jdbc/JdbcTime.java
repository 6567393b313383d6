package dev.bedrockjdbc.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Conversions between the java.time types tools use and the driver's TIMESTAMP values, which are UTC
 * (the connection's time zone). A value without a zone (LocalDateTime, a string without offset) is UTC.
 */
final class JdbcTime {
  static final TimeZone UTC_ZONE = TimeZone.getTimeZone("UTC");
  /** {@code 2025-01-02 03:04:05[.fff][Z|+hh:mm]} or with {@code T}; date alone means midnight. */
  private static final DateTimeFormatter INPUT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
      .optionalStart().appendOffsetId().optionalEnd()
      .optionalStart().appendLiteral(' ').appendOffsetId().optionalEnd()
      .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
      .toFormatter();

  private JdbcTime() {
  }

  static Calendar utc() {
    return Calendar.getInstance(UTC_ZONE);
  }

  /** The instant a value names, or null if it is not a date-time value. */
  static Instant toInstant(Object v) throws SQLException {
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (v instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (v instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (v instanceof String s) {
      return parse(s);
    }
    return null;
  }

  static Instant parse(String s) throws SQLException {
    try {
      TemporalAccessor t = INPUT.parse(s.trim());
      LocalDateTime local = LocalDateTime.of(LocalDate.from(t), java.time.LocalTime.of(
          t.get(ChronoField.HOUR_OF_DAY), t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) : 0,
          t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0,
          t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0));
      ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
          ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
      return local.toInstant(offset);
    } catch (java.time.DateTimeException e) {
      throw new SQLDataException("Not a timestamp: '" + abbreviate(s) + "'. Use 2025-01-31 13:45:00[.123][Z], "
          + "ISO-8601, or a Timestamp/Instant/OffsetDateTime/LocalDateTime (UTC).", SqlErrors.INVALID_VALUE, e);
    }
  }

  /** A UTC TIMESTAMP as the java.time type asked for, or null if the type is not one of them. */
  static Object as(Timestamp ts, Class<?> type) {
    if (ts == null) {
      return null;
    }
    Instant i = ts.toInstant();
    if (type == Instant.class) {
      return i;
    }
    if (type == OffsetDateTime.class) {
      return i.atOffset(ZoneOffset.UTC);
    }
    if (type == ZonedDateTime.class) {
      return i.atZone(ZoneOffset.UTC);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
    if (type == LocalDate.class) {
      return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
    return null;
  }

  static boolean isJavaTime(Class<?> type) {
    return type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
        || type == LocalDateTime.class || type == LocalDate.class;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
