package dev.bedrockjdbc.driver;

import org.apache.calcite.avatica.DriverVersion;

/** Names and versions that DatabaseMetaData reports; the version comes from the build. */
final class BedrockDriverVersion {
  private BedrockDriverVersion() {
  }

  static DriverVersion create() {
    String version = BuildInfo.get("version");
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
