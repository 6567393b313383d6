package dev.bedrockjdbc.aws;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.util.Optional;
import java.util.function.Function;

/**
 * The caller's AWS account, needed to compute {@code is_owned}. Taken from the {@code accountId} property,
 * else learned once per connection, and only when a query needs it, with the one permission the driver
 * needs anyway: ListCustomModels with {@code isOwned=true} and {@code maxResults=1} returns a model the
 * caller owns, whose ownerAccountId is the caller's account. (STS GetCallerIdentity would need another
 * endpoint, which VPC-only and emulated setups may not have.)
 */
public final class CallerAccount {
  private volatile String known;

  public CallerAccount(String configured) {
    this.known = configured;
  }

  /**
   * The caller's account, or empty when the caller owns no model, in which case no row is owned. That
   * answer is not cached, so a model created later in a long session is seen as owned.
   *
   * @param lister sends the lookup, so the asking query's cancel and timeout apply to it
   */
  public Optional<String> get(Function<ListCustomModelsRequest, ListCustomModelsResponse> lister) {
    String account = known;
    if (account != null) {
      return Optional.of(account);
    }
    ListCustomModelsResponse r = lister.apply(ListCustomModelsRequest.builder().isOwned(true).maxResults(1).build());
    for (CustomModelSummary s : r.modelSummaries()) {
      if (s.ownerAccountId() != null) {
        known = s.ownerAccountId();
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }
}
