package eu.balticaigf.portal.privacy;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PrivacyNoticeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void noticeShowsItsVersionAndTheRetentionPeriods() throws Exception {
		mvc.perform(get("/privacy").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Version 2025-07-28"),
					containsString("erased 180 days after the call closes"), containsString("Erased 30 days after the meeting"),
					containsString("Deleted 30 days after the e-mail was sent"))));
	}

	@Test
	void noticeIsLinkedFromEveryPageFooter() throws Exception {
		mvc.perform(get("/").param("lang", "lt")).andExpect(content().string(containsString("href=\"/privacy\"")));
	}

}
