package dev.bedrockjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;

/** logLevel=debug shows its lines with java.util.logging left as the JDK configures it (console at INFO). */
class DebugLogTest {
  @Test void debugLinesReachStderr() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(5, 30).start()) {
      System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
      try (Connection c = TestSupport.connect(emulator, "logLevel=debug;pageSize=20")) {
        assertEquals(30, TestSupport.query(c, "SELECT model_name FROM custom_models").size());
      } finally {
        System.setErr(err);
      }
    }
    String out = console.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("FINE: ListCustomModels attempt 1 -> HTTP 200"), out);
    assertEquals(2, out.lines().filter(l -> l.contains("ListCustomModels attempt")).count(), "one per attempt: " + out);
    assertEquals(2, out.lines().filter(l -> l.startsWith("FINE: ListCustomModels {")).count(), "one per call: " + out);
    assertFalse(out.contains(TestSupport.SECRET), out);
  }
}
