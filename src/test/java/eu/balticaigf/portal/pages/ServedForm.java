package eu.balticaigf.portal.pages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page's form as served, for the few tests that must post what no browser form can (a
 * hostile byte, a file name with a raw line break) and so cannot use {@link Form}: the
 * cookies the page set (the CSRF cookie among them) and its hidden fields, the CSRF token
 * included, read from the HTML. A request built from it carries the page's own token,
 * never one made up by the test framework, so the portal's CSRF check runs as it does for
 * a browser.
 */
public final class ServedForm {

	private final Cookie[] cookies;

	private final Map<String, String> hidden;

	private ServedForm(Cookie[] cookies, Map<String, String> hidden) {
		this.cookies = cookies;
		this.hidden = hidden;
	}

	/** GETs the page and reads its (first) POST form. */
	public static ServedForm of(MockMvc mvc, String path) {
		try {
			MvcResult served = mvc.perform(get(path).header("Accept-Language", "en")).andReturn();
			Element form = Jsoup.parse(served.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.selectFirst("form[method=post]:has(input[name=_csrf])");
			assertThat(form).as("a POST form with its CSRF token on " + path).isNotNull();
			Map<String, String> hidden = new LinkedHashMap<>();
			form.select("input[type=hidden]").forEach(input -> hidden.putIfAbsent(input.attr("name"), input.val()));
			return new ServedForm(served.getResponse().getCookies(), hidden);
		}
		catch (Exception ex) {
			throw new AssertionError("could not read the form on " + path, ex);
		}
	}

	/** A hidden field's value as served (null when the form has none). */
	public String value(String name) {
		return hidden.get(name);
	}

	/**
	 * The request as the page would send it: with its cookies and its CSRF token; the
	 * test adds the fields.
	 */
	public <T extends AbstractMockHttpServletRequestBuilder<?>> T sent(T request) {
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		request.param("_csrf", hidden.get("_csrf"));
		return request;
	}

}
