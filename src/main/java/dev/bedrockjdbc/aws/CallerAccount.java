package dev.bedrockjdbc.aws;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;

import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import software.amazon.awssdk.core.exception.SdkException;

import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's AWS account, needed to compute {@code is_owned}. Taken from the {@code accountId} property,
 * else learned only when a query needs it, once per credentials identity in the JVM (new connections of a pool,
 * of Spark's partitions, do not ask again), with the one permission the driver needs anyway: ListCustomModels
 * with {@code isOwned=true} and {@code maxResults=1} returns a model the caller owns, whose ownerAccountId is the
 * caller's account. (STS GetCallerIdentity would need another endpoint, which VPC-only and emulated setups may
 * not have.)
 */
public final class CallerAccount {
  private static final ListCustomModelsRequest ONE_OWNED = ListCustomModelsRequest.builder()
      .isOwned(true).maxResults(1).build();
  /** Identities remembered; the oldest is forgotten first (rotating temporary keys each make one). */
  private static final int REMEMBERED = 64;
  private static final Map<Identity, String> LEARNED = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Identity, String> eldest) {
          return size() > REMEMBERED;
        }
      });

  /**
   * Whom a connection's credentials name, at which service: one account. The principal is a role's ARN (its
   * sessions are in the role's account) or an access key id, which AWS treats as an identifier, not a secret.
   */
  public record Identity(URI endpoint, String principal) {
  }

  private final BedrockApi api;
  private final String configured;

  public CallerAccount(BedrockApi api, String configured) {
    this.api = api;
    this.configured = configured;
  }

  /**
   * The caller's account, or empty when the caller owns no model, in which case no row is owned. That
   * answer is not remembered, so a model created later in a long session is seen as owned.
   *
   * @param guard runs the lookup (and the credentials resolution it needs) under the asking query's cancel
   *              and timeout
   */
  public Optional<String> get(GuardedCall guard) {
    return configured != null ? Optional.of(configured) : guard.run(this::learn);
  }

  /**
   * The account, for {@code account_id}: as {@link #get}, else the one STS GetCallerIdentity names (remembered as
   * learned ones are); the query fails, saying what to set, when neither can tell.
   */
  public String require(GuardedCall guard) {
    Optional<String> known = get(guard);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      return guard.run(timeout -> {
        Identity who = api.identity();
        String account = api.stsAccount(timeout);
        LEARNED.put(who, account);
        return account;
      });
    } catch (SdkException e) {
      throw new QueryFailure(new SQLNonTransientConnectionException("The account_id column needs the caller's AWS "
          + "account, and STS GetCallerIdentity could not tell it (" + e.getMessage() + "). Set accountId=<12 digits> "
          + "in the URL, or stsEndpoint when STS is reachable only through an endpoint of your own.",
          SqlErrors.CONNECTION, e));
    }
  }

  private Optional<String> learn(Duration timeout) {
    Identity who = api.identity();
    String account = LEARNED.get(who);
    if (account == null) {
      for (CustomModelSummary s : api.listCustomModels(ONE_OWNED, timeout).modelSummaries()) {
        if (s.ownerAccountId() != null) {
          account = s.ownerAccountId();
          LEARNED.put(who, account);
          break;
        }
      }
    }
    return Optional.ofNullable(account);
  }
}
