package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.server.ServerCustomizer;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Avatica's builder has no bind address (Jetty's default is every interface): set it on its connector. */
final class BindAddress implements ServerCustomizer<Server> {
  private final String host;

  BindAddress(String host) {
    this.host = host;
  }

  @Override public void customize(Server server) {
    for (Connector c : server.getConnectors()) {
      ((ServerConnector) c).setHost(host);
    }
  }
}
