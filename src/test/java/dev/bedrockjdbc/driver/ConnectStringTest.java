package dev.bedrockjdbc.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.apache.calcite.avatica.ConnectStringParser;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Properties;
import java.util.Random;

/** The driver's URL parser reads every URL as Avatica's does, and masks the parsed secret however it was quoted. */
class ConnectStringTest {
  private static final String ALPHABET = "ab =;'\" \t";

  /** Avatica's parser is the reference: same properties where it succeeds, an 08001 error where it fails. */
  @Test void readsEveryStringAsAvaticaDoes() {
    Random r = new Random(17);
    int compared = 0;
    int failed = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(14); k > 0; k--) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String text = sb.toString();
      Properties expected;
      try {
        expected = ConnectStringParser.parse(text);
      } catch (SQLException e) {
        failed++;
        try {
          ConnectString.properties(BedrockDriver.PREFIX + text, null);
          fail("accepted what Avatica refuses: [" + text + "]");
        } catch (SQLException mine) {
          assertEquals("08001", mine.getSQLState(), text);
        }
        continue;
      } catch (RuntimeException avaticaBug) {
        continue; // e.g. blanks after the last ';': Avatica throws StringIndexOutOfBoundsException
      }
      try {
        assertEquals(expected, ConnectString.properties(BedrockDriver.PREFIX + text, null), "[" + text + "]");
      } catch (SQLException e) {
        fail("refused what Avatica accepts: [" + text + "]: " + e.getMessage());
      }
      compared++;
    }
    assertTrue(compared > 10_000 && failed > 1_000, compared + " compared, " + failed + " refused by both");
  }

  @Test void masksTheParsedValueHoweverItIsQuoted() {
    String[] urls = {
        "jdbc:bedrock:region=us-east-1;password='ab''secret';user=A",
        "jdbc:bedrock:region=us-east-1;password=\"ab\"\"secret\";user=A",
        "jdbc:bedrock:region=us-east-1;password=  'ab;''secret'  ;user=A",
        "jdbc:bedrock:region=us-east-1;PassWord=ab'secret;user=A",
        "jdbc:bedrock:region=us-east-1;password=ab'secret;password='ab''secret';user=A"};
    for (String url : urls) {
      String masked = ConnectString.masked(url);
      assertFalse(masked.contains("secret"), masked);
      assertTrue(masked.startsWith("jdbc:bedrock:region=us-east-1;") && masked.endsWith(";user=A"), masked);
    }
    assertEquals("jdbc:bedrock:password=****;sessionToken=****;user=A",
        ConnectString.masked("jdbc:bedrock:password='a''b';sessionToken=\"t\"\"u\";user=A"));
    assertEquals("jdbc:bedrock:(malformed; not shown)", ConnectString.masked("jdbc:bedrock:password='secret"));
  }
}
