package dev.bedrockjdbc.jdbc;

import java.util.regex.Pattern;

/** A connection URL with the secret access key and session token masked, for getURL() and messages. */
public final class SafeUrl {
  private static final Pattern SECRET =
      Pattern.compile("(?i)(\\b(?:password|sessionToken)\\s*=\\s*)('[^']*'|\"[^\"]*\"|[^;]*)");

  private SafeUrl() {
  }

  public static String redact(String url) {
    return url == null ? null : SECRET.matcher(url).replaceAll("$1****");
  }
}
