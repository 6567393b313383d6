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

  /** The GetCustomModel response: no baseModelName and no ownerAccountId (bedrock-api.md section 3). */
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
    Float loss = trainingLoss();
    if (loss != null) {
      m.put("trainingMetrics", Map.of("trainingLoss", loss));
    }
    return m;
  }

  /**
   * The loss of the training run that made the model (GetCustomModel's trainingMetrics, and its customization
   * job's): for a model with a job whose training ended (Active, or from before modelStatus); else null. Derived
   * from the ARN, so a data set loaded from a file has the same values.
   */
  public Float trainingLoss() {
    if (jobArn == null || "Failed".equals(modelStatus) || "Creating".equals(modelStatus)) {
      return null;
    }
    return (float) (0.05 + Math.floorMod(modelArn.hashCode(), 900) / 1000.0);
  }

  private static void putIfPresent(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
