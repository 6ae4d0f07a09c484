package io.tracetrack.migrations.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Small, literal-aware handling of SQL expressions (server defaults, check constraints, index
 * predicates): a normal form for comparing them without false positives from how PostgreSQL prints
 * them back, and finding or renaming a column inside them.
 */
public final class SqlExpressions {
  private static final Set<String> TYPE_WORDS = Set.of(
      "character", "varying", "timestamp", "time", "with", "without", "zone", "double", "precision", "bit");

  private SqlExpressions() {}

  /** Quotes an identifier: {@code user} → {@code "user"}, {@code a"b} → {@code "a""b"}. */
  public static String quote(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier contains a NUL character");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Quotes a string literal: {@code it's} → {@code 'it''s'}. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private enum Kind { LITERAL, QUOTED, WORD, SPACE, OTHER }

  private record Token(Kind kind, String text) {}

  /**
   * The normal form of an expression: keywords and names in lower case, casts ({@code 'x'::character
   * varying}, {@code (0)::numeric}) and redundant parentheses removed, whitespace collapsed, and
   * {@code CURRENT_TIMESTAMP} written {@code now()}. Two expressions with the same normal form mean
   * the same for a column default, a check or an index predicate; null stays null.
   */
  public static String normalize(String expression) {
    if (expression == null) {
      return null;
    }
    List<Token> tokens = tokenize(expression);
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.OTHER && t.text().equals("::")) {
        i = skipType(tokens, i + 1) - 1;
        continue;
      }
      if (t.kind() == Kind.WORD) {
        String word = t.text().toLowerCase(Locale.ROOT);
        if (word.equals("current_timestamp")) {
          out.add(new Token(Kind.WORD, "now"));
          out.add(new Token(Kind.OTHER, "("));
          out.add(new Token(Kind.OTHER, ")"));
          continue;
        }
        out.add(new Token(Kind.WORD, word));
        continue;
      }
      if (t.kind() == Kind.QUOTED) {
        String name = unquote(t.text());
        out.add(name.matches("[a-z_][a-z0-9_]*") ? new Token(Kind.WORD, name) : t);
        continue;
      }
      out.add(t);
    }
    StringBuilder text = new StringBuilder();
    Token previous = null;
    for (Token t : out) {
      if (t.kind() == Kind.SPACE) {
        continue;
      }
      if (previous != null && isWordLike(previous) && isWordLike(t)) {
        text.append(' ');
      }
      text.append(t.text());
      previous = t;
    }
    return stripParentheses(text.toString());
  }

  /** Whether two expressions have the same {@link #normalize normal form}. */
  public static boolean same(String a, String b) {
    return java.util.Objects.equals(normalize(a), normalize(b));
  }

  /** Whether an expression names a column (outside string literals). */
  public static boolean mentions(String expression, String column) {
    for (Token t : tokenize(expression)) {
      if (isIdentifier(t, column)) {
        return true;
      }
    }
    return false;
  }

  /** The expression with every reference to column {@code from} renamed to {@code to}. */
  public static String renameIdentifier(String expression, String from, String to) {
    StringBuilder out = new StringBuilder();
    for (Token t : tokenize(expression)) {
      if (isIdentifier(t, from)) {
        out.append(to.matches("[a-z_][a-z0-9_]*") ? to : "\"" + to.replace("\"", "\"\"") + "\"");
      } else {
        out.append(t.text());
      }
    }
    return out.toString();
  }

  private static boolean isIdentifier(Token t, String name) {
    if (t.kind() == Kind.WORD) {
      return t.text().toLowerCase(Locale.ROOT).equals(name);
    }
    return t.kind() == Kind.QUOTED && unquote(t.text()).equals(name);
  }

  private static boolean isWordLike(Token t) {
    return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED || t.kind() == Kind.LITERAL;
  }

  private static int skipType(List<Token> tokens, int i) {
    while (i < tokens.size() && tokens.get(i).kind() == Kind.SPACE) {
      i++;
    }
    if (i < tokens.size() && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.QUOTED)) {
      i++;
      while (true) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).kind() == Kind.SPACE) {
          j++;
        }
        if (j < tokens.size() && tokens.get(j).kind() == Kind.WORD
            && TYPE_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
          i = j + 1;
        } else if (j < tokens.size() && tokens.get(j).text().equals("(")) {
          int depth = 0;
          while (j < tokens.size()) {
            if (tokens.get(j).text().equals("(")) {
              depth++;
            } else if (tokens.get(j).text().equals(")") && --depth == 0) {
              break;
            }
            j++;
          }
          i = j + 1;
        } else if (j + 1 < tokens.size() && tokens.get(j).text().equals("[") && tokens.get(j + 1).text().equals("]")) {
          i = j + 2;
        } else {
          return i;
        }
      }
    }
    return i;
  }

  private static String stripParentheses(String text) {
    // Parentheses around a single word or literal: "(0)" -> "0", "('a')" -> "'a'".
    String previous;
    do {
      previous = text;
      text = text.replaceAll("\\((-?[A-Za-z0-9_.]+|'(?:[^']|'')*')\\)", "$1");
    } while (!text.equals(previous));
    while (text.startsWith("(") && text.endsWith(")") && closes(text)) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }

  /** Whether the opening parenthesis at 0 closes at the last character (outside literals). */
  private static boolean closes(String text) {
    int depth = 0;
    boolean literal = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        literal = !literal;
      } else if (!literal && c == '(') {
        depth++;
      } else if (!literal && c == ')') {
        depth--;
        if (depth == 0 && i < text.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
  }

  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int start = i;
      if (c == '\'' || c == '"') {
        i++;
        while (i < s.length()) {
          if (s.charAt(i) == c) {
            if (i + 1 < s.length() && s.charAt(i + 1) == c) {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        tokens.add(new Token(c == '\'' ? Kind.LITERAL : Kind.QUOTED, s.substring(start, i)));
      } else if (Character.isWhitespace(c)) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.SPACE, " "));
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$'
            || s.charAt(i) == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, s.substring(start, i)));
      } else if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ':') {
        i += 2;
        tokens.add(new Token(Kind.OTHER, "::"));
      } else {
        i++;
        tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
      }
    }
    return tokens;
  }
}
