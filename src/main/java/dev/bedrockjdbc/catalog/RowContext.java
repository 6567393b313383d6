package dev.bedrockjdbc.catalog;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a row's columns may depend on beyond the item itself: where it was read (the region, and the account,
 * learned at most once per query and only if a row needs it), the caller's account as {@code is_owned} needs it
 * (null when the caller owns no model), and the parameters of the request stream that listed the item (a stream
 * that asked for {@code isOwned=true} knows each of its models is owned).
 */
public final class RowContext {
  /** No account, region or request: for reading plain members. */
  public static final RowContext NONE = new RowContext(null, () -> null, () -> null, Map.of());

  private final String region;
  private final Supplier<String> account;
  private final Supplier<String> callerAccount;
  private final Map<String, Object> request;

  public RowContext(String region, Supplier<String> account, Supplier<String> callerAccount,
      Map<String, Object> request) {
    this.region = region;
    this.account = account;
    this.callerAccount = callerAccount;
    this.request = request;
  }

  /** The same place, for an item listed by another request. */
  public RowContext withRequest(Map<String, Object> parameters) {
    return new RowContext(region, account, callerAccount, parameters);
  }

  /** The region the item was read in. */
  public String region() {
    return region;
  }

  /** The account the item was read as (never null: finding it out fails the query if it cannot). */
  public String account() {
    return account.get();
  }

  /** The caller's account as ownership compares it; null when unknown (the caller owns no model). */
  public String callerAccount() {
    return callerAccount.get();
  }

  /** The value the listing request sent for this API parameter, or null. */
  public Object requested(String parameter) {
    return request.get(parameter);
  }
}
