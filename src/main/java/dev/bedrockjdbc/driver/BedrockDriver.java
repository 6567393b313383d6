package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.fastpath.FastPathPrepare;
import dev.bedrockjdbc.jdbc.BedrockMetaColumnFactory;
import dev.bedrockjdbc.jdbc.BedrockMetaTableFactory;
import dev.bedrockjdbc.jdbc.BedrockConnection;
import dev.bedrockjdbc.jdbc.DriverActivity;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Handler;

import java.lang.ref.Cleaner;
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

  /** Calcite settings every connection gets; a URL cannot set them (they name classes to load). */
  private static final Map<String, String> ENGINE_INTERNAL = Map.of(
      "metaColumnFactory", BedrockMetaColumnFactory.class.getName(),
      "metaTableFactory", BedrockMetaTableFactory.class.getName());
  /** Calcite settings a connection gets unless the user sets them (calcite-notes section 2); all in {@link EngineProperty}. */
  private static final Map<String, String> ENGINE_DEFAULTS = Map.of(
      "quoting", "DOUBLE_QUOTE",
      "unquotedCasing", "TO_LOWER",
      "quotedCasing", "UNCHANGED",
      "caseSensitive", "false",
      "conformance", "LENIENT",
      "timeZone", "UTC",
      "fun", "standard,postgresql");

  static {
    // Registering is all that loading the class does; Calcite's settings and the warm-up wait for a connect.
    new BedrockDriver().register();
  }

  public BedrockDriver() {
    super(FastPathPrepare::new);
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
    // Parsed and checked before anything else, so no other code ever reports on the URL's text.
    Properties props = ConnectString.properties(url, info);
    ConnectionConfig config = ConnectionConfig.parse(props);
    CalciteSystemDefaults.apply();
    // Then build the SDK client while Calcite opens its connection.
    ApiBuilder.start(config);
    final Connection calcite;
    try {
      // The bare prefix: Calcite gets the checked properties, not the URL to parse again.
      calcite = super.connect(PREFIX, calciteProperties(props, config));
    } catch (RuntimeException | SQLException e) {
      ApiBuilder.discard();
      throw SqlErrors.translate(e);
    }
    BedrockConnection connection = new BedrockConnection(calcite, ConnectString.masked(url),
        () -> BedrockHandler.schema(calcite).isUsable(), config.queryTimeout());
    // A connection dropped without close() would keep its SDK client and threads for good: close it when
    // the object the user held becomes unreachable. The action holds Calcite's connection, never the wrapper.
    Unreachable.CLEANER.register(connection, new CloseUnreachable(calcite));
    WarmUp.startOnce(this);
    return connection;
  }

  /** The cleaner's thread, started with the first connection rather than when the class loads. */
  private static final class Unreachable {
    static final Cleaner CLEANER = Cleaner.create(r -> {
      Thread t = new Thread(r, "bedrock-jdbc-cleaner");
      t.setDaemon(true);
      return t;
    });
  }

  /** Closes a connection whose user-facing object was collected (or again, harmlessly, one already closed). */
  private record CloseUnreachable(Connection calcite) implements Runnable {
    @Override public void run() {
      try {
        calcite.close();
      } catch (SQLException | RuntimeException e) {
        // Nobody is left to tell; the client's resources are released as far as they can be.
      }
    }
  }

  /** The driver's own properties as given, then the Calcite settings: defaults, the URL's, the internal ones. */
  private static Properties calciteProperties(Properties props, ConnectionConfig config) {
    Properties out = new Properties();
    for (String key : props.stringPropertyNames()) {
      if (BedrockProperty.of(key) != null) {
        out.setProperty(key, props.getProperty(key));
      }
    }
    Map<String, String> given = config.engineProperties();
    ENGINE_DEFAULTS.forEach((key, value) -> {
      // A lex the user chose brings its own quoting and casing: the driver's defaults of those would undo it.
      if (!given.containsKey("lex") || !EngineProperty.of(key).setByLex()) {
        out.setProperty(key, value);
      }
    });
    given.forEach(out::setProperty);
    ENGINE_INTERNAL.forEach(out::setProperty);
    return out;
  }

  /** The settings of a connection Calcite opened with {@link #calciteProperties}. */
  static ConnectionConfig configOf(Properties calciteProperties) throws SQLException {
    Properties given = new Properties();
    given.putAll(calciteProperties);
    ENGINE_INTERNAL.keySet().forEach(given::remove);
    return ConnectionConfig.parse(given);
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Properties props = url != null && acceptsURL(url) ? ConnectString.properties(url, info) : info;
    List<DriverPropertyInfo> out = new ArrayList<>();
    for (BedrockProperty p : BedrockProperty.values()) {
      String given = props == null ? null : findIgnoringCase(props, p.key());
      // A value that may have taken in a neighbouring secret is not shown, as in messages.
      String shown = given != null && ConnectString.showable(given) ? given : p.defaultValue();
      DriverPropertyInfo d = new DriverPropertyInfo(p.key(), p.isSecret() ? null : shown);
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
