package eu.balticaigf.portal.sites;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A site's chart, made on the server as SVG: one bar per criterion that counts, its
 * length the site's normalised value (0 the worst of the sites ranked, 1 the best). No
 * script and no style attribute, so the page's content security policy holds; the page
 * puts the same figures in a table beside it.
 */
final class SiteChart {

	static final int WIDTH = 400;

	private static final int ROW = 40;

	private static final int BAR = 14;

	private static final int BAR_WIDTH = 300;

	private SiteChart() {
	}

	/** One bar: its label and the normalised value, or null where the site has none. */
	record Bar(String label, Double normalised, String shown) {
	}

	/**
	 * @param title the chart's accessible name
	 * @param description what the bars mean, read by screen readers after the name
	 */
	static String svg(String title, String description, List<Bar> bars, Locale locale) {
		int height = Math.max(ROW, bars.size() * ROW);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"chart-title chart-description\">")
			.append("<title id=\"chart-title\">")
			.append(escaped(title))
			.append("</title><desc id=\"chart-description\">")
			.append(escaped(description))
			.append("</desc>");
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = i * ROW;
			svg.append("<text x=\"0\" y=\"")
				.append(y + 14)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(escaped(bar.label()))
				.append("</text>");
			svg.append("<rect x=\"0\" y=\"")
				.append(y + 20)
				.append("\" width=\"")
				.append(BAR_WIDTH)
				.append("\" height=\"")
				.append(BAR)
				.append("\" fill=\"#f3f2f1\"/>");
			if (bar.normalised() != null) {
				svg.append("<rect x=\"0\" y=\"")
					.append(y + 20)
					.append("\" width=\"")
					.append(String.format(Locale.ROOT, "%.1f", bar.normalised() * BAR_WIDTH))
					.append("\" height=\"")
					.append(BAR)
					.append("\" fill=\"#1d70b8\"/>");
			}
			svg.append("<text x=\"")
				.append(BAR_WIDTH + 8)
				.append("\" y=\"")
				.append(y + 32)
				.append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(escaped(bar.shown()))
				.append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static String escaped(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
