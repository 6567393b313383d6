package dev.bedrockjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.DemoEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The command line: -e in each format, URL building, the demo. */
class MainTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(9, 30).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  /** Runs the CLI in this JVM and returns what it printed. */
  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<EmulatedModel> newestFirst(List<EmulatedModel> models, int n) {
    return models.stream().sorted(Comparator.comparing(EmulatedModel::creationTime).reversed()).limit(n).toList();
  }

  @Test void csvFormat() {
    String out = run("-u", TestSupport.url(emulator, ""), "--format", "csv",
        "-e", "SELECT model_name, creation_time FROM custom_models ORDER BY creation_time DESC LIMIT 3");
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    assertEquals("\"model_name\",\"creation_time\"", lines.get(0));
    List<EmulatedModel> top = newestFirst(emulator.models(), 3);
    for (int i = 0; i < 3; i++) {
      String expectedTime = top.get(i).creationTime().toString().replace('T', ' ').substring(0, 19);
      assertTrue(lines.get(i + 1).startsWith("\"" + top.get(i).modelName() + "\",\"" + expectedTime), lines.get(i + 1));
    }
    assertEquals(4, lines.size());
  }

  @Test void jsonFormat() throws Exception {
    String out = run("--endpoint", emulator.endpoint().toString(), "--region", "us-east-1",
        "-P", "user=" + TestSupport.ACCESS_KEY, "-P", "password=" + TestSupport.SECRET, "--format", "json",
        "-e", "SELECT model_name, is_owned FROM custom_models ORDER BY creation_time DESC LIMIT 2");
    JsonNode rows = new ObjectMapper().readTree(out.substring(out.indexOf('{'))).get("resultset");
    assertEquals(2, rows.size());
    EmulatedModel first = newestFirst(emulator.models(), 1).get(0);
    assertEquals(first.modelName(), rows.get(0).get("model_name").asText());
    assertEquals("123456789012".equals(first.ownerAccountId()), rows.get(0).get("is_owned").asBoolean());
  }

  @Test void tableFormatIsTheDefault() {
    String out = run("-u", TestSupport.url(emulator, ""), "-e", "SELECT COUNT(*) AS n FROM custom_models");
    assertTrue(out.contains("| n  |") || out.contains("| N  |") || out.contains("n "), out);
    assertTrue(out.contains("| 30 |"), out);
  }

  @Test void demoPrintsFiveNewestModels() {
    String out = run("--demo", "--format", "csv",
        "-e", "SELECT model_name, creation_time FROM custom_models ORDER BY creation_time DESC LIMIT 5");
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    assertEquals(6, lines.size(), out);
    assertTrue(lines.get(1).startsWith("\"" + newestFirst(DemoEmulator.instance().catalogue(DemoEmulator.ACCOUNT, "us-east-1").models(), 1).get(0).modelName() + "\""));
  }

  @Test void optionsArePropertiesNotUrlText() {
    ConnectionOptions m = new ConnectionOptions();
    m.region = "eu-west-1";
    m.profile = "dev";
    m.properties.put("pageSize", "50");
    assertEquals(Map.of("region", "eu-west-1", "profile", "dev", "pageSize", "50"), m.properties());
  }

  /** A ';' in a value stays in that value: it cannot add a property (here, an endpoint nobody serves). */
  @Test void aSemicolonInAValueInjectsNothing() {
    String out = run("--endpoint", emulator.endpoint().toString(), "--region", "us-east-1",
        "-P", "user=" + TestSupport.ACCESS_KEY, "-P", "password=" + TestSupport.SECRET,
        "-P", "externalId=x;endpoint=http://127.0.0.1:9;maxAttempts=1", "--format", "csv",
        "-e", "SELECT COUNT(*) AS n FROM custom_models");
    assertTrue(out.contains("\"30\""), out);
  }

  @Test void versionNamesTheDriverAndItsLibraries() {
    String out = run("--version");
    assertTrue(out.contains("bedrock-jdbc 0.1.0"), out);
    assertTrue(out.contains("Apache Calcite 1.42.0"), out);
    assertTrue(out.contains("Apache Calcite Avatica 1.28.0"), out);
    assertTrue(out.contains("AWS SDK for Java " + software.amazon.awssdk.core.util.VersionInfo.SDK_VERSION), out);
  }

  @Test void emulatorExportsItsDataSetAsJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("models.json");
    assertEquals(0, Main.run("emulator", "--models", "12", "--seed", "5", "--export", file.toString()));
    assertEquals(dev.bedrockjdbc.emulator.ModelGenerator.generate(5, 12), dev.bedrockjdbc.emulator.ModelData.read(file));
  }

  @Test void failingStatementExitsNonZero() {
    assertEquals(1, Main.run("-u", TestSupport.url(emulator, ""), "-e", "SELECT nope FROM custom_models"));
  }
}
