package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.fastpath.FastPathPrepare;
import dev.bedrockjdbc.jdbc.BedrockMetaColumnFactory;
import dev.bedrockjdbc.jdbc.BedrockMetaTableFactory;
import dev.bedrockjdbc.jdbc.BedrockConnection;
import dev.bedrockjdbc.jdbc.DriverActivity;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.avatica.ConnectStringParser;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Handler;

import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code jdbc:bedrock:} driver: a Calcite connection whose default schema {@code bedrock} reads
 * Amazon Bedrock through its API. Registered through META-INF/services, so
 * {@code DriverManager.getConnection("jdbc:bedrock:region=us-east-1")} needs nothing else.
 */
public class BedrockDriver extends org.apache.calcite.jdbc.Driver {
  public static final String PREFIX = "jdbc:bedrock:";

  /** Calcite settings a connection gets unless the user sets them (calcite-notes section 2). */
  private static final Map<String, String> ENGINE_DEFAULTS = Map.of(
      "metaColumnFactory", BedrockMetaColumnFactory.class.getName(),
      "metaTableFactory", BedrockMetaTableFactory.class.getName(),
      "quoting", "DOUBLE_QUOTE",
      "unquotedCasing", "TO_LOWER",
      "quotedCasing", "UNCHANGED",
      "caseSensitive", "false",
      "conformance", "LENIENT",
      "timeZone", "UTC",
      "fun", "standard,postgresql");

  static {
    // Calcite reads these once; without UTF-8, a non-Latin-1 literal fails to parse (calcite-notes 3.3).
    setIfAbsent("calcite.default.charset", "UTF-8");
    setIfAbsent("calcite.default.nationalcharset", "UTF-8");
    setIfAbsent("calcite.default.collation.name", "UTF-8$en_US");
    // Reuse compiled plans for repeated SQL text (speed-notes 3: 18.5 -> 9.3 ms per new Statement). Safe
    // for this driver: a scan's API query is stashed as a parameter, not written into the generated source.
    setIfAbsent("calcite.bindable.cache.maxSize", "200");
    BedrockDriver driver = new BedrockDriver();
    driver.register();
    WarmUp.start(driver);
  }

  public BedrockDriver() {
    super(FastPathPrepare::new);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  @Override protected String getConnectStringPrefix() {
    return PREFIX;
  }

  @Override protected DriverVersion createDriverVersion() {
    return BedrockDriverVersion.create();
  }

  @Override protected Handler createHandler() {
    return new BedrockHandler(super.createHandler());
  }

  @Override public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    DriverActivity.enter();
    try {
      return open(url, info);
    } finally {
      DriverActivity.exit();
    }
  }

  private Connection open(String url, Properties info) throws SQLException {
    Properties props = ConnectStringParser.parse(url.substring(PREFIX.length()), info);
    // Fail fast, before Calcite opens anything; then build the SDK client while Calcite opens its connection.
    ApiBuilder.start(ConnectionConfig.parse(props));
    Properties withDefaults = new Properties();
    ENGINE_DEFAULTS.forEach(withDefaults::setProperty);
    withDefaults.putAll(props);
    final Connection calcite;
    try {
      calcite = super.connect(url, withDefaults);
    } catch (RuntimeException | SQLException e) {
      ApiBuilder.discard();
      throw SqlErrors.translate(e);
    }
    return new BedrockConnection(calcite, url, seconds -> BedrockHandler.schema(calcite).isReachable(seconds));
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Properties props = url != null && acceptsURL(url)
        ? ConnectStringParser.parse(url.substring(PREFIX.length()), info) : info;
    List<DriverPropertyInfo> out = new ArrayList<>();
    for (BedrockProperty p : BedrockProperty.values()) {
      String given = props == null ? null : findIgnoringCase(props, p.key());
      DriverPropertyInfo d = new DriverPropertyInfo(p.key(), p.isSecret() ? null : (given != null ? given : p.defaultValue()));
      d.description = p.description();
      d.required = false;
      if (p == BedrockProperty.DEMO || p == BedrockProperty.PREFETCH || p == BedrockProperty.FAST_PATH) {
        d.choices = new String[] {"false", "true"};
      }
      out.add(d);
    }
    return out.toArray(new DriverPropertyInfo[0]);
  }

  private static String findIgnoringCase(Properties props, String key) {
    for (String k : props.stringPropertyNames()) {
      if (k.equalsIgnoreCase(key)) {
        return props.getProperty(k);
      }
    }
    return null;
  }
}
