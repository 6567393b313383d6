package dev.bedrockjdbc.cli;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * What sqlline connects through. sqlline hands a driver only a URL, a user and a password, so the CLI's
 * options reach {@code DriverManager.getConnection(url, properties)} through this driver, registered for one
 * run, rather than spliced into the URL's text, where a ';' in a value or a profile name would start another
 * property. The prompt shows {@link #URL}, never a value.
 */
final class PropertiesHandoff implements Driver {
  static final String URL = "jdbc:bedrock-cli:";

  private final String url;
  private final Properties properties;

  PropertiesHandoff(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
  }

  @Override public Connection connect(String u, Properties ignored) throws SQLException {
    // sqlline's own user and password are the empty ones the CLI passes it; the options hold the real ones.
    return acceptsURL(u) ? DriverManager.getConnection(url, properties) : null;
  }

  @Override public boolean acceptsURL(String u) {
    return URL.equals(u);
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String u, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override public int getMajorVersion() {
    return 1;
  }

  @Override public int getMinorVersion() {
    return 0;
  }

  @Override public boolean jdbcCompliant() {
    return false;
  }

  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }
}
