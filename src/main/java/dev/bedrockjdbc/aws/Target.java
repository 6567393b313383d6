package dev.bedrockjdbc.aws;

import java.util.Objects;

/**
 * One place a connection's queries read: an account in a region, with the client that calls it there and what
 * the driver knows of the account ({@code is_owned} and {@code account_id} ask it).
 *
 * @param knownAccount the account when known without a call (accountId, a role's ARN), else null: the base
 *                     identity's, learned when a query needs it
 */
public record Target(String region, String knownAccount, BedrockApi api, CallerAccount account) {
  public Target {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(account, "account");
  }

  /** How messages and EXPLAIN name it: {@code 123456789012/us-west-2}, or {@code caller/us-west-2}. */
  @Override public String toString() {
    return (knownAccount == null ? "caller" : knownAccount) + "/" + region;
  }
}
