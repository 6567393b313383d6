package dev.bedrockjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
  }
}
