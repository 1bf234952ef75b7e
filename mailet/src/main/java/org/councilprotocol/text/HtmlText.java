package org.councilprotocol.text;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML mail as plain text a reader would see: scripts, styles and hidden elements are dropped,
 * blocks become lines, and quoted history (blockquote, Gmail's and Outlook's reply containers)
 * becomes "&gt;" lines, so the same quote reading serves HTML and plain text.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "ul", "ol", "hr", "pre", "address", "section", "article", "header", "footer");
    private static final int MAX_DEPTH = 200;

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, template, noscript, [hidden], [aria-hidden=true]").remove();
        document.select("[style]").forEach(element -> {
            String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden") || style.contains("mso-hide:all")) {
                element.remove();
            }
        });
        StringBuilder text = new StringBuilder();
        render(document.body() == null ? document : document.body(), text, 0);
        // The look-behind keeps this linear on long runs of spaces (hostile or careless HTML).
        return text.toString().replaceAll("(?<![ \\t\\u00a0])[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void render(Node node, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            // Deeper than any real mail nests: its words still count, without their layout.
            if (node instanceof Element element) {
                text(out, element.text());
            }
            return;
        }
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                // Preformatted text (plain text wrapped in <pre>, as Thunderbird quotes) keeps its lines.
                text(out, inPre(textNode) ? textNode.getWholeText() : textNode.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (isQuote(element)) {
                    StringBuilder inner = new StringBuilder();
                    render(element, inner, depth + 1);
                    newline(out);
                    inner.toString().strip().lines().forEach(line -> out.append("> ").append(line).append('\n'));
                    continue;
                }
                if (tag.equals("br")) {
                    // Every break counts: "<br><br>" is a blank line, as the reader sees it.
                    out.append('\n');
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    newline(out);
                }
                render(element, out, depth + 1);
                if (block) {
                    newline(out);
                } else if ((tag.equals("td") || tag.equals("th")) && out.length() > 0
                    && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            }
        }
    }

    private static boolean isQuote(Element element) {
        // Gmail and Apple wrap the history in blockquote under an "On ... wrote:" line; Outlook writes a
        // From/Sent/To/Subject block instead, which the plain-text reading recognises.
        return element.normalName().equals("blockquote");
    }

    private static boolean inPre(TextNode text) {
        for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Text as it flows; white space that would only indent a new line is dropped. */
    private static void text(StringBuilder out, String text) {
        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        out.append(lineStart ? text.stripLeading() : text);
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
