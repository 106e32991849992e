package eu.balticaigf.portal.pages;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** One response as the browser received it, read with jsoup. */
public final class Page {

	private final Visitor visitor;

	private final HttpResponse<String> response;

	private Document document;

	Page(Visitor visitor, HttpResponse<String> response) {
		this.visitor = visitor;
		this.response = response;
	}

	public int status() {
		return response.statusCode();
	}

	/** The path and query this page was served at. */
	public String path() {
		URI uri = response.uri();
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public String body() {
		return response.body();
	}

	public Optional<String> header(String name) {
		return response.headers().firstValue(name);
	}

	public boolean isRedirect() {
		return status() >= 300 && status() < 400 && header("Location").isPresent();
	}

	public String location() {
		return header("Location").orElseThrow(() -> new AssertionError("no Location header on " + path()));
	}

	boolean isHtml() {
		return header("Content-Type").map(type -> type.startsWith("text/html")).orElse(false) && !body().isEmpty();
	}

	public Document document() {
		if (document == null) {
			document = Jsoup.parse(body(), visitor.origin() + path());
		}
		return document;
	}

	/** The text of the main content, as a screen shows it (whitespace collapsed). */
	public String text() {
		return main().text();
	}

	private Element main() {
		Element main = document().getElementById("main-content");
		return main != null ? main : document().body();
	}

	public String title() {
		return document().title();
	}

	public String heading() {
		Element h1 = document().selectFirst("h1");
		return h1 == null ? "" : h1.text();
	}

	/** The element with this id; fails when there is none. */
	public Element byId(String id) {
		Element element = document().getElementById(id);
		assertThat(element).as("#" + id + " on " + path()).isNotNull();
		return element;
	}

	public boolean has(String cssSelector) {
		return document().selectFirst(cssSelector) != null;
	}

	/** The text of the element this selector finds; fails when there is none. */
	public String textOf(String cssSelector) {
		Element element = document().selectFirst(cssSelector);
		assertThat(element).as(cssSelector + " on " + path()).isNotNull();
		return element.text();
	}

	/**
	 * The error message shown next to a field (GOV.UK: {@code <field>-error}), without
	 * the hidden "Error:" prefix.
	 */
	public String errorFor(String field) {
		Element error = document().getElementById(field + "-error");
		assertThat(error).as("an error message next to " + field + " on " + path()).isNotNull();
		Element copy = error.clone();
		copy.select(".govuk-visually-hidden").remove();
		return copy.text();
	}

	public boolean hasErrorFor(String field) {
		return document().getElementById(field + "-error") != null;
	}

	/**
	 * The lines of the error summary at the top of the page (empty when there is none).
	 */
	public List<String> errorSummary() {
		return document().select(".govuk-error-summary__list li").eachText();
	}

	/**
	 * The form this selector finds, to fill in and submit: the page's own (in its main
	 * content) before the layout's, such as the staff header's sign-out button.
	 */
	public Form form(String cssSelector) {
		Element form = main().selectFirst(cssSelector);
		if (form == null) {
			form = document().selectFirst(cssSelector);
		}
		assertThat(form).as("form " + cssSelector + " on " + path()).isNotNull();
		assertThat(form.tagName()).isEqualTo("form");
		return new Form(visitor, this, form);
	}

	/** The only form in the page's main content with method post. */
	public Form form() {
		List<Element> forms = main().select("form[method=post]");
		assertThat(forms).as("POST forms on " + path()).hasSize(1);
		return new Form(visitor, this, forms.get(0));
	}

	/** Follows a link on the page by its visible text or its id, as a click would. */
	public Page click(String linkTextOrId) {
		Element link = document().getElementById(linkTextOrId);
		if (link == null) {
			link = document().select("a[href]")
				.stream()
				.filter(a -> a.text().equals(linkTextOrId))
				.findFirst()
				.orElse(null);
		}
		assertThat(link).as("link " + linkTextOrId + " on " + path()).isNotNull();
		return visitor.open(link.absUrl("href"));
	}

	/** After a redirect: the page it leads to. */
	public Page followed() {
		return visitor.follow(this);
	}

	@Override
	public String toString() {
		return status() + " " + path();
	}

}
