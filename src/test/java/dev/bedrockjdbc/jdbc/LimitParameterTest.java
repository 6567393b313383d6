package dev.bedrockjdbc.jdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.List;

/** LIMIT ? / OFFSET ? take every integral type and numeric strings (issue 16, defect 1), planned and fast. */
class LimitParameterTest {
  interface Binder {
    void bind(PreparedStatement ps, int index) throws SQLException;
  }

  static final List<Binder> THREE = List.of((ps, i) -> ps.setInt(i, 3), (ps, i) -> ps.setLong(i, 3L),
      (ps, i) -> ps.setShort(i, (short) 3), (ps, i) -> ps.setByte(i, (byte) 3),
      (ps, i) -> ps.setBigDecimal(i, new BigDecimal("3")), (ps, i) -> ps.setObject(i, 3L),
      (ps, i) -> ps.setObject(i, new BigDecimal("3.0")), (ps, i) -> ps.setString(i, " 3"));

  @Test void everyIntegralBindingOfALimitWorks() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 40).start();
         Connection c = connect(emulator, "accountId=123456789012")) {
      for (String sql : List.of("SELECT model_arn FROM custom_models ORDER BY creation_time DESC LIMIT ?",
          "SELECT model_arn FROM custom_models WHERE model_name LIKE '%' ORDER BY creation_time LIMIT ? OFFSET ?")) {
        for (Binder b : THREE) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            b.bind(ps, 1);
            if (sql.contains("OFFSET")) {
              b.bind(ps, 2);
            }
            assertEquals(3, TestSupport.rows(ps.executeQuery()).size(), sql);
          }
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          assertEquals("22023", assertThrows(SQLDataException.class, () -> ps.setLong(1, 1L << 40)).getSQLState());
          assertEquals("22023", assertThrows(SQLDataException.class, () -> ps.setString(1, "three")).getSQLState());
          assertEquals("22023", assertThrows(SQLDataException.class,
              () -> ps.setBigDecimal(1, new BigDecimal("2.5"))).getSQLState());
        }
      }
    }
  }
}
