package dev.bedrockjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

/** The tool kits in examples/ are well-formed and say what the driver actually does. */
class ExampleKitsTest {
  @Test void tableauCustomizationMatchesTheDriver() throws Exception {
    Document tdc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("examples/bedrock-jdbc.tdc").toFile());
    assertEquals("genericjdbc", tdc.getDocumentElement().getAttribute("class"));
    NodeList caps = tdc.getElementsByTagName("customization");
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < caps.getLength(); i++) {
      var e = (org.w3c.dom.Element) caps.item(i);
      values.put(e.getAttribute("name"), e.getAttribute("value"));
    }
    assertEquals("yes", values.get("CAP_JDBC_QUERY_CANCEL"), "Statement.cancel() works");
    assertEquals("yes", values.get("CAP_JDBC_METADATA_READ_PRIMARYKEYS"), "getPrimaryKeys answers model_arn");
    assertEquals("no", values.get("CAP_CREATE_TEMP_TABLES"), "read-only");
  }

  @Test void dbeaverGuideNamesTheDriverClassAndSettings() throws Exception {
    String guide = Files.readString(Path.of("examples/dbeaver.md"));
    assertTrue(guide.contains("dev.bedrockjdbc.driver.BedrockDriver"));
    assertTrue(guide.contains("Omit catalogs") && guide.contains("Read-only"));
    for (TableSpec t : Tables.all()) {
      assertTrue(Pattern.compile("[├└]── " + t.name() + " +\\S").matcher(guide).find(),
          "the schema tree in examples/dbeaver.md shows " + t.name() + " with a description");
    }
  }

  /** The statements of examples/queries.sql, comments removed. */
  static List<String> exampleQueries() throws Exception {
    String text = Files.readAllLines(Path.of("examples/queries.sql")).stream()
        .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
    return Arrays.stream(text.split(";")).map(String::strip).filter(q -> !q.isEmpty()).toList();
  }

  @Test void everyExampleQueryRunsOnTheDemoAndReturnsRows() throws Exception {
    List<String> queries = exampleQueries();
    try (Connection c = DriverManager.getConnection("jdbc:bedrock:demo=true")) {
      for (String sql : queries) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
          assertTrue(rs.next(), "no row on the demo's data: " + sql);
        }
      }
    }
    for (TableSpec t : Tables.all()) {
      Pattern read = Pattern.compile("\\b(FROM|JOIN)\\s+" + t.name() + "\\b");
      assertTrue(queries.stream().anyMatch(q -> read.matcher(q).find()),
          "examples/queries.sql asks nothing of " + t.name() + ": add a useful query");
    }
  }
}
