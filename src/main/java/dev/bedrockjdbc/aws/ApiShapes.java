package dev.bedrockjdbc.aws;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Constraints of the Bedrock API model (2023-04-20) on ListCustomModels parameters (bedrock-api.md 1.2),
 * matched in full. The driver uses them never to send a value the service would reject; the emulator uses
 * them to reject such values as the service does.
 */
public final class ApiShapes {
  /** {@code CustomModelName}: {@code nameContains}, 1..63 characters. */
  public static final Pattern CUSTOM_MODEL_NAME = Pattern.compile("([0-9a-zA-Z][_-]?){1,63}");
  /** {@code ModelArn}: {@code baseModelArnEquals}, 20..1011 characters; a custom or a foundation model. */
  public static final Pattern MODEL_ARN = Pattern.compile(
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))"
          + "(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}"
          + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}))");
  /** The custom-model half of {@link #MODEL_ARN}: what a {@code modelArn} in a summary looks like. */
  public static final Pattern CUSTOM_MODEL_ARN = Pattern.compile(
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))"
          + "(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12}");
  /** {@code FoundationModelArn}: {@code foundationModelArnEquals}. */
  public static final Pattern FOUNDATION_MODEL_ARN = Pattern.compile(
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}"
          + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}");
  /** {@code ModelStatus}. */
  public static final Set<String> MODEL_STATUSES = Set.of("Active", "Creating", "Failed");

  private ApiShapes() {
  }

  /**
   * Whether a value can be GetCustomModel's {@code modelIdentifier} as a custom model's ARN: the pattern (whose
   * partition part is unbounded) and at most 2048 characters.
   */
  public static boolean isCustomModelArn(String v) {
    return v.length() <= 2048 && CUSTOM_MODEL_ARN.matcher(v).matches();
  }

  /** Whether a value fits {@code baseModelArnEquals}: the pattern and 20..1011 characters. */
  public static boolean isBaseModelArn(String v) {
    return v.length() >= 20 && v.length() <= 1011 && MODEL_ARN.matcher(v).matches();
  }
}
