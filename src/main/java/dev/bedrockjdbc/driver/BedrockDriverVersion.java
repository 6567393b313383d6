package dev.bedrockjdbc.driver;

import org.apache.calcite.avatica.DriverVersion;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Names and versions that DatabaseMetaData reports; the version comes from the build. */
final class BedrockDriverVersion {
  private BedrockDriverVersion() {
  }

  static DriverVersion create() {
    String version = "0.0.0";
    try (InputStream in = BedrockDriverVersion.class.getResourceAsStream("/dev/bedrockjdbc/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    } catch (IOException e) {
      // keep the placeholder version; nothing else depends on it
    }
    String[] parts = version.split("[.-]");
    int major = parts.length > 0 ? parse(parts[0]) : 0;
    int minor = parts.length > 1 ? parse(parts[1]) : 0;
    return new DriverVersion("Amazon Bedrock JDBC Driver (bedrock-jdbc)", version, "Amazon Bedrock", "2023-04-20",
        false, major, minor, 2023, 4);
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
