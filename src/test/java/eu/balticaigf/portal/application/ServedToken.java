package eu.balticaigf.portal.application;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A POST that no served form makes (a private link with another's token, a client at
 * another address), sent as a browser would after loading a page: with the CSRF cookie
 * and token that page carried, not a token the test makes up.
 */
final class ServedToken {

	private ServedToken() {
	}

	static MockHttpServletRequestBuilder post(MockMvc mvc, String path) throws Exception {
		MockHttpServletResponse served = mvc.perform(MockMvcRequestBuilders.get("/calls/demo/apply"))
			.andReturn()
			.getResponse();
		String token = Jsoup.parse(served.getContentAsString())
			.selectFirst("form[method=post] input[name=_csrf]")
			.val();
		Cookie[] cookies = served.getCookies();
		return MockMvcRequestBuilders.post(path).param("_csrf", token).cookie(cookies);
	}

	/** From this client address (the rate limits count per address). */
	static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with((MockHttpServletRequest r) -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

}
