package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class StaffSignInTests extends PortalIntegrationTest {

	@Test
	void backOfficeAsksAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/staff")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void bootstrapAdminSignsInAndReachesTheBackOffice() {
		Visitor admin = Visitor.at(port);
		Page home = StaffTestSupport.passwordStep(admin, PortalTest.ADMIN_EMAIL, PortalTest.ADMIN_PASSWORD);
		assertThat(home.path()).isEqualTo("/staff");
		assertThat(home.byId("signed-in-as").text()).as("by name")
			.isEqualTo("Signed in as Administrator (" + PortalTest.ADMIN_EMAIL + ")");
		assertThat(admin.open("/staff/accounts").status()).as("an admin's page").isEqualTo(200);
	}

	@Test
	void wrongPasswordIsRefused() {
		Visitor visitor = Visitor.at(port);
		Page refused = StaffTestSupport.passwordStep(visitor, PortalTest.ADMIN_EMAIL, "not the password");
		assertThat(refused.path()).isEqualTo("/staff/login?error");
		assertThat(refused.errorSummary())
			.containsExactly("The e-mail address or password is not right, or the account is locked.");
		assertThat(visitor.open("/staff").path()).as("not signed in").isEqualTo("/staff/login");
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
			.andExpect(content()
				.string(containsString("<a href=\"#username\">The e-mail address or password is not right")));
		mvc.perform(get("/staff/login")).andExpect(content().string(not(containsString("govuk-error-summary"))));
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
	void signOutIsTheServedFormAndAForgedPostIsRefused() throws Exception {
		mvc.perform(post("/staff/logout")).andExpect(status().isForbidden());
		Visitor visitor = Visitor.at(port);
		Page home = StaffTestSupport.passwordStep(visitor, PortalTest.ADMIN_EMAIL, PortalTest.ADMIN_PASSWORD);
		Page signedOut = home.form("form[action$='/staff/logout']").submitAndFollow();
		assertThat(signedOut.path()).isEqualTo("/staff/login?signedOut");
		assertThat(signedOut.text()).contains("You have signed out.");
		assertThat(visitor.open("/staff").path()).isEqualTo("/staff/login");
	}

}
