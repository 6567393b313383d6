package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The emulator behind {@code demo=true}: started once per JVM on first use, on a free loopback port,
 * with a fixed sample data set, and left running (daemon threads) for every demo connection.
 */
public final class DemoEmulator {
  /** The sample data set: the same models on every run. */
  public static final long SEED = 2024;
  public static final int MODELS = 300;
  /** The account the sample data belongs to, which a demo connection is. */
  public static final String ACCOUNT = ModelGenerator.CALLER_ACCOUNT;

  private DemoEmulator() {
  }

  /** Lazy holder: the server starts on first use only. */
  private static final class Holder {
    static final BedrockEmulator INSTANCE = startOnDaemonThread();
  }

  public static BedrockEmulator instance() {
    return Holder.INSTANCE;
  }

  public static URI endpoint() {
    return instance().endpoint();
  }

  /**
   * Starts the server from a daemon thread: the JDK server's dispatcher thread inherits that, so a
   * program that used demo=true can still exit when its main thread ends. (The task lives in this
   * class, not in Holder, whose initialization is still running while it waits.)
   */
  private static BedrockEmulator startOnDaemonThread() {
    FutureTask<BedrockEmulator> task = new FutureTask<>(DemoEmulator::start);
    Thread starter = new Thread(task, "bedrock-demo-start");
    starter.setDaemon(true);
    starter.start();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the demo emulator", e);
    } catch (ExecutionException e) {
      throw new UncheckedIOException("Could not start the demo emulator on 127.0.0.1",
          e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
    }
  }

  /**
   * The sample organisation: the demo account's data in us-east-1 (MODELS custom models and what relates to
   * them), in us-west-2 and eu-central-1 (fewer), invocation logging on in two of them; any other region is empty
   * (so {@code regions=*} works and shows where nothing is).
   */
  private static BedrockEmulator start() throws IOException {
    ObjectNode cloudWatch = JsonNodeFactory.instance.objectNode();
    cloudWatch.putObject("cloudWatchConfig").put("logGroupName", "/aws/bedrock/invocations")
        .put("roleArn", "arn:aws:iam::" + ACCOUNT + ":role/bedrock-logging")
        .putObject("largeDataDeliveryS3Config").put("bucketName", "demo-bedrock-logs").put("keyPrefix", "large/");
    cloudWatch.put("textDataDeliveryEnabled", true).put("imageDataDeliveryEnabled", true)
        .put("embeddingDataDeliveryEnabled", false);
    ObjectNode s3 = JsonNodeFactory.instance.objectNode();
    s3.putObject("s3Config").put("bucketName", "demo-bedrock-logs-usw2").put("keyPrefix", "invocations/");
    s3.put("textDataDeliveryEnabled", true);
    return BedrockEmulator.builder()
        .tenant(ACCOUNT, "us-east-1", Catalogue.generate(SEED, MODELS, "us-east-1", ACCOUNT))
        .tenant(ACCOUNT, "us-west-2", Catalogue.generate(SEED + 1, MODELS / 4, "us-west-2", ACCOUNT))
        .tenant(ACCOUNT, "eu-central-1", Catalogue.generate(SEED + 2, MODELS / 8, "eu-central-1", ACCOUNT))
        .loggingConfig(ACCOUNT, "us-east-1", cloudWatch)
        .loggingConfig(ACCOUNT, "us-west-2", s3)
        .start();
  }
}
