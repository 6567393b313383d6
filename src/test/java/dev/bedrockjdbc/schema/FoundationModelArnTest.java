package dev.bedrockjdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** The hand-written foundation-model ARN check answers exactly as the pattern it replaces. */
class FoundationModelArnTest {
  private static final Pattern PATTERN = Pattern.compile("arn:aws[a-z-]*:bedrock:[a-z0-9-]*::foundation-model/");

  @Test void agreesWithThePattern() {
    List<String> cases = new ArrayList<>(List.of(
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1:0:8k",
        "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/meta.llama3",
        "arn:aws-cn:bedrock:cn-north-1::foundation-model/x", "arn:aws:bedrock:::foundation-model/",
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan/abc",
        "arn:aws:bedrock:us-east-1::foundation-model", "arn:aws:bedrock:us-east-1::foundation-model-x/",
        "arn:aws:bedrock:US-EAST-1::foundation-model/x", "arn:awsx:bedrock:us-east-1::foundation-model/x",
        "arn:aws1:bedrock:us-east-1::foundation-model/x", "arn:aws:bedrock:us_east_1::foundation-model/x",
        "arn:aws:sagemaker:us-east-1::foundation-model/x", "xarn:aws:bedrock:us-east-1::foundation-model/x",
        "arn:aws", "arn:aws:", "arn:aws:bedrock:", "arn:aws:bedrock:1::foundation-model/", "", "arn:aws::bedrock::"));
    // Random ARN-like strings: the pattern's fixed parts, each sometimes dropped or altered, with random runs
    // from the characters its classes are about in between.
    Random random = new Random(42);
    String runChars = "az-09:A_";
    String[] fixed = {"arn:aws", ":bedrock:", "::foundation-model/"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (String part : fixed) {
        int choice = random.nextInt(8);
        sb.append(choice == 0 ? "" : choice == 1 ? part.substring(0, random.nextInt(part.length())) : part);
        for (int k = random.nextInt(4); k > 0; k--) {
          sb.append(runChars.charAt(random.nextInt(runChars.length())));
        }
      }
      cases.add(sb.toString());
    }
    int matches = 0;
    for (String arn : cases) {
      boolean expected = PATTERN.matcher(arn).lookingAt();
      assertEquals(expected, CustomModelColumn.isFoundationModelArn(arn), arn);
      matches += expected ? 1 : 0;
    }
    assertEquals(true, matches > 50, "the random cases include matches: " + matches);
  }
}
