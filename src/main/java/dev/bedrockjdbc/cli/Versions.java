package dev.bedrockjdbc.cli;

import dev.bedrockjdbc.driver.BuildInfo;

import picocli.CommandLine;

import software.amazon.awssdk.core.util.VersionInfo;

/**
 * {@code --version}: the driver's and its engines' versions, for a bug report. A library's own manifest is
 * read where the library is its own jar on the class path (an application may have chosen another version); in
 * the -all jar only the driver's manifest survives, so the versions the build bundled stand in.
 */
final class Versions implements CommandLine.IVersionProvider {
  @Override public String[] getVersion() {
    return new String[] {
        "bedrock-jdbc " + BuildInfo.get("version"),
        "Apache Calcite " + loaded(org.apache.calcite.jdbc.Driver.class, "Apache Calcite", "calcite"),
        "Apache Calcite Avatica " + loaded(org.apache.calcite.avatica.AvaticaConnection.class, "Apache Calcite Avatica",
            "avatica"),
        "AWS SDK for Java " + VersionInfo.SDK_VERSION,
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }

  /** The version in the library's own manifest; in the -all jar the package reads the driver's, titled otherwise. */
  private static String loaded(Class<?> libraryClass, String title, String builtWith) {
    Package p = libraryClass.getPackage();
    return title.equals(p.getImplementationTitle()) && p.getImplementationVersion() != null
        ? p.getImplementationVersion() : BuildInfo.get(builtWith);
  }
}
