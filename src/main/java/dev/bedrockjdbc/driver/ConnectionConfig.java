package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.emulator.DemoEmulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The validated settings of one connection. Every bad key or value fails here, at connect, with a message
 * that names the key; secrets are held but never printed.
 */
public final class ConnectionConfig {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
  private static final Pattern ACCESS_KEY = Pattern.compile("\\w{1,128}");

  private final Map<BedrockProperty, String> values;
  /** The allowed Calcite properties that were set, by Calcite's key, in Calcite's spelling. */
  private final Map<String, String> engine;

  private ConnectionConfig(Map<BedrockProperty, String> values, Map<String, String> engine) {
    this.values = values;
    this.engine = engine;
  }

  /**
   * Reads and checks the properties of a connection. Of Calcite's own connection properties only the
   * allow-list of {@link EngineProperty} is accepted; any other key is an error.
   */
  public static ConnectionConfig parse(Properties props) throws SQLException {
    Map<BedrockProperty, String> values = new EnumMap<>(BedrockProperty.class);
    Map<String, String> engine = new LinkedHashMap<>();
    for (String key : props.stringPropertyNames()) {
      BedrockProperty p = BedrockProperty.of(key);
      EngineProperty e = p == null ? EngineProperty.of(key) : null;
      if (p == null && e == null) {
        String near = ConnectString.nearestKey(key);
        String why = EngineProperty.isCalciteKey(key) ? " (a Calcite property this driver does not accept: it can "
            + "load files or code, or has no use here)" : near == null ? "" : " (did you mean '" + near + "'?)";
        throw invalid("Unknown connection property " + ConnectString.shownKey(key) + why + ". Valid keys: "
            + BedrockProperty.keyList()
            + "; of Calcite's own, only " + EngineProperty.keyList() + " (the others can load files or code).");
      }
      String value = props.getProperty(key).trim();
      if (value.isEmpty()) {
        continue;
      }
      if (e != null) {
        engine.put(e.key(), e.normalize(value));
      } else {
        values.put(p, checkNotSwallowed(p, value));
      }
    }
    ConnectionConfig config = new ConnectionConfig(values, engine);
    config.check();
    return config;
  }

  /**
   * A value that holds the key {@code password} or {@code sessionToken} ran into the next pair (a missing ';',
   * '=' or closing quote): refused, so the secret never travels on as, say, a profile name that getURL() or the
   * SDK would print.
   */
  private static String checkNotSwallowed(BedrockProperty p, String value) throws SQLException {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!p.isSecret() && (lower.contains("password") || lower.contains("sessiontoken"))) {
      throw invalid("The value of '" + p.key() + "' contains 'password' or 'sessionToken': a ';' or '=' is probably "
          + "missing around it. The value is not shown because it may hold a secret.");
    }
    return value;
  }

  /** The Calcite properties the URL set, to hand to Calcite. */
  public Map<String, String> engineProperties() {
    return engine;
  }

  private void check() throws SQLException {
    expect(BedrockProperty.REGION, REGION, "an AWS region such as us-east-1");
    expect(BedrockProperty.ACCOUNT_ID, ACCOUNT, "a 12-digit AWS account id");
    expect(BedrockProperty.ROLE_ARN, ROLE_ARN, "an IAM role ARN such as arn:aws:iam::123456789012:role/reader");
    regions();
    roleArns();
    if (values.containsKey(BedrockProperty.ROLE_ARN) && values.containsKey(BedrockProperty.ROLE_ARNS)) {
      throw invalid("Give either 'roleArn' or 'roleArns', not both: roleArns lists every role, one per account.");
    }
    fanOutConcurrency();
    onRegionErrorWarns();
    expect(BedrockProperty.ROLE_SESSION_NAME, SESSION_NAME, "2 to 64 characters of letters, digits and +=,.@_-");
    if (values.containsKey(BedrockProperty.USER) && !ACCESS_KEY.matcher(values.get(BedrockProperty.USER)).matches()) {
      throw invalid("Invalid value for 'user': expected an AWS access key id such as AKIAIOSFODNN7EXAMPLE.");
    }
    if (values.containsKey(BedrockProperty.USER) != values.containsKey(BedrockProperty.PASSWORD)) {
      throw invalid("'user' (access key id) and 'password' (secret access key) must be given together.");
    }
    if (values.containsKey(BedrockProperty.SESSION_TOKEN) && !values.containsKey(BedrockProperty.USER)) {
      throw invalid("'sessionToken' needs 'user' (access key id) and 'password' (secret access key) too.");
    }
    if (values.containsKey(BedrockProperty.PROFILE) && values.containsKey(BedrockProperty.USER)) {
      throw invalid("Give either 'profile' or 'user'/'password', not both.");
    }
    endpoint(BedrockProperty.ENDPOINT);
    endpoint(BedrockProperty.STS_ENDPOINT);
    pageSize();
    detailConcurrency();
    retryMode();
    maxAttempts();
    retryMaxDelay();
    connectTimeout();
    apiCallTimeout();
    queryTimeout();
    logLevel();
    for (BedrockProperty flag : new BedrockProperty[] {BedrockProperty.DEMO, BedrockProperty.PREFETCH,
        BedrockProperty.FAST_PATH, BedrockProperty.PUSHDOWN}) {
      String v = get(flag).toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw invalid("Invalid value for '" + flag.key() + "': expected true or false.");
      }
    }
  }

  private void expect(BedrockProperty p, Pattern pattern, String what) throws SQLException {
    String v = values.get(p);
    if (v != null && !pattern.matcher(v).matches()) {
      throw invalidValue(p.key(), v, what);
    }
  }

  /** A bad value: the value is shown only if it cannot hold a neighbouring secret ({@link ConnectString#shownValue}). */
  static SQLException invalidValue(String key, String value, String expected) {
    return invalid("Invalid value " + ConnectString.shownValue(value) + " for '" + key + "': expected " + expected + ".");
  }

  static SQLException invalid(String message) {
    return new SQLNonTransientConnectionException(message, "08001");
  }

  private String get(BedrockProperty p) {
    String v = values.get(p);
    return v != null ? v : p.defaultValue();
  }

  public String region() {
    return values.get(BedrockProperty.REGION);
  }

  public String profile() {
    return values.get(BedrockProperty.PROFILE);
  }

  public String accessKeyId() {
    return values.get(BedrockProperty.USER);
  }

  /** The secret access key: pass it to the SDK only. */
  public String secretAccessKey() {
    return values.get(BedrockProperty.PASSWORD);
  }

  /** The session token: pass it to the SDK only. */
  public String sessionToken() {
    return values.get(BedrockProperty.SESSION_TOKEN);
  }

  public String roleArn() {
    return values.get(BedrockProperty.ROLE_ARN);
  }

  /**
   * The regions the URL lists ({@code regions}), in its order without repeats; {@code ["*"]} for every region of
   * the partition; empty when unset (the one {@code region}).
   */
  public List<String> regions() throws SQLException {
    String v = values.get(BedrockProperty.REGIONS);
    if (v == null) {
      return List.of();
    }
    return v.equals("*") ? List.of("*") : list(BedrockProperty.REGIONS, REGION,
        "regions such as us-east-1,us-west-2 separated by commas, or * for every region");
  }

  /** The roles to assume, one per account: {@code roleArns}, or {@code roleArn} alone; empty for the base identity. */
  public List<String> roleArns() throws SQLException {
    String v = values.get(BedrockProperty.ROLE_ARNS);
    if (v == null) {
      return roleArn() == null ? List.of() : List.of(roleArn());
    }
    return list(BedrockProperty.ROLE_ARNS, ROLE_ARN,
        "IAM role ARNs such as arn:aws:iam::123456789012:role/reader separated by commas");
  }

  /** A comma-separated list's values, each matching {@code pattern}, in order without repeats. */
  private List<String> list(BedrockProperty p, Pattern pattern, String expected) throws SQLException {
    String v = values.get(p);
    Set<String> out = new LinkedHashSet<>();
    for (String item : v.split(",")) {
      if (!pattern.matcher(item.trim()).matches()) {
        throw invalidValue(p.key(), v, expected);
      }
      out.add(item.trim());
    }
    return List.copyOf(out);
  }

  public int fanOutConcurrency() throws SQLException {
    return (int) number(BedrockProperty.FAN_OUT_CONCURRENCY, 1, 64, "a whole number from 1 to 64");
  }

  /** Whether a failed region or account becomes a warning on the result (else it fails the query). */
  public boolean onRegionErrorWarns() throws SQLException {
    String v = get(BedrockProperty.ON_REGION_ERROR).toLowerCase(Locale.ROOT);
    if (!v.equals("fail") && !v.equals("warn")) {
      throw invalidValue(BedrockProperty.ON_REGION_ERROR.key(), v, "fail or warn");
    }
    return v.equals("warn");
  }

  public String externalId() {
    return values.get(BedrockProperty.EXTERNAL_ID);
  }

  public String roleSessionName() {
    return get(BedrockProperty.ROLE_SESSION_NAME);
  }

  public URI endpoint() {
    String v = values.get(BedrockProperty.ENDPOINT);
    return v == null ? null : URI.create(v);
  }

  public URI stsEndpoint() {
    String v = values.get(BedrockProperty.STS_ENDPOINT);
    return v == null ? null : URI.create(v);
  }

  public int pageSize() throws SQLException {
    return (int) number(BedrockProperty.PAGE_SIZE, 1, 1000, "a whole number from 1 to 1000");
  }

  public int detailConcurrency() throws SQLException {
    return (int) number(BedrockProperty.DETAIL_CONCURRENCY, 1, 64, "a whole number from 1 to 64");
  }

  /** {@code adaptive} or {@code standard}. */
  public String retryMode() throws SQLException {
    String v = get(BedrockProperty.RETRY_MODE).toLowerCase(Locale.ROOT);
    if (!v.equals("adaptive") && !v.equals("standard")) {
      throw invalidValue("retryMode", v, "adaptive or standard");
    }
    return v;
  }

  /** {@code off}, {@code info} or {@code debug}. */
  public String logLevel() throws SQLException {
    String v = get(BedrockProperty.LOG_LEVEL).toLowerCase(Locale.ROOT);
    if (!v.equals("off") && !v.equals("info") && !v.equals("debug")) {
      throw invalidValue("logLevel", v, "off, info or debug");
    }
    return v;
  }

  public int maxAttempts() throws SQLException {
    return (int) number(BedrockProperty.MAX_ATTEMPTS, 1, 20, "a whole number of attempts from 1 to 20");
  }

  public Duration retryMaxDelay() throws SQLException {
    return Duration.ofMillis(number(BedrockProperty.RETRY_MAX_DELAY, 1, 60_000, "milliseconds from 1 to 60000"));
  }

  public Duration connectTimeout() throws SQLException {
    return Duration.ofMillis(number(BedrockProperty.CONNECT_TIMEOUT, 1, 600_000, "milliseconds from 1 to 600000"));
  }

  /** Seconds, 0 for none. */
  public int queryTimeout() throws SQLException {
    return (int) number(BedrockProperty.QUERY_TIMEOUT, 0, 86_400, "seconds from 0 (none) to 86400");
  }

  public Duration apiCallTimeout() throws SQLException {
    return Duration.ofMillis(number(BedrockProperty.API_CALL_TIMEOUT, 1, 3_600_000, "milliseconds from 1 to 3600000"));
  }

  private long number(BedrockProperty p, long min, long max, String what) throws SQLException {
    String v = get(p);
    try {
      long n = Long.parseLong(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalidValue(p.key(), v, what);
  }

  public String accountId() {
    return values.get(BedrockProperty.ACCOUNT_ID);
  }

  public boolean prefetch() {
    return Boolean.parseBoolean(get(BedrockProperty.PREFETCH));
  }

  public boolean fastPath() {
    return Boolean.parseBoolean(get(BedrockProperty.FAST_PATH));
  }

  public boolean pushdown() {
    return Boolean.parseBoolean(get(BedrockProperty.PUSHDOWN));
  }

  public boolean demo() {
    return Boolean.parseBoolean(get(BedrockProperty.DEMO));
  }

  private void endpoint(BedrockProperty p) throws SQLException {
    String v = values.get(p);
    if (v == null) {
      return;
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      // A bad port (99999) would only fail at the first query, with a message about the HTTP client.
      boolean port = uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65535;
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && port
          && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw invalidValue(p.key(), v, "a URL such as https://bedrock.us-east-1.amazonaws.com or http://127.0.0.1:4566 (port "
        + "1 to 65535, no user, query or fragment)");
  }

  /**
   * These settings pointed at the demo emulator: its endpoint, region, account and dummy keys replace whatever
   * else was set, so a demo never touches a real account; {@code regions} stays (the demo plays several).
   */
  public ConnectionConfig forDemo(URI emulatorEndpoint) {
    Map<BedrockProperty, String> demo = new EnumMap<>(values);
    demo.keySet().removeAll(EnumSet.of(BedrockProperty.PROFILE, BedrockProperty.ROLE_ARN, BedrockProperty.ROLE_ARNS,
        BedrockProperty.SESSION_TOKEN, BedrockProperty.STS_ENDPOINT));
    demo.put(BedrockProperty.ENDPOINT, emulatorEndpoint.toString());
    demo.put(BedrockProperty.REGION, "us-east-1");
    demo.put(BedrockProperty.USER, "DEMOACCESSKEY");
    demo.put(BedrockProperty.PASSWORD, "demo-secret");
    demo.put(BedrockProperty.ACCOUNT_ID, DemoEmulator.ACCOUNT);
    return new ConnectionConfig(demo, engine);
  }

  /** The settings with secrets masked, for diagnostics. */
  @Override public String toString() {
    StringBuilder sb = new StringBuilder("ConnectionConfig{");
    values.forEach((p, v) -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ")
        .append(p.key()).append('=').append(p.isSecret() ? "****" : v));
    return sb.append('}').toString();
  }
}
