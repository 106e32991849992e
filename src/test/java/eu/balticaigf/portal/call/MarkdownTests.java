package eu.balticaigf.portal.call;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown subset of call texts: what it renders, and that nothing typed is markup.
 */
class MarkdownTests {

	@Test
	void rendersParagraphsListsEmphasisAndLinks() {
		assertThat(Markdown
			.html("First *one*.\n\n- a\n- **b**\n\n1. x\n2. y\n\nSee [the page](https://example.eu/a?b=1&c=2)."))
			.isEqualTo("<p class=\"govuk-body\">First <em>one</em>.</p>"
					+ "<ul class=\"govuk-list govuk-list--bullet\"><li>a</li><li><strong>b</strong></li></ul>"
					+ "<ol class=\"govuk-list govuk-list--number\"><li>x</li><li>y</li></ol>"
					+ "<p class=\"govuk-body\">See <a class=\"govuk-link\" href=\"https://example.eu/a?b=1&amp;c=2\" rel=\"noopener\">the page</a>.</p>");
	}

	@Test
	void escapesEverythingTypedAndKeepsOnlyWebLinks() {
		String html = Markdown.html("<script>alert(1)</script> [x](javascript:alert(1)) [y](data:text/html,1) "
				+ "<a href=\"https://evil.example\">z</a> **<img src=x onerror=alert(1)>**");

		assertThat(html).doesNotContain("<script", "<a href", "<img", "href=\"javascript", "href=\"data")
			.contains("&lt;script&gt;", "[x](javascript:alert(1))",
					"<strong>&lt;img src=x onerror=alert(1)&gt;</strong>");
		assertThat(Markdown.html(null)).isEmpty();
		assertThat(Markdown.html("  ")).isEmpty();
	}

}
