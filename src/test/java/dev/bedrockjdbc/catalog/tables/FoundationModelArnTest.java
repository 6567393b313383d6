package dev.bedrockjdbc.catalog.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** foundation_model_arn is read from the model's own ARN, by hand, exactly as this pattern reads it. */
class FoundationModelArnTest {
  private static final Pattern CUSTOM = Pattern.compile("arn:([^:]*):bedrock:([^:]*):[^:]*:custom-model/([^/]+)/[^/]+");

  private static String reference(String arn) {
    Matcher m = CUSTOM.matcher(arn);
    return !m.matches() || m.group(3).equals("imported") ? null
        : "arn:" + m.group(1) + ":bedrock:" + m.group(2) + "::foundation-model/" + m.group(3);
  }

  @Test void namesTheFoundationModelOfTheArn() {
    assertEquals("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k",
        CustomModels.foundationModelArn(
            "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdefghijkl"));
    assertEquals("arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/meta.llama3-8b-instruct-v1:0",
        CustomModels.foundationModelArn(
            "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:custom-model/meta.llama3-8b-instruct-v1:0/x1y2z3a4b5c6"));
    assertNull(CustomModels.foundationModelArn(
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/imported/abcdefghijkl"), "imported models have none");
  }

  @Test void agreesWithThePattern() {
    List<String> cases = new ArrayList<>(List.of("", "arn:", "arn:aws", "arn:aws:bedrock:",
        "arn:aws:bedrock:us-east-1:1:custom-model/", "arn:aws:bedrock:us-east-1:1:custom-model/a.b/",
        "arn:aws:bedrock:us-east-1:1:custom-model//id", "arn:aws:bedrock:us-east-1:1:custom-model/a/b/c",
        "arn:aws:sagemaker:us-east-1:1:custom-model/a.b/id", "arn:aws:bedrock:us-east-1::foundation-model/a.b",
        "arn:aws:bedrock:us-east-1:1:custom-model/imported/id", "arn:aws:bedrock:us-east-1:1:custom-model/importedx/id",
        "arn:aws:bedrock:us-east-1:1:custom-model/imported:1/id", "xarn:aws:bedrock:r:1:custom-model/a.b/id"));
    // ARN-like strings: the fixed parts, each sometimes dropped or cut, with random runs between them.
    Random random = new Random(42);
    String runChars = "az09:/.-";
    String[] fixed = {"arn:", "aws", ":bedrock:", "us-east-1", ":123456789012:", "custom-model/", "imported", "/", "id"};
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (String part : fixed) {
        int choice = random.nextInt(10);
        sb.append(choice == 0 ? "" : choice == 1 ? part.substring(0, random.nextInt(part.length())) : part);
        for (int k = random.nextInt(3) == 0 ? random.nextInt(3) : 0; k > 0; k--) {
          sb.append(runChars.charAt(random.nextInt(runChars.length())));
        }
      }
      cases.add(sb.toString());
    }
    int named = 0;
    for (String arn : cases) {
      String expected = reference(arn);
      assertEquals(expected, CustomModels.foundationModelArn(arn), arn);
      named += expected == null ? 0 : 1;
    }
    assertTrue(named > 1000, "the random cases include ARNs that name a foundation model: " + named);
  }
}
