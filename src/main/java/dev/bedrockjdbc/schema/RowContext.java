package dev.bedrockjdbc.schema;

/**
 * What a row's derived columns depend on beyond the summary itself, fixed for one request stream.
 *
 * @param callerAccount  the caller's account; null when the caller owns no model or no column needs it
 * @param ownedByRequest whether the stream asked for {@code isOwned=true}, so each of its models is owned
 */
record RowContext(String callerAccount, boolean ownedByRequest) {
  static final RowContext OWNED = new RowContext(null, true);

  /** Whether the caller owns the model; unknown (null) for a record without an owner, whatever the request. */
  Boolean isOwned(String ownerAccountId) {
    if (ownerAccountId == null) {
      return null;
    }
    return ownedByRequest || ownerAccountId.equals(callerAccount);
  }
}
