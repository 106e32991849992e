package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.test.context.support.WithMockUser;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class DashboardAccessTests extends PortalIntegrationTest {

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/staff/calls/baltic-aigf-2025/dashboard"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staff/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "REVIEWER", "VIEWER" })
	void everyStaffRoleSeesTheDashboard(String role) throws Exception {
		mvc.perform(get("/staff/calls/baltic-aigf-2025/dashboard").with(user("staff@ministry.test").roles(role)))
			.andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void dashboardShowsTheCallsMeetingFigures() throws Exception {
		mvc.perform(get("/staff/calls/baltic-aigf-2025/dashboard").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"meeting-figures\""), containsString("In-person seats"),
							containsString("On the waiting list"), containsString("Attended"))));
	}

	@Test
	@WithMockUser(roles = "APPLICANT")
	void otherRolesAreRefused() throws Exception {
		mvc.perform(get("/staff/calls/baltic-aigf-2025/dashboard")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void staffSeeExactSmallCellsMoneyAgainstTargetAndChecks() throws Exception {
		TestApplications data = new TestApplications(context)
			.add(3, "SUBMITTED", "STARTUP", "LT", "SMALL", 2_000_000L, 1_000L, Instant.parse("2025-07-28T09:00:00Z"))
			.add(1, "ACCEPTED", "INVESTOR", "EE", "LARGE", 100_000_000L, null, Instant.parse("2025-08-10T20:00:00Z"))
			.add(1, "WITHDRAWN", "STARTUP", "PL", "MICRO", 5_000_000L, null, Instant.parse("2025-08-01T09:00:00Z"));
		mvc.perform(get("/staff/calls/{slug}/dashboard", data.slug).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Consortium dashboard"),
					containsString("4 applications, withdrawn ones not counted"),
					containsString("Applicants intend to invest EUR\u00a0106\u00a0000\u00a0000 against a target of "
							+ "EUR\u00a01\u00a0950\u00a0000\u00a0000"),
					containsString("Still to be found: EUR\u00a01\u00a0844\u00a0000\u00a0000"),
					containsString("accepted applicants account for EUR\u00a0100\u00a0000\u00a0000"),
					containsString("613,200,000"),
					containsString("2 of 4; missing: Poland (declined or withdrawn only), Latvia"),
					containsString("Submissions per day"), containsString("Information meeting"))));
	}

	/**
	 * "1 applications" read wrong: each language has its own plural forms (Lithuanian,
	 * Polish and Latvian three).
	 */
	@Test
	@WithMockUser(roles = "VIEWER")
	void countsReadInTheRightPluralFormInEveryLanguage() throws Exception {
		TestApplications one = new TestApplications(context).add(1, "SUBMITTED", "STARTUP", "LT", "SMALL", null, 1L,
				Instant.parse("2025-07-28T09:00:00Z"));
		TestApplications three = new TestApplications(context).add(3, "SUBMITTED", "STARTUP", "LT", "SMALL", null, 1L,
				Instant.parse("2025-07-28T09:00:00Z"));
		Map<String, List<String>> expected = Map.of("en",
				List.of("1 application, withdrawn", "Applicants want 1 GPU-hour a year", "3 applications, withdrawn"),
				"lt", List.of("Pateikta 1 paraiška", "Pareiškėjų poreikis – 1 GPU valanda", "Pateiktos 3 paraiškos"),
				"pl", List.of("1 wniosek (bez", "wnioskodawców: 1 godzina GPU", "3 wnioski (bez"), "lv",
				List.of("1 pieteikums (neskaitot", "pieprasījums: 1 GPU stunda", "3 pieteikumi (neskaitot"), "et",
				List.of("1 taotlus (tagasi", "vajadus: 1 GPU-tund aastas", "3 taotlust (tagasi"));
		for (Map.Entry<String, List<String>> language : expected.entrySet()) {
			mvc.perform(get("/staff/calls/{slug}/dashboard", one.slug).param("lang", language.getKey()))
				.andExpect(content().string(
						allOf(containsString(language.getValue().get(0)), containsString(language.getValue().get(1)))));
			mvc.perform(get("/staff/calls/{slug}/dashboard", three.slug).param("lang", language.getKey()))
				.andExpect(content().string(containsString(language.getValue().get(2))));
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void unknownCallIsNotFound() throws Exception {
		mvc.perform(get("/staff/calls/no-such-call/dashboard")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void staffHomeLinksToTheDashboards() throws Exception {
		mvc.perform(get("/staff").param("lang", "en"))
			.andExpect(content().string(containsString("/staff/calls/baltic-aigf-2025/dashboard")));
	}

}
