package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class StaffSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void backOfficeAsksAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/staff")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void bootstrapAdminSignsInAndReachesTheBackOffice() throws Exception {
		mvc.perform(formLogin("/staff/login").user(PortalTest.ADMIN_EMAIL).password(PortalTest.ADMIN_PASSWORD))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/staff"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin("/staff/login").user(PortalTest.ADMIN_EMAIL).password("not the password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void signInWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/staff/login").param("username", PortalTest.ADMIN_EMAIL)
			.param("password", PortalTest.ADMIN_PASSWORD)).andExpect(status().isForbidden());
	}

	@Test
	void passwordIsStoredHashed() {
		String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE email = ?")
			.param(PortalTest.ADMIN_EMAIL)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(PortalTest.ADMIN_PASSWORD);
	}

	@Test
	void signInPageIsTranslated() throws Exception {
		mvc.perform(get("/staff/login").param("lang", "lv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Darbinieku pieteikšanās")));
	}

	@Test
	void aFailedSignInIsExplainedAndLinksToTheEmailField() throws Exception {
		mvc.perform(get("/staff/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("<a href=\"#username\">The e-mail address or password is not right")));
		mvc.perform(get("/staff/login"))
			.andExpect(content().string(not(containsString("govuk-error-summary"))));
		mvc.perform(get("/staff/login").param("signedOut", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	@Test
	void bootstrapApiTokenAuthenticatesAndIsStoredOnlyAsAHash() throws Exception {
		mvc.perform(get("/api/v1/token").header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("bootstrap"))
			.andExpect(jsonPath("$.scopes[1]").value("SCOPE_READ_WRITE"));
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?")
			.param(PortalTest.API_TOKEN)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void apiRefusesMissingOrUnknownTokens() throws Exception {
		mvc.perform(get("/api/v1/token")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/token").header("Authorization", "Bearer forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void signOutNeedsAPostWithCsrf() throws Exception {
		mvc.perform(post("/staff/logout").with(csrf())).andExpect(redirectedUrl("/staff/login?signedOut"));
	}

}
