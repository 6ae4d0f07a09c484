package io.tracetrack.migrations.it.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The fenced code blocks of a Markdown guide, in document order, each with the markers written in
 * HTML comments right above it ({@code <!-- expect: No changes detected -->}), which say what the
 * test does with the block and what it must see.
 */
final class GuideBlocks {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*([a-z][a-z -]*?)\\s*(?::\\s*(.*?))?\\s*-->", Pattern.DOTALL);

  /** One marker: {@code key} as written before the colon, {@code value} after it (empty when none). */
  record Marker(String key, String value) {}

  /** A fenced block: its info string's first word, its text, its markers, the line it starts on. */
  record Block(String language, String text, List<Marker> markers, int line) {
    List<String> values(String key) {
      return markers.stream().filter(m -> m.key().equals(key)).map(Marker::value).toList();
    }

    boolean has(String key) {
      return markers.stream().anyMatch(m -> m.key().equals(key));
    }

    String describe() {
      return "the " + language + " block on line " + line + " of the guide";
    }
  }

  private GuideBlocks() {}

  static List<Block> read(String markdown) {
    Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(markdown);
    List<Block> blocks = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock fenced) {
        String info = fenced.getInfo() == null ? "" : fenced.getInfo().trim();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        int line = fenced.getSourceSpans().isEmpty() ? 0 : fenced.getSourceSpans().get(0).getLineIndex() + 1;
        blocks.add(new Block(language, fenced.getLiteral(), markersAbove(fenced), line));
      }
    });
    return blocks;
  }

  /** The markers of the HTML comments directly above the block (nothing in between), top to bottom. */
  private static List<Marker> markersAbove(FencedCodeBlock fenced) {
    List<Marker> markers = new ArrayList<>();
    for (Node node = fenced.getPrevious(); node instanceof HtmlBlock html; node = node.getPrevious()) {
      List<Marker> inComment = new ArrayList<>();
      Matcher matcher = MARKER.matcher(html.getLiteral());
      while (matcher.find()) {
        inComment.add(new Marker(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2)));
      }
      markers.addAll(0, inComment);
    }
    return markers;
  }
}
