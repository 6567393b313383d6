package dev.bedrockjdbc.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The service's own constraints on the requests the emulator serves (ListCustomModels and GetCustomModel, and
 * the other List operations of the catalogue), transcribed from the reference documents (bedrock-api.md 1.2,
 * 1.3, 1.5 and 3; bedrock-tables.md, one section per List operation), not from the driver's code. It is deliberately a second copy: if the driver's idea of the API drifts from the
 * service's, requests the driver thinks valid come back 400 here, which a shared copy could never show.
 * Patterns are matched in full (bedrock-api.md 1.2: "An emulator should use full-match").
 */
public final class ServiceConstraints {
  /**
   * A string member: length bounds (inclusive) and a pattern, or null where the model gives none.
   * {@code servicePattern} is the pattern as the service model writes it, quoted in error messages; {@code pattern}
   * is what is matched, the same language where the service's text would backtrack exponentially in java.util.regex.
   */
  public record Text(String member, int minLength, int maxLength, Pattern pattern, String servicePattern) {
    public Text(String member, int minLength, int maxLength, Pattern pattern) {
      this(member, minLength, maxLength, pattern, pattern == null ? null : pattern.pattern());
    }

    /** Whether the service accepts this value. */
    public boolean accepts(String v) {
      return v.length() >= minLength && v.length() <= maxLength && (pattern == null || pattern.matcher(v).matches());
    }

    /** The value, or the service's ValidationException for it, checking lengths before the pattern. */
    String check(String v) throws ApiError {
      if (v.length() < minLength) {
        throw ApiError.constraint(member, v, "Member must have length greater than or equal to " + minLength);
      }
      if (v.length() > maxLength) {
        throw ApiError.constraint(member, v, "Member must have length less than or equal to " + maxLength);
      }
      if (pattern != null && !pattern.matcher(v).matches()) {
        throw ApiError.constraint(member, v, "Member must satisfy regular expression pattern: " + servicePattern);
      }
      return v;
    }
  }

  /** An enum member: the exact, case-sensitive wire values. */
  public record Choice(String member, List<String> values) {
    public boolean accepts(String v) {
      return values.contains(v);
    }

    String check(String v) throws ApiError {
      if (!accepts(v)) {
        throw ApiError.constraint(member, v, "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
      }
      return v;
    }
  }

  /** P-MODELARN (bedrock-api.md 1.2), the {@code ModelArn} shape: a custom or a foundation model. */
  public static final String P_MODELARN =
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))"
          + "(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}"
          + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}))";
  /** P-FMARN (bedrock-api.md 1.2), the {@code FoundationModelArn} shape. */
  public static final String P_FMARN =
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}"
          + "[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}";
  /** The {@code CustomModelName} pattern (nameContains, and a summary's modelName). */
  public static final String P_CUSTOM_MODEL_NAME = "([0-9a-zA-Z][_-]?){1,63}";

  public static final Text NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_CUSTOM_MODEL_NAME));
  public static final Text BASE_MODEL_ARN_EQUALS = new Text("baseModelArnEquals", 20, 1011, Pattern.compile(P_MODELARN));
  /** "no length bound" (bedrock-api.md 1.2; bedrock-tables.md lists no min/max either). */
  public static final Text FOUNDATION_MODEL_ARN_EQUALS =
      new Text("foundationModelArnEquals", 0, Integer.MAX_VALUE, Pattern.compile(P_FMARN));
  /** {@code PaginationToken}: 1..2048, {@code \S*}. */
  public static final Text NEXT_TOKEN = new Text("nextToken", 1, 2048, Pattern.compile("\\S*"));
  /** GetCustomModel's {@code modelIdentifier} (bedrock-api.md 3): 1..2048. The documents say its pattern admits
   *  names, custom and foundation ARNs and IDs, but do not give it, so only the length is checked. */
  public static final Text MODEL_IDENTIFIER = new Text("modelIdentifier", 1, 2048, null);

  public static final int MAX_RESULTS_MIN = 1;
  public static final int MAX_RESULTS_MAX = 1000;

  public static final Choice SORT_BY = new Choice("sortBy", List.of("CreationTime"));
  public static final Choice SORT_ORDER = new Choice("sortOrder", List.of("Ascending", "Descending"));
  public static final Choice MODEL_STATUS = new Choice("modelStatus", List.of("Active", "Creating", "Failed"));
  /** {@code isOwned} is a boolean on the wire: the SDK sends {@code true} or {@code false} (bedrock-api.md 1.3). */
  public static final Choice IS_OWNED = new Choice("isOwned", List.of("true", "false"));

  /**
   * creationTimeBefore/After as sent on the wire: ISO-8601 UTC with a literal Z, the fraction absent or in
   * groups of 3 digits (bedrock-api.md 1.3 and the checklist of section 7: "0, 3, 6 or 9 fractional digits
   * and a Z"). The model puts no range on the value itself.
   */
  public static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3}|\\.\\d{6}|\\.\\d{9})?Z");

  /**
   * What a summary's {@code modelArn} looks like: the custom-model branch of P-MODELARN (bedrock-tables.md:
   * "custom-model/(imported|provider.model[:version[:variant]])/12 chars", service pattern CustomModelArn).
   */
  public static final Pattern CUSTOM_MODEL_ARN = Pattern.compile(
      "arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))"
          + "(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12}");
  /** A summary's {@code modelName}: CustomModelName, 1..63 (bedrock-api.md 1.5). */
  public static final Text MODEL_NAME = new Text("modelName", 1, 63, Pattern.compile(P_CUSTOM_MODEL_NAME));

  // --- The other List operations (bedrock-tables.md, a section each). A member name is the wire name; the
  // same wire name (nameContains, statusEquals) has a different shape in each operation. ---

  /** {@code JobName} (ListModelCustomizationJobs and ListModelImportJobs nameContains): 1..63. The service's
   *  {@code -*} before a class that holds {@code -} is ambiguous but linear in java.util.regex (measured). */
  public static final String P_JOB_NAME = "[a-zA-Z0-9](-*[a-zA-Z0-9\\+\\-\\.])*";
  /** ListProvisionedModelThroughputs and ListImportedModels nameContains. */
  public static final String P_NAME_PLUS = "([0-9a-zA-Z][_-]?)+";
  /** ListEvaluationJobs nameContains ({@code EvaluationJobName}): lower case only. */
  public static final String P_EVALUATION_JOB_NAME = "[a-z0-9](-*[a-z0-9]){0,62}";
  /** ListModelInvocationJobs nameContains as the service writes it. java.util.regex takes exponential time on
   *  it (30 letters and a '!' took 35 s), so {@link #INVOCATION_JOB_NAME_CONTAINS} matches the equivalent
   *  {@code [a-zA-Z0-9][a-zA-Z0-9+\-.]*}: within the 1..63 length bound both admit exactly the same strings. */
  public static final String P_INVOCATION_JOB_NAME = "[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9\\+\\-\\.]){0,63}";
  /** ListCustomModelDeployments modelArnEquals: custom models only, and a fixed set of partitions. */
  public static final String P_DEPLOYMENT_MODEL_ARN =
      "arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model/(imported|[a-z0-9-]{1,63}[.]{1}"
          + "[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})/[a-z0-9]{12}";
  /** ListGuardrails guardrailIdentifier: an id or a guardrail ARN, 0..2048. */
  public static final String P_GUARDRAIL_IDENTIFIER =
      "(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))";
  /** GetGuardrail guardrailVersion ({@code GuardrailVersion} in the service model): a number or DRAFT. */
  public static final String P_GUARDRAIL_VERSION = "(([1-9][0-9]{0,7})|(DRAFT))";

  // ListFoundationModels (no paging at all: no maxResults, no nextToken)
  public static final Text BY_PROVIDER = new Text("byProvider", 0, Integer.MAX_VALUE, Pattern.compile("[A-Za-z0-9- ]{1,63}"));
  public static final Choice BY_CUSTOMIZATION_TYPE =
      new Choice("byCustomizationType", List.of("FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION"));
  public static final Choice BY_OUTPUT_MODALITY = new Choice("byOutputModality", List.of("TEXT", "IMAGE", "EMBEDDING"));
  public static final Choice BY_INFERENCE_TYPE = new Choice("byInferenceType", List.of("ON_DEMAND", "PROVISIONED"));

  // ListModelCustomizationJobs
  public static final Text CUSTOMIZATION_JOB_NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_JOB_NAME));
  public static final Choice CUSTOMIZATION_JOB_STATUS =
      new Choice("statusEquals", List.of("InProgress", "Completed", "Failed", "Stopping", "Stopped"));

  // ListProvisionedModelThroughputs
  public static final Text PROVISIONED_NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_NAME_PLUS));
  public static final Text PROVISIONED_MODEL_ARN_EQUALS = new Text("modelArnEquals", 20, 1011, Pattern.compile(P_MODELARN));
  public static final Choice PROVISIONED_STATUS =
      new Choice("statusEquals", List.of("Creating", "InService", "Updating", "Failed"));

  // ListImportedModels
  public static final Text IMPORTED_MODEL_NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_NAME_PLUS));

  // ListModelImportJobs
  public static final Text IMPORT_JOB_NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_JOB_NAME));
  public static final Choice IMPORT_JOB_STATUS = new Choice("statusEquals", List.of("InProgress", "Completed", "Failed"));

  // ListModelCopyJobs (targetModelNameContains travels as outputModelNameContains)
  public static final Choice COPY_JOB_STATUS = new Choice("statusEquals", List.of("InProgress", "Completed", "Failed"));
  public static final Text SOURCE_ACCOUNT_EQUALS =
      new Text("sourceAccountEquals", 0, Integer.MAX_VALUE, Pattern.compile("[0-9]{12}"));
  public static final Text SOURCE_MODEL_ARN_EQUALS = new Text("sourceModelArnEquals", 20, 1011, Pattern.compile(P_MODELARN));
  public static final Text OUTPUT_MODEL_NAME_CONTAINS =
      new Text("outputModelNameContains", 1, 63, Pattern.compile(P_CUSTOM_MODEL_NAME));

  // ListModelInvocationJobs (time bounds are submitTimeAfter/Before)
  public static final Text INVOCATION_JOB_NAME_CONTAINS = new Text("nameContains", 1, 63,
      Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9+\\-.]*"), P_INVOCATION_JOB_NAME);
  public static final Choice INVOCATION_JOB_STATUS = new Choice("statusEquals", List.of("Submitted", "InProgress",
      "Completed", "Failed", "Stopping", "Stopped", "PartiallyCompleted", "Expired", "Validating", "Scheduled"));

  // ListEvaluationJobs
  public static final Text EVALUATION_JOB_NAME_CONTAINS =
      new Text("nameContains", 1, 63, Pattern.compile(P_EVALUATION_JOB_NAME));
  public static final Choice EVALUATION_JOB_STATUS = new Choice("statusEquals",
      List.of("InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"));
  public static final Choice APPLICATION_TYPE_EQUALS =
      new Choice("applicationTypeEquals", List.of("ModelEvaluation", "RagEvaluation"));

  // ListCustomModelDeployments (time bounds are createdAfter/Before)
  public static final Text DEPLOYMENT_NAME_CONTAINS = new Text("nameContains", 1, 63, Pattern.compile(P_CUSTOM_MODEL_NAME));
  public static final Text DEPLOYMENT_MODEL_ARN_EQUALS =
      new Text("modelArnEquals", 20, 1011, Pattern.compile(P_DEPLOYMENT_MODEL_ARN));
  public static final Choice DEPLOYMENT_STATUS = new Choice("statusEquals", List.of("Creating", "Active", "Failed"));

  // ListInferenceProfiles (typeEquals travels as type) and ListPromptRouters
  public static final Choice INFERENCE_PROFILE_TYPE = new Choice("type", List.of("SYSTEM_DEFINED", "APPLICATION"));
  public static final Choice PROMPT_ROUTER_TYPE = new Choice("type", List.of("custom", "default"));

  // ListGuardrails and GetGuardrail
  public static final Text GUARDRAIL_IDENTIFIER =
      new Text("guardrailIdentifier", 0, 2048, Pattern.compile(P_GUARDRAIL_IDENTIFIER));
  public static final Text GUARDRAIL_VERSION =
      new Text("guardrailVersion", 0, Integer.MAX_VALUE, Pattern.compile(P_GUARDRAIL_VERSION));

  /** The identifier label of a Get other than GetCustomModel/GetGuardrail: only its length is checked, as for
   *  {@link #MODEL_IDENTIFIER}; the documents give no pattern for them. */
  static Text identifier(String label) {
    return new Text(label, 1, 2048, null);
  }

  private ServiceConstraints() {
  }

  /** Whether the service accepts this maxResults value as sent on the wire. */
  public static boolean acceptsMaxResults(String v) {
    try {
      long n = Long.parseLong(v);
      return n >= MAX_RESULTS_MIN && n <= MAX_RESULTS_MAX;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether the service accepts this creationTimeBefore/After value as sent on the wire. */
  public static boolean acceptsTimestamp(String v) {
    if (!TIMESTAMP.matcher(v).matches()) {
      return false;
    }
    try {
      Instant.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false; // the right form but no such date or time, e.g. month 13
    }
  }
}
