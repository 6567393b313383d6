package dev.bedrockjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line's class-data archive, with the shaded jar as users run it: the first command runs as always and
 * leaves an archive trained behind it; the next relaunches itself on that archive with the same output and exit
 * code; switched off, nothing is written.
 */
class ClassDataArchiveIT {
  private static final String QUERY = "SELECT model_arn FROM custom_models WHERE model_name LIKE '%' ORDER BY model_arn";
  static BedrockEmulator emulator;
  @TempDir Path cache;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(23, 40).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void theFirstCommandTrainsAnArchiveAndTheNextRunsOnIt() throws Exception {
    List<String> expected = new ArrayList<>(List.of("\"model_arn\""));
    emulator.models().stream().map(EmulatedModel::modelArn).sorted().forEach(a -> expected.add("\"" + a + "\""));

    Run first = cli(Map.of(), List.of(), "--format", "csv", "-e", QUERY);
    assertEquals(0, first.exit, first.out);
    assertEquals(expected, first.lines());
    TestSupport.awaitTrue(() -> archives().size() == 1 && leftovers().isEmpty(),
        "an archive trained in the background, its lock and partial file gone");

    Path logs = Files.createDirectories(cache.resolve("logs"));
    Run second = cli(Map.of(), List.of("-Xlog:class+load:file=" + logs.resolve("classes-%p.log"),
        "-Xlog:gc:file=" + logs.resolve("gc-%p.log")), "--format", "csv", "-e", QUERY);
    assertEquals(0, second.exit, second.out);
    assertEquals(expected, second.lines(), "the same output through the relaunched JVM");
    List<String> fromArchive = new ArrayList<>();
    try (Stream<Path> files = Files.list(logs)) {
      for (Path log : files.toList()) {
        Files.readAllLines(log).stream()
            .filter(l -> l.contains(" dev.bedrockjdbc.driver.BedrockDriver source: shared objects file"))
            .forEach(fromArchive::add);
      }
    }
    assertEquals(1, fromArchive.size(), "the command's JVM mapped the driver from the archive: " + fromArchive);
    // A one-statement command runs with the serial collector (and C1 alone); the launching JVM had the default.
    assertEquals(List.of("G1", "Serial"), collectors(logs));

    // A collector the command line names is the one it gets: naming a second one would stop the JVM.
    Path own = Files.createDirectories(cache.resolve("own-gc"));
    Run third = cli(Map.of(), List.of("-XX:+UseParallelGC", "-Xlog:gc:file=" + own.resolve("gc-%p.log")),
        "--format", "csv", "-e", QUERY);
    assertEquals(0, third.exit, third.out);
    assertEquals(expected, third.lines());
    assertEquals(List.of("Parallel", "Parallel"), collectors(own));
  }

  /** The collector each JVM that logged into {@code dir} used ({@code [gc] Using G1}), sorted. */
  private static List<String> collectors(Path dir) throws IOException {
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path log : files.filter(f -> f.getFileName().toString().startsWith("gc-")).toList()) {
        Files.readAllLines(log).stream().filter(l -> l.contains("[gc] Using "))
            .forEach(l -> used.add(l.substring(l.indexOf("[gc] Using ") + "[gc] Using ".length()).trim()));
      }
    }
    return used.stream().sorted().toList();
  }

  @Test void theExitCodeIsTheCommandsWithOrWithoutTheArchive() throws Exception {
    Run plain = cli(Map.of("BEDROCK_JDBC_CDS", "off"), List.of(), "-e", "SELECT nope FROM custom_models");
    assertNotEquals(0, plain.exit);
    cli(Map.of(), List.of(), "-e", "SELECT 1");
    TestSupport.awaitTrue(() -> archives().size() == 1 && leftovers().isEmpty(), "an archive");
    Run archived = cli(Map.of(), List.of(), "-e", "SELECT nope FROM custom_models");
    assertEquals(plain.exit, archived.exit, archived.out);
  }

  @Test void switchedOffNothingIsWritten() throws Exception {
    Run run = cli(Map.of("BEDROCK_JDBC_CDS", "off"), List.of(), "-e", "SELECT 1");
    assertEquals(0, run.exit, run.out);
    // The training would start as the command's JVM ends, before this line: its lock would be there.
    assertEquals(List.of(), archives());
    assertEquals(List.of(), leftovers());
  }

  private record Run(int exit, String out) {
    List<String> lines() {
      return out.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private Run cli(Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", ShadedJarIT.JAR.toString(), "-u", TestSupport.url(emulator, "")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().remove("BEDROCK_JDBC_CDS");
    builder.environment().putAll(env);
    Process p = builder.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command ends");
    return new Run(p.exitValue(), out);
  }

  private List<Path> archives() {
    return files("*.jsa");
  }

  /** A training's lock or partial archive. */
  private List<Path> leftovers() {
    List<Path> left = new ArrayList<>(files("*.lock"));
    left.addAll(files("*.partial"));
    return left;
  }

  private List<Path> files(String glob) {
    Path dir = cache.resolve("bedrock-jdbc");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (var s = Files.newDirectoryStream(dir, glob)) {
      s.forEach(found::add);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
