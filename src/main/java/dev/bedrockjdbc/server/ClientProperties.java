package dev.bedrockjdbc.server;

import dev.bedrockjdbc.driver.BedrockProperty;

import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.config.CalciteConnectionProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The connection properties an Avatica client may send: read-only session settings that change neither whose
 * identity is used, nor which endpoint, nor what the server spends. Everything else (credentials, profile, role,
 * endpoints, retries, API timeouts, Calcite's {@code model} and factories) comes from the server's command line
 * only. A client's {@code queryTimeout} can only shorten the server's: Avatica's protocol carries no statement's
 * timeout, so a connection property is how a client bounds its queries.
 */
final class ClientProperties {
  /** In their canonical spelling; a client's key is matched ignoring case, as the driver matches. */
  static final List<String> ALLOWED = List.of(
      BedrockProperty.PAGE_SIZE.key(), BedrockProperty.PREFETCH.key(), BedrockProperty.FAST_PATH.key(),
      BedrockProperty.QUERY_TIMEOUT.key(), "timeZone", "caseSensitive", "lex", "quoting", "unquotedCasing", "quotedCasing", "conformance", "fun");

  private ClientProperties() {
  }

  /**
   * The client's settings in canonical spelling, or a refusal the client sees (SQLState 08001) if it sent any
   * other property. A blank {@code user} or {@code password} is dropped: tools send their login fields even
   * when nothing was typed, and a blank value selects no identity.
   */
  static Map<String, String> accept(Map<String, String> info) {
    Map<String, String> out = new LinkedHashMap<>();
    if (info == null) {
      return out;
    }
    for (Map.Entry<String, String> e : info.entrySet()) {
      String key = canonical(e.getKey());
      if (key != null) {
        out.put(key, e.getValue());
      } else if (!(isLoginField(e.getKey()) && (e.getValue() == null || e.getValue().isBlank()))) {
        throw new AvaticaRuntimeException(refusal(e.getKey()), 0, "08001", AvaticaSeverity.ERROR);
      }
    }
    return out;
  }

  /** The server's properties with the allowed client settings in {@code info} over them. */
  static Properties over(Properties server, Properties info) {
    Properties out = new Properties();
    out.putAll(server);
    for (String key : info.stringPropertyNames()) {
      String allowed = canonical(key);
      if (allowed != null) {
        // One spelling only: a server's PAGESIZE and a client's pageSize would otherwise both reach the driver.
        String serverValue = out.stringPropertyNames().stream().filter(allowed::equalsIgnoreCase).findFirst()
            .map(out::getProperty).orElse(null);
        out.stringPropertyNames().stream().filter(allowed::equalsIgnoreCase).forEach(out::remove);
        String value = info.getProperty(key);
        out.setProperty(allowed, allowed.equals(BedrockProperty.QUERY_TIMEOUT.key())
            ? shorterTimeout(serverValue, value) : value);
      }
    }
    return out;
  }

  /** The shorter of two query timeouts in seconds (0: none); a value that is no number goes on, to be refused. */
  private static String shorterTimeout(String server, String client) {
    try {
      long s = server == null ? 0 : Long.parseLong(server.strip());
      long c = Long.parseLong(client.strip());
      return Long.toString(s <= 0 ? c : c <= 0 ? s : Math.min(s, c));
    } catch (NumberFormatException e) {
      return client;
    }
  }

  private static String canonical(String key) {
    return ALLOWED.stream().filter(key::equalsIgnoreCase).findFirst().orElse(null);
  }

  private static boolean isLoginField(String key) {
    return key.equalsIgnoreCase(BedrockProperty.USER.key()) || key.equalsIgnoreCase(BedrockProperty.PASSWORD.key());
  }

  /** Names the key only if it is a property name: an unknown key may be a mistyped secret. */
  private static String refusal(String key) {
    String named = BedrockProperty.of(key) != null || isCalciteProperty(key) ? "'" + key + "'" : "an unknown property";
    return "This server does not let a client set " + named + ": its identity, endpoint and limits come from the "
        + "server's command line. A client may set only " + String.join(", ", ALLOWED) + ".";
  }

  private static boolean isCalciteProperty(String key) {
    for (CalciteConnectionProperty p : CalciteConnectionProperty.values()) {
      if (p.camelName().equalsIgnoreCase(key)) {
        return true;
      }
    }
    return false;
  }
}
