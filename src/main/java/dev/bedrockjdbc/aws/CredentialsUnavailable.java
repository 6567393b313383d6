package dev.bedrockjdbc.aws;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The connection's credentials could not be resolved (no keys anywhere in the chain, a profile without
 * credentials, an expired SSO session, a role that cannot be assumed). Raised by the connection's own provider,
 * so the JDBC layer knows the failure by its type, whatever words the SDK's providers use.
 */
public final class CredentialsUnavailable extends SdkClientException {
  private static final long serialVersionUID = 1L;

  CredentialsUnavailable(RuntimeException cause) {
    super(SdkClientException.builder().message(cause.getMessage()).cause(cause));
  }
}
