package dev.bedrockjdbc.cli;

import dev.bedrockjdbc.driver.BedrockDriver;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The connection options the shell and {@code server} share: a URL and the properties added to it. */
final class ConnectionOptions {
  @Option(names = {"-u", "--url"}, paramLabel = "URL",
      description = "Full JDBC URL, e.g. jdbc:bedrock:region=us-east-1;profile=dev. Other connection options add "
          + "properties to it; for a key in both, the URL's value wins.")
  String url;

  @Option(names = "--region", description = "AWS region (default: AWS_REGION or the profile's region).")
  String region;

  @Option(names = "--profile", description = "AWS profile from ~/.aws/config (SSO and assume-role profiles work).")
  String profile;

  @Option(names = "--endpoint", paramLabel = "URL", description = "Bedrock endpoint override, e.g. http://127.0.0.1:4566.")
  String endpoint;

  @Option(names = "--demo", description = "Query the built-in emulator's sample data; no AWS account needed.")
  boolean demo;

  @Option(names = {"-P", "--property"}, paramLabel = "KEY=VALUE",
      description = "Any other connection property, e.g. -P pageSize=100. Repeatable.")
  Map<String, String> properties = new LinkedHashMap<>();

  /** The URL to connect to: {@code -u}'s, else the bare prefix (the properties say everything). */
  String url() {
    return url != null ? url : BedrockDriver.PREFIX;
  }

  /**
   * The connection properties the options give, over those of {@code -u} (whose values win, as a URL's do
   * over Properties). Kept apart from the URL's text: a ';' in a value stays in that value.
   */
  Properties properties() {
    Properties props = new Properties();
    if (region != null) {
      props.setProperty("region", region);
    }
    if (profile != null) {
      props.setProperty("profile", profile);
    }
    if (endpoint != null) {
      props.setProperty("endpoint", endpoint);
    }
    if (demo) {
      props.setProperty("demo", "true");
    }
    properties.forEach(props::setProperty);
    return props;
  }
}
