package io.tracetrack.migrations.core.loader;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java source into tokens, dropping whitespace and comments: what a migration says,
 * without how it is laid out. Literals keep their value (escapes translated, text blocks with
 * their incidental indentation removed), so re-indenting or changing line endings changes nothing.
 * Tokens are words (identifiers, keywords, numbers), literals and single punctuation characters.
 */
final class JavaTokens {

  private JavaTokens() {}

  static List<String> of(CharSequence source) {
    String text = source.toString().replace("\r\n", "\n").replace('\r', '\n');
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (text.startsWith("\"\"\"", i)) {
        int end = closing(text, i + 3, "\"\"\"");
        tokens.add("\"" + textBlockValue(text.substring(i + 3, end)));
        i = Math.min(n, end + 3);
      } else if (c == '"' || c == '\'') {
        int end = closing(text, i + 1, String.valueOf(c));
        tokens.add(c + translate(text.substring(i + 1, end)));
        i = Math.min(n, end + 1);
      } else if (Character.isJavaIdentifierPart(c)) {
        int start = i;
        while (i < n && (Character.isJavaIdentifierPart(text.charAt(i)) || isNumberDot(text, i, start))) {
          i++;
        }
        tokens.add(text.substring(start, i));
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
    return tokens;
  }

  /** A dot inside a number literal ({@code 1.5}) belongs to the word, not to member access. */
  private static boolean isNumberDot(String text, int i, int start) {
    return text.charAt(i) == '.' && Character.isDigit(text.charAt(start));
  }

  /** Index of the unescaped {@code quote} that closes a literal, or the end of the text. */
  private static int closing(String text, int from, String quote) {
    int i = from;
    while (i < text.length()) {
      if (text.charAt(i) == '\\') {
        i += 2;
      } else if (text.startsWith(quote, i)) {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static String textBlockValue(String raw) {
    int firstLine = raw.indexOf('\n');
    String content = firstLine < 0 ? raw : raw.substring(firstLine + 1);
    return translate(content.stripIndent());
  }

  private static String translate(String literal) {
    try {
      return literal.translateEscapes();
    } catch (IllegalArgumentException e) {
      return literal; // not valid Java anyway; javac reports it
    }
  }
}
