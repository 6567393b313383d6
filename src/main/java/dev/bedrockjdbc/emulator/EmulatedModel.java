package dev.bedrockjdbc.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One custom model held by the emulator: the fields of a ListCustomModels summary, the fields only
 * GetCustomModel returns, and the two the API filters on but never returns (job name, foundation model).
 * Optional fields are null where an older or partial record lacks them.
 */
public record EmulatedModel(
    String modelArn,
    String modelName,
    Instant creationTime,
    String baseModelArn,
    String baseModelName,
    String customizationType,
    String ownerAccountId,
    String modelStatus,
    String jobName,
    String jobArn,
    String foundationModelArn,
    String failureMessage) {

  public EmulatedModel {
    Objects.requireNonNull(modelArn, "modelArn");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(creationTime, "creationTime");
  }

  /** The CustomModelSummary JSON object, with absent fields left out as the service does. */
  Map<String, Object> summaryJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("modelArn", modelArn);
    m.put("modelName", modelName);
    m.put("creationTime", creationTime.toString());
    putIfPresent(m, "baseModelArn", baseModelArn);
    putIfPresent(m, "baseModelName", baseModelName);
    putIfPresent(m, "customizationType", customizationType);
    putIfPresent(m, "ownerAccountId", ownerAccountId);
    putIfPresent(m, "modelStatus", modelStatus);
    return m;
  }

  /**
   * The GetCustomModel response as far as the model itself holds it (no baseModelName and no ownerAccountId,
   * bedrock-api.md section 3); {@link Catalogue#customModel} adds what its customization job reports.
   */
  Map<String, Object> detailJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("modelArn", modelArn);
    m.put("modelName", modelName);
    putIfPresent(m, "jobName", jobName);
    putIfPresent(m, "jobArn", jobArn);
    putIfPresent(m, "baseModelArn", baseModelArn);
    putIfPresent(m, "customizationType", customizationType);
    m.put("hyperParameters", Map.of("epochCount", "2", "batchSize", "8", "learningRate", "0.00001"));
    m.put("trainingDataConfig", Map.of("s3Uri", "s3://training-data/" + modelName + "/train.jsonl"));
    m.put("outputDataConfig", Map.of("s3Uri", "s3://model-output/" + modelName + "/"));
    m.put("creationTime", creationTime.toString());
    putIfPresent(m, "modelStatus", modelStatus);
    putIfPresent(m, "failureMessage", failureMessage);
    return m;
  }

  private static void putIfPresent(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
