package dev.bedrockjdbc.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions the build wrote into {@code version.properties}: the driver's, and the Calcite and Avatica it was built with. */
public final class BuildInfo {
  private static final Properties VALUES = load();

  private BuildInfo() {
  }

  /** The value, or {@code unknown} if the build did not write it (running from an IDE's unfiltered resources). */
  public static String get(String key) {
    String v = VALUES.getProperty(key);
    return v == null || v.startsWith("${") ? "unknown" : v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/bedrockjdbc/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
