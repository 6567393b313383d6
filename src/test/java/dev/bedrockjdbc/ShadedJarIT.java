package dev.bedrockjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/** The self-contained -all jar, as DBeaver and other tools load it: alone, in its own class loader or process. */
class ShadedJarIT {
  static final Path JAR = Path.of(System.getProperty("shadedJar", "target/bedrock-jdbc-all.jar"));
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    assertTrue(JAR.toFile().isFile(), "run after package: " + JAR);
    emulator = BedrockEmulator.builder().generated(21, 60).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void isolatedClassLoaderFindsOnlyOurDriverAndQueries() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      List<Driver> drivers = new ArrayList<>();
      for (Driver d : ServiceLoader.load(Driver.class, loader)) {
        if (d.getClass().getClassLoader() == loader) {
          drivers.add(d);
        }
      }
      assertEquals(1, drivers.size(), "the jar registers exactly one java.sql.Driver");
      Driver driver = drivers.get(0);
      assertEquals("dev.bedrockjdbc.driver.BedrockDriver", driver.getClass().getName());
      try (Connection c = driver.connect(TestSupport.url(emulator, ""), new Properties());
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(creation_time) FROM custom_models")) {
        assertTrue(rs.next());
        assertEquals(60, rs.getInt(1));
        assertEquals(emulator.models().stream().map(EmulatedModel::creationTime).max(java.util.Comparator.naturalOrder())
            .orElseThrow().toEpochMilli(), rs.getTimestamp(2).toInstant().toEpochMilli());
      }
    }
  }

  @Test void worksBesideTheHostApplicationsOwnGuavaAndJackson() throws Exception {
    File[] host = new File(System.getProperty("hostLibs", "target/host-libs")).listFiles((d, n) -> n.endsWith(".jar"));
    assertTrue(host != null && host.length == 4, "host libraries copied before integration tests");
    List<URL> urls = new ArrayList<>();
    for (File f : host) {
      urls.add(f.toURI().toURL()); // the application's jars first, as a host's class path would have them
    }
    urls.add(JAR.toUri().toURL());
    try (URLClassLoader app = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Class<?> guava = Class.forName("com.google.common.collect.ImmutableList", false, app);
      assertTrue(guava.getProtectionDomain().getCodeSource().getLocation().toString().contains("guava-30.1"),
          "the application keeps its own Guava");
      Class<?> jackson = Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, app);
      assertTrue(jackson.getProtectionDomain().getCodeSource().getLocation().toString().contains("2.12.7"));
      Driver driver = (Driver) Class.forName("dev.bedrockjdbc.driver.BedrockDriver", true, app)
          .getDeclaredConstructor().newInstance();
      try (Connection c = driver.connect(TestSupport.url(emulator, ""), new Properties());
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models WHERE model_status = 'Active' "
               + "ORDER BY creation_time DESC LIMIT 3")) {
        List<String> names = new ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString(1));
        }
        assertEquals(emulator.models().stream().filter(m -> "Active".equals(m.modelStatus()))
            .sorted(java.util.Comparator.comparing(EmulatedModel::creationTime).reversed()).limit(3)
            .map(EmulatedModel::modelName).toList(), names);
      }
    }
  }

  @Test void librariesAHostMayCarryAreRelocated() throws Exception {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
      List<String> leaked = jar.stream().map(java.util.jar.JarEntry::getName)
          .filter(n -> n.endsWith(".class") && (n.startsWith("com/google/") || n.startsWith("com/fasterxml/")
              || n.startsWith("org/apache/hc/") || n.startsWith("org/apache/commons/") || n.startsWith("org/slf4j/")))
          .limit(5).toList();
      assertEquals(List.of(), leaked);
      assertTrue(jar.getEntry("org/codehaus/janino/Compiler.class") != null, "Janino stays where it finds itself");
      assertEquals("dev.bedrockjdbc.driver.BedrockDriver", new String(jar.getInputStream(
          jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim());
    }
  }

  @Test void separateProcessRunsAQueryWithJavaMinusJar() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString(), "-u", TestSupport.url(emulator, ""),
        "--format", "csv", "-e", "SELECT model_arn FROM custom_models ORDER BY model_arn")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("BEDROCK_JDBC_CDS", "off"); // ClassDataArchiveIT covers the archive
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    List<String> expected = new ArrayList<>(List.of("\"model_arn\""));
    emulator.models().stream().map(EmulatedModel::modelArn).sorted().forEach(a -> expected.add("\"" + a + "\""));
    assertEquals(expected, out.lines().filter(l -> !l.isBlank()).toList());
  }

  @Test void jarIsSelfContained() {
    assertTrue(JAR.toFile().length() > 1_000_000);
    assertTrue(new File(JAR.toString()).getName().endsWith("-all.jar"));
  }
}
