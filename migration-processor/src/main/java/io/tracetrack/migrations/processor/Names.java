package io.tracetrack.migrations.processor;

import java.util.Locale;

/** Default table and column names. */
final class Names {
  private Names() {}

  /**
   * The snake_case of a Java name: {@code OrderLine} → {@code order_line}, {@code lastLogin} →
   * {@code last_login}, {@code HTTPRequest} → {@code http_request}.
   */
  static String snakeCase(CharSequence name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && out.charAt(out.length() - 1) != '_') {
        char before = name.charAt(i - 1);
        boolean wordStart = Character.isLowerCase(before) || Character.isDigit(before)
            // the last capital of an acronym starts the next word: HTTPRequest → http_request
            || (Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
        if (wordStart) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
