package dev.copernicus.core.validation.internal;

import dev.copernicus.core.internal.MessageBundle;
import java.util.List;
import java.util.Locale;

/**
 * Messages of the built-in findings, one per code, in English ({@code Messages.properties}) and
 * Spanish ({@code Messages_es.properties}). Internal.
 */
public final class Messages {
  /** The bundle, keyed by finding code. */
  public static final MessageBundle BUNDLE = MessageBundle.load(
      "/dev/copernicus/core/validation/Messages", Messages.class::getResourceAsStream);

  private Messages() {}

  /**
   * The message for {@code code} with {@code args} filled in; a code without a message (a host's
   * constraint mapped to a code of its own) reads as the code and its arguments.
   */
  public static String format(Locale locale, String code, List<String> args) {
    if (!BUNDLE.patterns(locale).containsKey(code)) {
      return code + " " + args;
    }
    return BUNDLE.format(locale, code, args.toArray());
  }
}
