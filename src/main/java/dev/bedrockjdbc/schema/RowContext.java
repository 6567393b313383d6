package dev.bedrockjdbc.schema;

/**
 * What a row's derived columns depend on beyond the summary itself, fixed for one scan.
 *
 * @param callerAccount      the caller's account; null when the caller owns no model
 * @param foundationModelArn the value of a pushed {@code foundation_model_arn} filter, else null
 */
record RowContext(String callerAccount, String foundationModelArn) {
  Boolean isOwned(String ownerAccountId) {
    if (ownerAccountId == null) {
      return null;
    }
    return ownerAccountId.equals(callerAccount);
  }
}
