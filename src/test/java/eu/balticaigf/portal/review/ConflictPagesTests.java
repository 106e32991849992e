package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.staff.Role;

/**
 * A conflict-of-interest declaration made by mistake: the application it hides says why
 * (not "your link may have expired"), and its author, and only its author, withdraws it
 * after a confirmation step, audited.
 */
@PortalTest
class ConflictPagesTests extends PortalIntegrationTest {

	@Test
	void aHiddenApplicationSaysWhyAndItsDeclarationIsWithdrawnByItsAuthorAfterConfirming() {
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", "Mistaken Ltd");
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		reviewer.declareConflict(application.registryCode());

		Page hidden = reviewer.application(application.reference());
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.heading()).isEqualTo("This application is hidden from you");
		assertThat(hidden.byId("hidden-why").text())
			.isEqualTo("You declared a conflict of interest with this organisation, so it is hidden from you.");
		assertThat(hidden.text()).contains(application.registryCode()).doesNotContain("private link");

		Page confirmation = hidden.click("withdraw-link");
		assertThat(confirmation.status()).isEqualTo(200);
		assertThat(confirmation.heading()).isEqualTo("Withdraw this declaration?");
		assertThat(confirmation.byId("declaration").text()).contains(application.registryCode());
		// Nobody else can withdraw it, nor see it.
		String withdrawPath = confirmation.path();
		assertThat(ReviewDesk.signIn(context, port, Role.ADMIN).open(withdrawPath).status()).isEqualTo(404);

		Form withdraw = confirmation.form("form[method=post]");
		Page done = withdraw.submitAndFollow();
		assertThat(done.path()).isEqualTo("/staff/conflicts");
		assertThat(done.text()).contains("Your declaration has been withdrawn.",
				"You have not declared any conflicts of interest.");
		assertThat(reviewer.application(application.reference()).status()).isEqualTo(200);
		// A double click withdraws nothing more.
		withdraw.submitAndFollow();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'review.conflict.withdraw' AND actor = ?")
			.param(reviewer.email())
			.query(Long.class)
			.single()).isEqualTo(1);
		// The declaration stays on record, withdrawn.
		assertThat(jdbc.sql("SELECT count(*) FROM review_conflict WHERE reviewer = ? AND withdrawn_at IS NOT NULL")
			.param(reviewer.email())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAdminHiddenFromAnApplicationByTheirOwnDeclarationIsToldWhyInTheirLanguage() {
		String name = "Admin Conflict UAB " + UUID.randomUUID();
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", name);
		ReviewDesk admin = ReviewDesk.signIn(context, port, Role.ADMIN).speaking("lt");
		admin.open("/staff/conflicts").form("form[method=post]").fill("organisationName", name).submitAndFollow();

		Page hidden = admin.application(application.reference());
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.byId("hidden-why").text())
			.isEqualTo("Deklaravote interesų konfliktą su šia organizacija, todėl jos paraiška jums nerodoma.");
		assertThat(hidden.has("#withdraw-link")).isTrue();
	}

	/**
	 * Walk-through 1: "neuronu tinklas uab" did not hide "Neuronų Tinklas UAB" (only the
	 * exact accents did), and the declaration came back lower-cased.
	 */
	@Test
	void aDeclaredNameHidesTheOrganisationWhateverItsAccentsAndIsShownAsTyped() {
		String marker = "Tinklas" + UUID.randomUUID().toString().substring(0, 8);
		TestSubmissions.Submitted accented = TestSubmissions.submit(context, "lt", "Neuronų " + marker + " UAB");
		TestSubmissions.Submitted longer = TestSubmissions.submit(context, "lt", "Neuronų " + marker + " Plius UAB");
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER).speaking("en");

		String typed = "NEURONU " + marker + ", uab";
		Page declared = reviewer.open("/staff/conflicts")
			.form("form[method=post]")
			.fill("organisationName", typed)
			.submitAndFollow();

		assertThat(reviewer.application(accented.reference()).status()).isEqualTo(404);
		assertThat(declared.document().select("#conflicts tbody td:first-child").eachText()).containsExactly(typed);
		assertThat(declared.byId("organisationName-hint").text())
			.endsWith("Capitals, accents and punctuation do not matter.");
		// A name still matches as a whole: a longer one is another organisation.
		assertThat(reviewer.application(longer.reference()).status()).isEqualTo(200);
		assertThat(reviewer.open("/staff/applications?q=" + marker)
			.document()
			.select("#queue tbody a[href^=/staff/applications/]")
			.eachText()).containsExactly(longer.reference());
	}

}
