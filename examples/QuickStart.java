import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The smallest bedrock-jdbc program: DriverManager, a URL, a query.
 *
 * <pre>
 *   mvn -B -q package -DskipTests
 *   java -cp target/bedrock-jdbc-0.1.0-all.jar examples/QuickStart.java            # demo data
 *   java -cp target/bedrock-jdbc-0.1.0-all.jar examples/QuickStart.java "jdbc:bedrock:region=us-east-1;profile=dev"
 * </pre>
 */
public class QuickStart {
  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "jdbc:bedrock:demo=true";
    try (Connection c = DriverManager.getConnection(url);
         PreparedStatement ps = c.prepareStatement(
             "SELECT model_name, model_status, creation_time FROM custom_models"
                 + " WHERE creation_time >= ? ORDER BY creation_time DESC LIMIT 10")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now().minus(365, ChronoUnit.DAYS)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          System.out.printf("%-40s %-9s %s%n", rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant());
        }
      }
    }
  }
}
