package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailRequest;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailResponse;

/**
 * {@code guardrail_details}: what only GetGuardrail returns (the policies), one row per version of each guardrail,
 * as guardrails lists them: {@code id = X AND version = Y} is one Get; {@code id = X} lists that guardrail's
 * versions and gets each; {@code version = 'DRAFT'} the plain listing; a read alone lists every version (a
 * listing per guardrail) and gets each. So the rows never depend on the WHERE clause.
 */
public final class GuardrailDetails {
  public static final TableSpec TABLE = TableSpec.builder("guardrail_details", "What GetGuardrail returns beyond "
          + "a guardrail version's summary (its topic, content, word, sensitive information, contextual grounding and "
          + "automated reasoning policies, messages, key): one row per version of each guardrail, one GetGuardrail "
          + "call each (join on id and version, or filter id = ... and version = ..., to choose which; id = ... alone "
          + "lists that guardrail's versions).", GetGuardrailResponse.class)
      .detailsOf(Guardrails.TABLE, GetOperation.of("GetGuardrail", GetGuardrailRequest.class,
          GetGuardrailResponse.class, BedrockClient::getGuardrail, "guardrailIdentifier", "guardrailVersion"))
      .column("id", "guardrailId", 64, false, "The unique identifier of the guardrail.")
      .column("version", "version", 64, false, "The version of the guardrail: DRAFT, or a published version number.")
      .column("guardrail_id", "guardrailId", 64, true, "The unique identifier of the guardrail (as GetGuardrail "
          + "names it: the same as id).")
      .column("guardrail_arn", "guardrailArn", 2048, true, "The ARN of the guardrail.")
      .column("topic_policy", "topicPolicy", Tables.JSON, true, "JSON text of the API's GuardrailTopicPolicy: the "
          + "topic policy that was configured for the guardrail (denied topics, tier).")
      .column("content_policy", "contentPolicy", Tables.JSON, true, "JSON text of the API's GuardrailContentPolicy: "
          + "the content policy that was configured for the guardrail (filters and their strengths, tier).")
      .column("word_policy", "wordPolicy", Tables.JSON, true, "JSON text of the API's GuardrailWordPolicy: the word "
          + "policy that was configured for the guardrail (words, managed word lists).")
      .column("sensitive_information_policy", "sensitiveInformationPolicy", Tables.JSON, true, "JSON text of the "
          + "API's GuardrailSensitiveInformationPolicy: the sensitive information policy that was configured for the "
          + "guardrail (PII entities, regexes).")
      .column("contextual_grounding_policy", "contextualGroundingPolicy", Tables.JSON, true, "JSON text of the API's "
          + "GuardrailContextualGroundingPolicy: the contextual grounding policy used in the guardrail (filters and "
          + "thresholds).")
      .column("automated_reasoning_policy", "automatedReasoningPolicy", Tables.JSON, true, "JSON text of the API's "
          + "GuardrailAutomatedReasoningPolicy: the automated reasoning policies the guardrail checks with "
          + "(policies, confidenceThreshold).")
      .column("status_reasons", "statusReasons", Tables.JSON, true, "JSON text of the API's GuardrailStatusReasons: "
          + "appears if the status is FAILED, the reasons for it.")
      .column("failure_recommendations", "failureRecommendations", Tables.JSON, true, "JSON text of the API's "
          + "GuardrailFailureRecommendations: appears if the status of the guardrail is FAILED, how to fix it.")
      .column("blocked_input_messaging", "blockedInputMessaging", 500, true,
          "The message that the guardrail returns when it blocks a prompt.")
      .column("blocked_outputs_messaging", "blockedOutputsMessaging", 500, true,
          "The message that the guardrail returns when it blocks a model response.")
      .column("kms_key_arn", "kmsKeyArn", 2048, true, "The ARN of the KMS key that encrypts the guardrail.")
      // As guardrails; with both key columns the listing is skipped for a GetGuardrail per (id, version).
      .apply(Guardrails::listedByVersion)
      .build();

  private GuardrailDetails() {
  }
}
