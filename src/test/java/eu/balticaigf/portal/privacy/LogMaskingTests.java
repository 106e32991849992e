package eu.balticaigf.portal.privacy;

import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTests extends PortalIntegrationTest {

	@Test
	void eMailAddressesAreMaskedInTheLog(CapturedOutput output) {
		LoggerFactory.getLogger(LogMaskingTests.class).warn("Could not deliver to ona.petraite@example.lt, retrying");
		assertThat(output.getOut()).contains("Could not deliver to o***@example.lt, retrying")
			.doesNotContain("ona.petraite@example.lt");
	}

	/**
	 * A whole journey: apply (form, check answers, submit, confirmation, receipt sent),
	 * register for a meeting, then an admin exports and erases the person. Nothing logged
	 * on the way contains the address.
	 */
	@Test
	void noRawAddressIsLoggedDuringAWholeJourney(CapturedOutput output) {
		String email = "journey-" + UUID.randomUUID().toString().substring(0, 12) + "@example.lt";
		Visitor person = Visitor.at(port);
		Page check = Journeys.fillApplication(person.open("/calls/demo/apply").form("form[method=post]"), email)
			.check("consentDirectory")
			.submit("#continue")
			.followed();
		Page confirmation = check.form().submitAndFollow();
		assertThat(confirmation.byId("application-reference").text()).startsWith("BAI-");
		Page registered = person.open("/meetings/demo-info/register")
			.form("form[method=post]")
			.fill("fullName", "Jūratė Kazlauskienė")
			.fill("email", email)
			.choose("attendance", "ONLINE")
			.check("consentPrivacy")
			.submitAndFollow();
		assertThat(registered.byId("registration-status").attr("data-status")).isIn("CONFIRMED", "WAITLISTED");
		assertThat(TestMail.awaitMessagesTo(email, 2)).hasSize(2);

		// The consents of both forms were recorded with the notice version, under the
		// address's hash only.
		assertThat(jdbc.sql("""
				SELECT string_agg(purpose || '@' || notice_version, ',' ORDER BY purpose) FROM consent_record
				WHERE subject_hash = ?""").param(DataSubjects.hash(email)).query(String.class).single()).isEqualTo(
				"APPLICATION_PROCESSING@2025-07-28,MEETING_REGISTRATION@2025-07-28,PARTNER_DIRECTORY@2025-07-28");

		Visitor admin = Visitor.at(port);
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		assertThat(admin.open("/staff/privacy")
			.form("form[action$='/staff/privacy/export']")
			.fill("email", email)
			.submit()
			.status()).isEqualTo(200);
		assertThat(admin.open("/staff/privacy")
			.form("form[action$='/staff/privacy/erase']")
			.fill("email", email)
			.fill("reason", "Asked by " + email)
			.check("confirm")
			.submit()
			.has("#erased-counts")).isTrue();

		assertThat(output.getAll()).doesNotContainIgnoringCase(email);
	}

}
