package dev.bedrockjdbc.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a realistic, deterministic set of custom models from (seed, count): names teams give models,
 * creation times over three years (some sharing a millisecond, some with nanoseconds), models based on
 * foundation models and on other custom models, owned and shared ones, every status and type, and older
 * records that lack the fields the API added later.
 */
public final class ModelGenerator {
  /** The account the emulator treats as the caller unless told otherwise. */
  public static final String CALLER_ACCOUNT = "123456789012";
  private static final String[] OTHER_ACCOUNTS = {"210987654321", "555566667777"};
  private static final String[] FOUNDATION_MODELS = {
      "amazon.titan-text-express-v1:0:8k", "amazon.titan-text-lite-v1:0:4k", "amazon.nova-micro-v1:0",
      "amazon.nova-lite-v1:0", "anthropic.claude-3-haiku-20240307-v1:0", "meta.llama3-1-8b-instruct-v1:0",
      "meta.llama3-2-11b-instruct-v1:0", "cohere.command-light-text-v14:7:4k"};
  private static final String[] TOPICS = {
      "support", "claims", "legal", "billing", "churn", "search", "triage", "summarizer", "faq", "sales",
      "onboarding", "fraud", "invoice", "chat", "ticket", "review", "translate", "catalog", "intent", "qa"};
  private static final String[] WORDS = {
      "bot", "assistant", "tuned", "expert", "ft", "distilled", "rft", "router", "classifier", "writer"};
  private static final String[] TYPES = {
      "FINE_TUNING", "FINE_TUNING", "FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION",
      "REINFORCEMENT_FINE_TUNING", "IMPORTED"};
  private static final String[] STATUSES = {"Active", "Active", "Active", "Active", "Creating", "Failed"};
  private static final long START = Instant.parse("2023-10-01T00:00:00Z").toEpochMilli();
  private static final long SPAN = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli() - START;

  private ModelGenerator() {
  }

  public static List<EmulatedModel> generate(long seed, int count) {
    return generate(seed, count, "us-east-1", CALLER_ACCOUNT);
  }

  public static List<EmulatedModel> generate(long seed, int count, String region, String callerAccount) {
    Random r = new Random(seed);
    List<EmulatedModel> models = new ArrayList<>(count);
    Set<String> names = new HashSet<>();
    Instant previous = null;
    for (int i = 0; i < count; i++) {
      String name = uniqueName(r, names, i);
      Instant created = creationTime(r, previous);
      previous = created;
      boolean imported = r.nextInt(12) == 0;
      String type = imported ? "IMPORTED" : TYPES[r.nextInt(TYPES.length - 1)];
      String owner = r.nextInt(5) == 0 ? OTHER_ACCOUNTS[r.nextInt(OTHER_ACCOUNTS.length)] : callerAccount;
      String suffix = token(r, 12);
      String fmId = FOUNDATION_MODELS[r.nextInt(FOUNDATION_MODELS.length)];
      String fmArn = "arn:aws:bedrock:" + region + "::foundation-model/" + fmId;
      String fmName = fmId.substring(0, fmId.indexOf(':') < 0 ? fmId.length() : fmId.indexOf(':'));
      String baseArn = fmArn;
      String baseName = fmName;
      if (!imported && i > 10 && r.nextInt(6) == 0) {
        // A model customized further from an earlier custom model of the same foundation model.
        EmulatedModel base = models.get(r.nextInt(models.size()));
        if (base.foundationModelArn() != null && !"IMPORTED".equals(base.customizationType())) {
          baseArn = base.modelArn();
          baseName = base.baseModelName();
          fmArn = base.foundationModelArn();
          fmId = fmArn.substring(fmArn.indexOf('/') + 1);
        }
      }
      String account = owner;
      String modelArn = "arn:aws:bedrock:" + region + ":" + account + ":custom-model/"
          + (imported ? "imported" : fmId) + "/" + suffix;
      String status = STATUSES[r.nextInt(STATUSES.length)];
      String jobName = imported ? null : "job-" + name.toLowerCase() + "-" + (1 + r.nextInt(9));
      String jobArn = jobName == null ? null
          : "arn:aws:bedrock:" + region + ":" + account + ":model-customization-job/" + fmId + "/" + token(r, 12);
      // Records from before the API added a field do not carry it (bedrock-api.md 1.5 history).
      int age = r.nextInt(40);
      String customizationType = age == 0 ? null : (age == 1 ? "PROMPT_OPTIMIZATION" : type);
      String ownerField = age == 2 ? null : owner;
      String statusField = age == 3 ? null : status;
      models.add(new EmulatedModel(modelArn, name, created, baseArn, baseName, customizationType, ownerField,
          statusField, jobName, jobArn, imported ? null : fmArn,
          "Failed".equals(status) ? "Training data validation failed: 3 records exceed the token limit." : null));
    }
    return models;
  }

  private static String uniqueName(Random r, Set<String> taken, int i) {
    for (int attempt = 0; ; attempt++) {
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      String word = WORDS[r.nextInt(WORDS.length)];
      String sep = r.nextInt(4) == 0 ? "_" : "-";
      String name = switch (r.nextInt(5)) {
        case 0 -> Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + sep + word + "-v" + (1 + r.nextInt(9));
        case 1 -> topic + sep + word + sep + (2024 + r.nextInt(3)) + "-" + String.format("%02d", 1 + r.nextInt(12));
        case 2 -> topic.toUpperCase() + sep + word;
        default -> topic + sep + word + "-v" + (1 + r.nextInt(20));
      };
      if (attempt > 2) {
        name = name + "-" + i;
      }
      if (taken.add(name)) {
        return name;
      }
    }
  }

  private static Instant creationTime(Random r, Instant previous) {
    int kind = r.nextInt(50);
    if (kind == 0 && previous != null) {
      return previous; // created in the same instant as another model
    }
    long millis = START + (long) (r.nextDouble() * SPAN);
    if (kind == 1) {
      return Instant.ofEpochMilli(millis).plusNanos(1 + r.nextInt(999_999)); // sub-millisecond precision
    }
    if (kind == 2) {
      return Instant.ofEpochSecond(millis / 1000); // whole second
    }
    return Instant.ofEpochMilli(millis);
  }

  private static String token(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(r.nextInt(36)));
    }
    return sb.toString();
  }
}
