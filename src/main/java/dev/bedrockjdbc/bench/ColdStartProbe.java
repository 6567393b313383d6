package dev.bedrockjdbc.bench;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.SortOrder;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * Run in a fresh JVM by the benchmark: reaches the first row of the newest-five query (with or without one of issue
 * 15's two WHERE clauses) through the driver, through a thin client of the query server, or through the raw SDK,
 * prints it and exits. The parent times process start to that line.
 */
public final class ColdStartProbe {
  private static final String NEWEST_5 = "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5";
  /** Issue 15's two questions with a WHERE clause: planned by Calcite, not the fast path. */
  static final String ACTIVE =
      "SELECT model_name FROM custom_models WHERE model_status = 'Active' ORDER BY creation_time DESC LIMIT 5";
  private static final String BOT = "SELECT model_name FROM custom_models WHERE model_name LIKE '%bot%' "
      + "AND creation_time > ? ORDER BY creation_time DESC LIMIT 5";

  private ColdStartProbe() {
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("thin")) {
      // A thin Avatica client of a running `server`: args[1] is its client URL. The -all jar registers only
      // this driver, so the thin one is loaded by name, as a client application would have it registered.
      Class.forName(ServerFigures.THIN_DRIVER);
      try (Connection c = DriverManager.getConnection(args[1]); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery(NEWEST_5)) {
        rs.next();
        System.out.println("FIRST_ROW " + rs.getString(1));
      }
      return;
    }
    URI endpoint = URI.create(args[1]);
    if (args[0].equals("idle")) {
      // A user who connects, pauses (types the query), then runs it: time of the query alone.
      try (Connection c = DriverManager.getConnection(RawSdk.url(endpoint, ""))) {
        Thread.sleep(3000);
        long start = System.nanoTime();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
            "SELECT model_name FROM custom_models WHERE model_status = 'Active' ORDER BY creation_time DESC LIMIT 5")) {
          rs.next();
        }
        System.out.println((System.nanoTime() - start) / 1_000_000);
      }
    } else if (args[0].equals("driver") || args[0].equals("active")) {
      try (Connection c = DriverManager.getConnection(RawSdk.url(endpoint, ""));
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery(args[0].equals("driver") ? NEWEST_5 : ACTIVE)) {
        rs.next();
        System.out.println("FIRST_ROW " + rs.getString(1));
      }
    } else if (args[0].equals("bot")) {
      try (Connection c = DriverManager.getConnection(RawSdk.url(endpoint, ""));
           PreparedStatement ps = c.prepareStatement(BOT)) {
        ps.setTimestamp(1, Timestamp.valueOf("2020-01-01 00:00:00"));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          System.out.println("FIRST_ROW " + rs.getString(1));
        }
      }
    } else {
      try (BedrockClient sdk = RawSdk.client(endpoint)) {
        String name = sdk.listCustomModels(r -> r.maxResults(5).sortBy("CreationTime").sortOrder(SortOrder.DESCENDING))
            .modelSummaries().get(0).modelName();
        System.out.println("FIRST_ROW " + name);
      }
    }
    System.out.flush();
  }
}
