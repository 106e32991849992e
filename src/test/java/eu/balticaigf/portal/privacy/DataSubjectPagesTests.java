package eu.balticaigf.portal.privacy;

import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class DataSubjectPagesTests {

	@Autowired
	MockMvc mvc;

	/** Every privacy route, for each kind of visitor. */
	List<MockHttpServletRequestBuilder> routes() {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.lt";
		return List.of(get("/staff/privacy"), post("/staff/privacy/export").with(csrf()).param("email", nobody),
				post("/staff/privacy/erase").with(csrf()).param("email", nobody).param("reason", "request")
					.param("confirm", "true"));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (MockHttpServletRequestBuilder route : routes()) {
			mvc.perform(route).andExpect(redirectedUrl("/staff/login"));
		}
	}

	@Test
	void reviewersAndViewersMayNotAnswerDataSubjectRequests() throws Exception {
		for (String role : List.of("REVIEWER", "VIEWER")) {
			for (MockHttpServletRequestBuilder route : routes()) {
				mvc.perform(route.with(user("staff-" + role.toLowerCase() + "@example.lt").roles(role)))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void adminsMayUseEveryPrivacyRoute() throws Exception {
		for (MockHttpServletRequestBuilder route : routes()) {
			mvc.perform(route.with(user("admin@example.lt").roles("ADMIN"))).andExpect(status().isOk());
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminDownloadsAnExportAsJson() throws Exception {
		mvc.perform(post("/staff/privacy/export").with(csrf()).param("email", " Person@Example.LT "))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("personal-data.json")))
			.andExpect(jsonPath("$.subject").value("person@example.lt"))
			.andExpect(jsonPath("$.privacyNoticeVersion").value("2025-07-28"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void erasureNeedsAnAddressAReasonAndConfirmation() throws Exception {
		mvc.perform(post("/staff/privacy/erase").with(csrf()).param("email", "not-an-address").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address in the correct format")))
			.andExpect(content().string(containsString("Give the reason for the erasure")))
			.andExpect(content().string(containsString("Confirm that the data should be erased")));
	}

}
