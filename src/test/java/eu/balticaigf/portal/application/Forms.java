package eu.balticaigf.portal.application;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Test helpers: a valid application with unique identifiers, and the hidden fields of a served form. */
final class Forms {

	private Forms() {
	}

	static String randomDigits(int length) {
		StringBuilder digits = new StringBuilder();
		digits.append(ThreadLocalRandom.current().nextInt(1, 10));
		while (digits.length() < length) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

	static String randomEmail() {
		return "applicant-" + randomDigits(12) + "@example.lt";
	}

	static MultiValueMap<String, String> valid(String email) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("organisationName", "UAB „Ąžuolynas“");
		form.add("country", "LT");
		form.add("registryCode", randomDigits(9));
		form.add("vatNumber", "LT100001919017");
		form.add("pic", "999 999 999");
		form.add("website", "https://example.lt");
		form.add("category", "STARTUP");
		form.add("organisationSize", "SMALL");
		form.add("contactName", "Jūratė Kazlauskienė");
		form.add("contactEmail", email);
		form.add("contactPhone", "8 612 34567");
		form.add("contributionAreas", "DATA");
		form.add("contributionAreas", "RESEARCH");
		form.add("investmentIntentEur", "2 500 000");
		form.add("computeDemandGpuHours", "100,000");
		form.add("description", "Mes kuriame lietuvių kalbos modelius ir norime prisidėti duomenimis bei tyrimais.");
		form.add("consentPrivacy", "true");
		return form;
	}

	/** The hidden fields of a freshly served form. */
	static MultiValueMap<String, String> served(MockMvc mvc, String slug) throws Exception {
		String html = mvc.perform(get("/calls/" + slug + "/apply").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		MultiValueMap<String, String> hidden = new LinkedMultiValueMap<>();
		for (String name : new String[] { "draftId", "servedAt", "formSignature" }) {
			hidden.add(name, hidden(html, name));
		}
		return hidden;
	}

	static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no hidden field " + name + " in\n" + html);
		}
		return matcher.group(1);
	}

	static MockHttpServletRequestBuilder postForm(String path, MultiValueMap<String, String> fields) {
		return postForm(path, fields, "en");
	}

	static MockHttpServletRequestBuilder postForm(String path, MultiValueMap<String, String> fields, String lang) {
		return post(path).params(fields).param("lang", lang).with(csrf());
	}

	static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder builder, String address) {
		return builder.with((MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
