package dev.bedrockjdbc.aws;

import dev.bedrockjdbc.driver.ConnectionConfig;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.ArrayList;
import java.util.List;

/**
 * The credentials of one account of a connection, from its settings, with the SDK's own providers: the provider
 * that signs its calls, what must be closed with it (a profile's provider, a role's refreshing provider), and whom
 * they identify.
 */
final class ConnectionCredentials implements AutoCloseable {
  private final AwsCredentialsProvider provider;
  private final String roleArn;
  private final List<SdkAutoCloseable> owned;

  private ConnectionCredentials(AwsCredentialsProvider provider, String roleArn, List<SdkAutoCloseable> owned) {
    this.provider = () -> {
      try {
        return provider.resolveCredentials();
      } catch (CredentialsUnavailable e) {
        throw e;
      } catch (RuntimeException e) {
        throw new CredentialsUnavailable(e);
      }
    };
    this.roleArn = roleArn;
    this.owned = owned;
  }

  /** The default chain, built once for the JVM: every connection without other settings shares it, none closes it. */
  private static final class DefaultChain {
    static final AwsCredentialsProvider INSTANCE = DefaultCredentialsProvider.builder().build();
  }

  /** The connection's own identity: keys, a profile, or the SDK's default chain. */
  static ConnectionCredentials base(ConnectionConfig config) {
    List<SdkAutoCloseable> owned = new ArrayList<>();
    return new ConnectionCredentials(base(config, owned), null, owned);
  }

  /**
   * An STS client signing with these credentials, for assuming roles and GetCallerIdentity; the caller closes it.
   */
  StsClient sts(ConnectionConfig config, Region region, SdkHttpClient http, RetryStrategy retries) {
    var sts = StsClient.builder().region(region).credentialsProvider(provider).httpClient(http)
        .overrideConfiguration(o -> o.retryStrategy(retries));
    if (config.stsEndpoint() != null) {
      sts.endpointOverride(config.stsEndpoint());
    }
    return sts.build();
  }

  /** The role {@code roleArn}, assumed (and refreshed) through {@code sts}, which stays the caller's to close. */
  static ConnectionCredentials role(StsClient sts, String roleArn, ConnectionConfig config) {
    StsAssumeRoleCredentialsProvider role = StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts)
        .refreshRequest(r -> {
          r.roleArn(roleArn).roleSessionName(config.roleSessionName());
          if (config.externalId() != null) {
            r.externalId(config.externalId());
          }
        })
        .build();
    return new ConnectionCredentials(role, roleArn, new ArrayList<>(List.of(role)));
  }

  private static AwsCredentialsProvider base(ConnectionConfig config, List<SdkAutoCloseable> owned) {
    if (config.accessKeyId() != null) {
      return StaticCredentialsProvider.create(config.sessionToken() == null
          ? AwsBasicCredentials.create(config.accessKeyId(), config.secretAccessKey())
          : AwsSessionCredentials.create(config.accessKeyId(), config.secretAccessKey(), config.sessionToken()));
    }
    if (config.profile() != null) {
      // Resolves SSO, assume-role and credential_process profiles through the sso/ssooidc/sts modules.
      ProfileCredentialsProvider profile = ProfileCredentialsProvider.create(config.profile());
      owned.add(profile);
      return profile;
    }
    return DefaultChain.INSTANCE;
  }

  AwsCredentialsProvider provider() {
    return provider;
  }

  /**
   * Whom the credentials identify: the role's ARN, else the access key id they resolve to (which may call
   * out, as the first API call would: a profile's SSO or process, the default chain's container endpoint).
   */
  String principal() {
    return roleArn != null ? "role " + roleArn : "key " + provider.resolveCredentials().accessKeyId();
  }

  @Override public void close() {
    owned.forEach(SdkAutoCloseable::close);
  }
}
