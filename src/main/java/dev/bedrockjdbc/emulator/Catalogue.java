package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An emulator's data set: the custom models ({@link EmulatedModel}, as before) and every other kind of resource
 * the emulator serves, each held as an ObjectNode in its Get response's wire shape, by List operation. A
 * generated catalogue derives each other kind from the custom models on its first use, so a 100,000-model
 * benchmark that only lists custom models never pays for them, nor one that lists guardrails for the jobs.
 */
public final class Catalogue {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every List operation the emulator serves, ListCustomModels first. */
  public static final List<String> LIST_OPERATIONS;

  static {
    List<String> ops = new ArrayList<>();
    ops.add("ListCustomModels");
    ops.addAll(ResourceKind.ALL.keySet());
    LIST_OPERATIONS = List.copyOf(ops);
  }

  private final List<EmulatedModel> models;
  /** A kind's stored resources by List operation, computed at most once per kind. */
  private final Function<String, List<ObjectNode>> source;
  private final Map<String, List<CatalogueQuery.Entry>> tables = new ConcurrentHashMap<>();
  /** Each customization job that made a model, by the model's ARN; built on the first GetCustomModel. */
  private volatile Map<String, ObjectNode> jobsByModel;

  private Catalogue(List<EmulatedModel> models, Function<String, List<ObjectNode>> source) {
    this.models = List.copyOf(models);
    this.source = source;
  }

  /** Custom models only: every other List operation answers an empty list. */
  public static Catalogue of(List<EmulatedModel> models) {
    return of(models, Map.of());
  }

  /**
   * These custom models and these resources, keyed by List operation (one of {@link #LIST_OPERATIONS} other than
   * ListCustomModels), each in its Get response's wire shape. The nodes are copied, and checked now: each must
   * carry its ARN and a parseable time.
   */
  public static Catalogue of(List<EmulatedModel> models, Map<String, List<ObjectNode>> resources) {
    Map<String, List<ObjectNode>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<ObjectNode>> e : resources.entrySet()) {
      kind(e.getKey());
      List<ObjectNode> nodes = new ArrayList<>();
      for (ObjectNode n : e.getValue()) {
        nodes.add(n.deepCopy());
      }
      copy.put(e.getKey(), List.copyOf(nodes));
    }
    Catalogue c = new Catalogue(models, op -> copy.getOrDefault(op, List.of()));
    for (ResourceKind k : ResourceKind.ALL.values()) {
      c.table(k);
    }
    return c;
  }

  /** The generated data set of {@link BedrockEmulator.Builder#generated(long, int)}: custom models identical to
   *  {@link ModelGenerator#generate(long, int)}, and the resources related to them. */
  public static Catalogue generate(long seed, int count) {
    return generate(seed, count, "us-east-1", ModelGenerator.CALLER_ACCOUNT);
  }

  public static Catalogue generate(long seed, int count, String region, String callerAccount) {
    return related(ModelGenerator.generate(seed, count, region, callerAccount), seed, region, callerAccount);
  }

  /** These custom models and the resources generated around them, deterministic from (seed, models). */
  public static Catalogue related(List<EmulatedModel> models, long seed, String region, String callerAccount) {
    List<EmulatedModel> copy = List.copyOf(models);
    CatalogueGenerator generator = new CatalogueGenerator(seed, copy, region, callerAccount);
    return new Catalogue(copy, generator::kind);
  }

  public List<EmulatedModel> models() {
    return models;
  }

  /**
   * Every resource of the List operation's kind in its Get response's wire shape (GetCustomModel's for
   * ListCustomModels; for ListGuardrails every version, not only the DRAFTs the unfiltered list shows), in the
   * service's unsorted order. The nodes are copies.
   */
  public List<ObjectNode> items(String listOperation) {
    List<ObjectNode> out = new ArrayList<>();
    if (listOperation.equals("ListCustomModels")) {
      for (EmulatedModel m : models) {
        out.add(customModel(m));
      }
    } else {
      for (CatalogueQuery.Entry e : table(kind(listOperation))) {
        out.add(e.item().deepCopy());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * GetCustomModel's response for a model: its own members ({@link EmulatedModel}), and what the customization
   * job that made it reports of the run, as the service shows a model's training: the validation data, the
   * training and validation metrics, the customization config, and the key the output model is encrypted with.
   * A new node.
   */
  ObjectNode customModel(EmulatedModel m) {
    ObjectNode out = JSON.valueToTree(m.detailJson());
    ObjectNode job = jobsByModel().get(m.modelArn());
    if (job != null) {
      for (String member : List.of("validationDataConfig", "trainingMetrics", "validationMetrics",
          "customizationConfig")) {
        if (job.hasNonNull(member)) {
          out.set(member, job.get(member).deepCopy());
        }
      }
      if (job.hasNonNull("outputModelKmsKeyArn")) {
        out.set("modelKmsKeyArn", job.get("outputModelKmsKeyArn"));
      }
    }
    return out;
  }

  private Map<String, ObjectNode> jobsByModel() {
    Map<String, ObjectNode> byModel = jobsByModel;
    if (byModel == null) {
      Map<String, ObjectNode> built = new java.util.HashMap<>();
      for (CatalogueQuery.Entry e : table(kind("ListModelCustomizationJobs"))) {
        String model = ResourceKind.text(e.item(), "outputModelArn");
        if (model != null) {
          built.putIfAbsent(model, e.item());
        }
      }
      byModel = Map.copyOf(built);
      jobsByModel = byModel;
    }
    return byModel;
  }

  /** The same resources as the List response shows each (its summary), unfiltered and unsorted. Copies. */
  public List<ObjectNode> summaries(String listOperation) {
    List<ObjectNode> out = new ArrayList<>();
    if (listOperation.equals("ListCustomModels")) {
      for (EmulatedModel m : models) {
        out.add(JSON.valueToTree(m.summaryJson()));
      }
    } else {
      for (CatalogueQuery.Entry e : table(kind(listOperation))) {
        out.add(e.summary().deepCopy());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The stored resources of a List operation's kind (not copies: for writing the data set out). */
  List<ObjectNode> resources(String listOperation) {
    List<CatalogueQuery.Entry> table = table(kind(listOperation));
    List<ObjectNode> items = new ArrayList<>(table.size());
    table.forEach(e -> items.add(e.item()));
    return items;
  }

  /** A kind's resources ready to serve, built once. */
  List<CatalogueQuery.Entry> table(ResourceKind kind) {
    return tables.computeIfAbsent(kind.listOperation, op -> {
      List<ObjectNode> items = source.apply(op);
      List<CatalogueQuery.Entry> entries = new ArrayList<>(items.size());
      for (ObjectNode item : items) {
        entries.add(entry(kind, item, entries.size()));
      }
      return List.copyOf(entries);
    });
  }

  private static CatalogueQuery.Entry entry(ResourceKind kind, ObjectNode item, int index) {
    if (kind.root != null && !(item.get(kind.root) instanceof ObjectNode)) {
      throw new IllegalArgumentException(kind.listOperation + " item " + index + " has no object '" + kind.root + "'");
    }
    ObjectNode summary = kind.summarize(item);
    String arn = ResourceKind.text(summary, kind.arnMember);
    if (arn == null) {
      throw new IllegalArgumentException(kind.listOperation + " item " + index + " has no " + kind.arnMember);
    }
    String key = kind.versionMember == null ? arn : arn + "#" + ResourceKind.text(summary, kind.versionMember);
    String t = kind.timeMember == null ? null : ResourceKind.text(summary, kind.timeMember);
    Instant time;
    try {
      time = t == null ? null : Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(kind.listOperation + " item " + index + ": " + kind.timeMember + " '" + t
          + "' is not an ISO-8601 instant", e);
    }
    return new CatalogueQuery.Entry(item, summary, time, key);
  }

  static ResourceKind kind(String listOperation) {
    ResourceKind k = ResourceKind.ALL.get(Objects.requireNonNull(listOperation, "listOperation"));
    if (k == null) {
      throw new IllegalArgumentException("Unknown List operation " + listOperation + "; the emulator serves "
          + LIST_OPERATIONS);
    }
    return k;
  }
}
