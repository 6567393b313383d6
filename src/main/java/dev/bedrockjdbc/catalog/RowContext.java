package dev.bedrockjdbc.catalog;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a row's derived columns may depend on beyond the item itself: the caller's account (looked up at most
 * once per query, and only if a row needs it) and the parameters of the request stream that listed the item
 * (a stream that asked for {@code isOwned=true} knows each of its models is owned).
 */
public final class RowContext {
  /** No account and no request: for reading plain members. */
  public static final RowContext NONE = new RowContext(() -> null, Map.of());

  private final Supplier<String> callerAccount;
  private final Map<String, Object> request;

  public RowContext(Supplier<String> callerAccount, Map<String, Object> request) {
    this.callerAccount = callerAccount;
    this.request = request;
  }

  /** The caller's account; null when unknown (the caller owns no model). */
  public String callerAccount() {
    return callerAccount.get();
  }

  /** The value the listing request sent for this API parameter, or null. */
  public Object requested(String parameter) {
    return request.get(parameter);
  }
}
