package eu.balticaigf.portal.call;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gg.jte.Content;

/**
 * The small Markdown subset staff write a call's texts in, rendered by the portal's own
 * code: paragraphs (separated by a blank line), bulleted lists ({@code - item}), numbered
 * lists ({@code 1. item}), {@code *emphasis*}, {@code **strong**} and links
 * {@code [text](https://…)}. Everything else is text: every character a person typed is
 * escaped, and a link whose address is not http or https stays as typed, so no text can
 * add markup, scripts or {@code javascript:} links to a page.
 */
final class Markdown {

	private static final Pattern INLINE = Pattern
		.compile("\\[([^\\]\\n]+)\\]\\((https?://[^\\s()<>\"]+)\\)|\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

	private static final Pattern BULLET = Pattern.compile("^[-*] +(.*)$");

	private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)] +(.*)$");

	private Markdown() {
	}

	/** The text as HTML for a page; empty for no text. */
	static Content render(String text) {
		String html = html(text);
		return output -> output.writeContent(html);
	}

	static String html(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String block : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
			List<String> lines = block.strip().lines().map(String::strip).toList();
			if (lines.stream().allMatch(line -> BULLET.matcher(line).matches())) {
				list(html, "ul", "govuk-list govuk-list--bullet", lines, BULLET);
			}
			else if (lines.stream().allMatch(line -> NUMBERED.matcher(line).matches())) {
				list(html, "ol", "govuk-list govuk-list--number", lines, NUMBERED);
			}
			else {
				html.append("<p class=\"govuk-body\">").append(inline(String.join("\n", lines))).append("</p>");
			}
		}
		return html.toString();
	}

	private static void list(StringBuilder html, String tag, String classes, List<String> lines, Pattern item) {
		List<String> items = new ArrayList<>();
		for (String line : lines) {
			Matcher matcher = item.matcher(line);
			matcher.matches();
			items.add("<li>" + inline(matcher.group(1)) + "</li>");
		}
		html.append('<').append(tag).append(" class=\"").append(classes).append("\">");
		items.forEach(html::append);
		html.append("</").append(tag).append('>');
	}

	private static String inline(String text) {
		StringBuilder html = new StringBuilder();
		Matcher matcher = INLINE.matcher(text);
		int done = 0;
		while (matcher.find()) {
			html.append(escape(text.substring(done, matcher.start())));
			if (matcher.group(1) != null) {
				html.append("<a class=\"govuk-link\" href=\"")
					.append(escape(matcher.group(2)))
					.append("\" rel=\"noopener\">")
					.append(escape(matcher.group(1)))
					.append("</a>");
			}
			else if (matcher.group(3) != null) {
				html.append("<strong>").append(inline(matcher.group(3))).append("</strong>");
			}
			else {
				html.append("<em>").append(inline(matcher.group(4))).append("</em>");
			}
			done = matcher.end();
		}
		return html.append(escape(text.substring(done))).toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				case '\n' -> escaped.append("<br>");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
