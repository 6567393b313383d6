package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GuardrailSummary;
import software.amazon.awssdk.services.bedrock.model.ListGuardrailsRequest;
import software.amazon.awssdk.services.bedrock.model.ListGuardrailsResponse;

/**
 * {@code guardrails}: every version of every guardrail. ListGuardrails without {@code guardrailIdentifier} lists
 * only each guardrail's DRAFT; with it, every version of that one guardrail. So a read of the whole table lists
 * the DRAFTs, then each guardrail's versions (one more call per guardrail), while {@code id = '…'} is one listing
 * per id and {@code version = 'DRAFT'} the plain listing alone: the rows never depend on the WHERE clause.
 */
public final class Guardrails {
  public static final TableSpec TABLE = TableSpec.builder("guardrails", "Every version of every guardrail: one row "
          + "per GuardrailSummary of ListGuardrails. Without an id predicate the API lists only DRAFTs, so the driver "
          + "lists each guardrail's versions too (one more ListGuardrails call per guardrail); id = '...' or "
          + "version = 'DRAFT' is a single listing.", GuardrailSummary.class)
      // An identifier that names no guardrail is answered with ResourceNotFound: no rows.
      .list(ListOperation.of("ListGuardrails", ListGuardrailsRequest.class, ListGuardrailsResponse.class,
          BedrockClient::listGuardrails, "guardrails", "guardrailIdentifier").emptyWhenNotFound("guardrailIdentifier"))
      .column("id", "id", 64, false, "The unique identifier of the guardrail.")
      .column("arn", "arn", 2048, false, "The ARN of the guardrail.")
      .column("status", "status", 64, false, "The status of the guardrail (CREATING, UPDATING, VERSIONING, READY, "
          + "FAILED, DELETING, or a newer value as sent).")
      .column("name", "name", 50, false, "The name of the guardrail.")
      .column("description", "description", 200, true, "A description of the guardrail.")
      .column("version", "version", 64, false, "The version of the guardrail: DRAFT, or a published version number.")
      .column("created_at", "createdAt", 3, false, "The date and time at which the guardrail was created (UTC, "
          + "millisecond precision).")
      .column("updated_at", "updatedAt", 3, false, "The date and time at which the guardrail was last updated (UTC, "
          + "millisecond precision).")
      .column("cross_region_details", "crossRegionDetails", 65536, true, "JSON text of the API's "
          + "GuardrailCrossRegionDetails: the guardrail profile that routes its requests across regions, if any.")
      .apply(Guardrails::listedByVersion)
      .build();

  private Guardrails() {
  }

  /**
   * How a table of guardrail versions (guardrails, guardrail_details) is listed and keyed: {@code id = ...} lists
   * that guardrail's versions, {@code version = 'DRAFT'} is the plain listing, anything else the plain listing and
   * then each guardrail's versions; the key is (id, version).
   */
  static TableSpec.Builder listedByVersion(TableSpec.Builder b) {
    // Exact: with an identifier the API lists every version of that guardrail, and only those.
    return b.filter(new FilterSpec.Equals("id", "guardrailIdentifier", true, Shapes::guardrailIdentifier, true))
        .filter(new FilterSpec.Listed("version", "DRAFT", Shapes::guardrailVersion))
        .expandedBy("guardrailIdentifier", "id")
        .key("id", "version");
  }
}
