package eu.balticaigf.portal.privacy;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/staff/privacy")).andExpect(redirectedUrl("/staff/login"));
		mvc.perform(post("/staff/privacy/export").with(csrf()).param("email", "a@example.lt"))
			.andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	@WithMockUser(roles = "REVIEWER")
	void reviewersMayNotAnswerDataSubjectRequests() throws Exception {
		mvc.perform(get("/staff/privacy")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/privacy/erase").with(csrf()).param("email", "a@example.lt")
			.param("reason", "request").param("confirm", "true")).andExpect(status().isForbidden());
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
