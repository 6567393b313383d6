package dev.bedrockjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sqlline.SqlLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real sqlline, driven by a script, as users run it: metadata commands and queries through the driver. */
class SqllineScriptTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(71, 25).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void scriptRunsTablesColumnsAndQueries(@TempDir Path dir) throws Exception {
    Path script = Files.writeString(dir.resolve("session.sql"), String.join("\n",
        "!set outputformat csv",
        "!tables",
        "!columns custom_models",
        "SELECT COUNT(*) AS n FROM custom_models;",
        "SELECT model_name FROM custom_models WHERE model_status = 'Failed' ORDER BY model_name;",
        "!quit", ""));
    System.setProperty("org.jline.terminal.dumb", "true");
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SqlLine.Status status;
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      SqlLine shell = new SqlLine();
      shell.setOutputStream(capture);
      status = shell.begin(new String[] {"-d", "dev.bedrockjdbc.driver.BedrockDriver", "-u", TestSupport.url(emulator, ""),
          "-n", "", "-p", "", "--run=" + script}, null, false);
    } finally {
      System.setOut(old);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(SqlLine.Status.OK, status, text);
    assertTrue(text.contains("'custom_models'"), "!tables lists the table: " + text);
    assertTrue(text.contains("'creation_time'") && text.contains("'TIMESTAMP'"), "!columns: " + text);
    assertTrue(text.contains("'25'"), "count: " + text);
    List<String> failed = emulator.models().stream().filter(m -> "Failed".equals(m.modelStatus()))
        .map(EmulatedModel::modelName).sorted().toList();
    for (String name : failed) {
      assertTrue(text.contains("'" + name + "'"), name + " in " + text);
    }
  }
}
