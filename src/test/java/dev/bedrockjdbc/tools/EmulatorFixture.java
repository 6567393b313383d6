package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.connect;

import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One emulator and connection per test class; what a test opens is closed after it. */
abstract class EmulatorFixture {
  static BedrockEmulator emulator;
  static Connection connection;
  final List<AutoCloseable> opened = new ArrayList<>();

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(16, 20).start();
    connection = connect(emulator, "");
  }

  @AfterAll static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @AfterEach void closeOpened() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  <T extends AutoCloseable> T opened(T resource) {
    opened.add(resource);
    return resource;
  }

  ResultSet onFirstRow(String sql) throws SQLException {
    ResultSet rs = opened(connection.createStatement()).executeQuery(sql);
    rs.next();
    return rs;
  }
}
