package eu.balticaigf.portal.privacy;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admins' page for data-subject requests, used as a browser does.
 * {@code RouteAccessTests} covers its POSTs by role.
 */
@PortalTest
class DataSubjectPagesTests extends PortalIntegrationTest {

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(Visitor.at(port).open("/staff/privacy").path()).isEqualTo("/staff/login");
	}

	@Test
	void reviewersAndViewersMayNotAnswerDataSubjectRequests() {
		for (Role role : List.of(Role.REVIEWER, Role.VIEWER)) {
			assertThat(signedIn(role).open("/staff/privacy").status()).as(role.name()).isEqualTo(403);
		}
	}

	@Test
	void adminDownloadsAnExportAsJson() {
		Page export = signedIn(Role.ADMIN).open("/staff/privacy")
			.form("form[action$='/staff/privacy/export']")
			.fill("email", " Person@Example.LT ")
			.submit();
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("personal-data.json"));
		assertThat((String) JsonPath.read(export.body(), "$.subject")).isEqualTo("person@example.lt");
		assertThat((String) JsonPath.read(export.body(), "$.privacyNoticeVersion")).isEqualTo("2025-07-28");
	}

	@Test
	void exportNeedsAnAddress() {
		Page refused = signedIn(Role.ADMIN).open("/staff/privacy")
			.form("form[action$='/staff/privacy/export']")
			.fill("email", "not-an-address")
			.submit();
		assertThat(refused.errorFor("export-email"))
			.isEqualTo("Enter an e-mail address in the correct format, like name@example.com");
		assertThat(refused.byId("export-email").val()).isEqualTo("not-an-address");
	}

	@Test
	void erasureNeedsAnAddressAReasonAndConfirmation() {
		Page refused = signedIn(Role.ADMIN).open("/staff/privacy")
			.form("form[action$='/staff/privacy/erase']")
			.fill("email", "not-an-address")
			.submit();
		assertThat(refused.errorSummary()).containsExactly(
				"Enter an e-mail address in the correct format, like name@example.com",
				"Give the reason for the erasure", "Confirm that the data should be erased");
		assertThat(refused.errorFor("erase-email"))
			.isEqualTo("Enter an e-mail address in the correct format, like name@example.com");
		assertThat(refused.errorFor("reason")).isEqualTo("Give the reason for the erasure");
		assertThat(refused.errorFor("confirm")).isEqualTo("Confirm that the data should be erased");
		assertThat(refused.byId("erase-email").val()).isEqualTo("not-an-address");
		assertThat(refused.has("#erased-counts")).isFalse();
	}

}
