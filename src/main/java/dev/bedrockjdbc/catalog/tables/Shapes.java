package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.ApiShapes;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The API's constraints on the filter values the tables send (bedrock-tables.md, matched in full), so that no
 * value the service would answer with a 400 is sent.
 */
final class Shapes {
  /**
   * Job names ({@code [a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*} and ListModelInvocationJobs' variant): the same names,
   * written without the nested quantifier that backtracks for seconds on a 30-character mismatch.
   */
  static final Pattern JOB_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9+\\-.]*");
  /** {@code ([0-9a-zA-Z][_-]?)+}: provisioned throughputs, imported models, deployments, copies' targets. */
  static final Pattern RESOURCE_NAME = Pattern.compile("([0-9a-zA-Z][_-]?)+");
  /** ListEvaluationJobs' nameContains: lower case only. */
  static final Pattern EVALUATION_NAME = Pattern.compile("[a-z0-9](-*[a-z0-9]){0,62}");
  /** ListCustomModelDeployments' modelArnEquals: a custom model of a named partition. */
  private static final Pattern DEPLOYED_MODEL_ARN = Pattern.compile("arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:"
      + "[a-z0-9-]{1,20}:[0-9]{12}:custom-model/(imported|[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}"
      + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})/[a-z0-9]{12}");
  /** ListFoundationModels' byProvider. */
  static final Pattern PROVIDER = Pattern.compile("[A-Za-z0-9- ]{1,63}");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  /** {@code GuardrailIdentifier}: an id or a guardrail ARN, at most 2048 characters. */
  private static final Pattern GUARDRAIL_IDENTIFIER = Pattern.compile(
      "(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))");
  /** {@code GuardrailVersion}: a version number or DRAFT. */
  private static final Pattern GUARDRAIL_VERSION = Pattern.compile("(([1-9][0-9]{0,7})|(DRAFT))");

  private Shapes() {
  }

  /** {@code ModelArn}: 20..1011 characters, a custom or a foundation model. */
  static boolean modelArn(String v) {
    return ApiShapes.isBaseModelArn(v);
  }

  static boolean deployedModelArn(String v) {
    return v.length() >= 20 && v.length() <= 1011 && DEPLOYED_MODEL_ARN.matcher(v).matches();
  }

  static boolean account(String v) {
    return ACCOUNT.matcher(v).matches();
  }

  static boolean guardrailIdentifier(String v) {
    return v.length() <= 2048 && GUARDRAIL_IDENTIFIER.matcher(v).matches();
  }

  static boolean guardrailVersion(String v) {
    return GUARDRAIL_VERSION.matcher(v).matches();
  }

  /**
   * A Get identifier that is an ARN of one of these resource types (a Get takes names too, but a key column
   * holds ARNs, and an identifier of another shape may be answered with a ValidationException).
   */
  static Predicate<String> arnOf(String... resourceTypes) {
    Pattern arn = Pattern.compile("arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:("
        + String.join("|", resourceTypes) + ")/[^\\s]+");
    return v -> v.length() <= 2048 && arn.matcher(v).matches();
  }

  /** An enum parameter: its exact, case-sensitive values. */
  static Predicate<String> oneOf(String... values) {
    return List.of(values)::contains;
  }
}
