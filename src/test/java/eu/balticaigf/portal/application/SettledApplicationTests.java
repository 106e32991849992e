package eu.balticaigf.portal.application;

import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a decision the application is settled: its applicant can neither amend nor
 * withdraw it, not even with a form opened before the decision, and the refusal says why.
 */
@PortalTest
class SettledApplicationTests extends PortalIntegrationTest {

	@Autowired
	Applications applications;

	@Test
	void aDecidedApplicationCannotBeAmendedOrWithdrawnByItsApplicant() {
		Visitor applicant = Visitor.at(port);
		String email = "settled-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Journeys.Submitted submitted = Journeys.apply(applicant, email);
		Form amendment = applicant.open(submitted.privateLink() + "/amend")
			.form("form[method=post]")
			.fill("organisationName", "Changed after the decision");
		Form withdrawal = applicant.open(submitted.privateLink() + "/withdraw").form("form[method=post]");

		Visitor staff = Visitor.at(port);
		staff.signIn(StaffSignInSupport.create(context, Role.REVIEWER));
		Journeys.decide(staff, submitted.reference(), "ACCEPTED", "A strong fit for the consortium.");
		assertThat(applications.find(submitted.reference()).orElseThrow().status())
			.isEqualTo(ApplicationStatus.ACCEPTED);

		Page amended = amendment.submit();
		assertThat(amended.status()).isEqualTo(409);
		assertThat(amended.byId("refused-message").text()).contains("decided", "Accepted");
		Page withdrawn = withdrawal.submit();
		assertThat(withdrawn.status()).isEqualTo(409);
		assertThat(applications.find(submitted.reference()).orElseThrow())
			.satisfies(application -> assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED))
			.satisfies(application -> assertThat(application.data().organisationName())
				.isNotEqualTo("Changed after the decision"));

		assertThat(applicant.open(submitted.privateLink() + "/amend").status()).isEqualTo(409);
		assertThat(applicant.open(submitted.privateLink() + "/withdraw").status()).isEqualTo(409);
	}

	/**
	 * Issue 13 §4: the applicant's page states the decision and when it was taken, and
	 * offers no change.
	 */
	@Test
	void afterADecisionTheApplicantsPageShowsItAndOffersNoChange() {
		Visitor applicant = Visitor.at(port);
		String email = "decided-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Journeys.Submitted submitted = Journeys.apply(applicant, email);
		Visitor staff = Visitor.at(port);
		staff.signIn(StaffSignInSupport.create(context, Role.REVIEWER));
		Journeys.decide(staff, submitted.reference(), "DECLINED", "Outside the scope of the call.");

		Page own = applicant.open(submitted.privateLink());
		assertThat(own.byId("application-status").text()).isEqualTo("Declined");
		assertThat(own.byId("application-status").attr("data-status")).isEqualTo("DECLINED");
		String decidedAt = own.byId("decided-at").text();
		assertThat(decidedAt).endsWith("(Vilnius)");
		assertThat(own.byId("standing-message").text())
			.isEqualTo("The ministry has decided on this application, so it can "
					+ "no longer be changed or withdrawn. The decision e-mail says what happens next.");
		assertThat(own.has("a[href$='/amend']")).isFalse();
		assertThat(own.has("a[href$='/withdraw']")).isFalse();

		Page amend = applicant.open(submitted.privateLink() + "/amend");
		assertThat(amend.status()).isEqualTo(409);
		assertThat(amend.byId("refused-message").text()).isEqualTo("The ministry decided on this application on "
				+ decidedAt
				+ " (Declined), so it can no longer be changed or withdrawn. The decision e-mail says what happens next.");
	}

}
