package eu.balticaigf.portal.directory;

import static eu.balticaigf.portal.directory.DirectorySupport.unique;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PrivacySettings;
import eu.balticaigf.portal.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the directory keeps about a person (sign-in links and requests, colleagues they
 * are or added, the listing choices they made) in their export, erased on request while
 * the organisation's listing stays, and sign-in records gone a day after the link
 * expired.
 */
class DirectoryPersonalDataTests extends PortalIntegrationTest {

	/** Every request of the suite comes from one client (see DirectoryTests). */
	@BeforeEach
	void freshClient() {
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
	}

	@Test
	void thePersonsSignInsColleaguesAndListingChoicesAreExportedAndErasedWhileTheListingStays() {
		String name = "Duomenys " + unique();
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, name, false,
				TestSubmissions.Profile.typical());
		Visitor organisation = Visitor.at(port).speaking("en");
		Page account = DirectorySupport.signIn(organisation, applied.email());
		String colleague = "added-" + unique() + "@example.lt";
		account.form("#colleague-form").fill("email", colleague).submitAndFollow();
		organisation.open("/directory/account").form("#list-form").check("consent").submitAndFollow();

		Visitor admin = signedIn(Role.ADMIN);
		String export = DirectorySupport.export(admin, applied.email().toUpperCase());
		assertThat(export).contains("\"directorySignIns\"", "\"directorySignInRequests\"",
				"\"directoryColleaguesAdded\"", "\"directoryListings\"", "\"usedAt\"", "\"outcome\":\"SENT\"");

		Page erased = DirectorySupport.erase(admin, applied.email(), "Asked by e-mail");
		assertThat(erased.byId("erased-counts").select("li").eachText()).contains("Partner directory sign-in links: 1",
				"Partner directory sign-in requests: 1", "Partner directory colleagues you added: 1",
				"Partner directory listing choices: 1");
		assertThat(jdbc.sql("SELECT added_by FROM directory_colleague WHERE email = ?")
			.param(colleague)
			.query(String.class)
			.single()).isEqualTo(DataSubjects.pseudonym(applied.email()));
		assertThat(jdbc.sql("SELECT count(*) FROM directory_organisation WHERE listed_by = ?")
			.param(DataSubjects.hash(applied.email()))
			.query(Long.class)
			.single()).isZero();
		assertThat(Visitor.at(port).open(DirectorySupport.search(name)).text())
			.as("the organisation's listing is not the person's")
			.contains(name);
	}

	@Test
	void anErasedColleagueLeavesTheOrganisationWithTheirSignInRecords() {
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Kolega " + unique(), false,
				TestSubmissions.Profile.typical());
		Visitor organisation = Visitor.at(port).speaking("en");
		DirectorySupport.signIn(organisation, applied.email())
			.form("#colleague-form")
			.fill("email", "erase-me-" + unique() + "@example.lt")
			.submitAndFollow();
		String colleague = jdbc
			.sql("SELECT email FROM directory_colleague WHERE added_by = ? AND email LIKE 'erase-me-%'")
			.param(DataSubjects.normalise(applied.email()))
			.query(String.class)
			.single();
		Visitor theColleague = Visitor.at(port).speaking("en");
		theColleague.open(Inbox.nth(colleague, 1).path("/directory/colleagues/[A-Za-z0-9_-]+"))
			.form("#confirm-colleague")
			.submit();
		DirectorySupport.signIn(theColleague, colleague);

		Page erased = DirectorySupport.erase(signedIn(Role.ADMIN), colleague, "Left the company");
		assertThat(erased.byId("erased-counts").select("li").eachText()).contains("Partner directory colleagues: 1",
				"Partner directory sign-in links: 1", "Partner directory sign-in requests: 1");
		assertThat(theColleague.open("/directory/account").path()).isEqualTo("/directory/sign-in");
		assertThat(organisation.open("/directory/account").has("#colleagues")).isFalse();
	}

	@Test
	void signInLinksAndRequestsGoADayAfterTheLinkExpired() {
		String old = "old-" + unique() + "@example.lt";
		String recent = "recent-" + unique() + "@example.lt";
		Instant now = Instant.now();
		link(old, now.minus(Duration.ofDays(2)));
		link(recent, now.minus(Duration.ofHours(1)));
		SignInLinkPersonalData links = context.getBean(SignInLinkPersonalData.class);
		DirectoryPersonalData.SignInRequests requests = context.getBean(DirectoryPersonalData.SignInRequests.class);

		assertThat(links.purgeExpired(now, context.getBean(PrivacySettings.class))).isGreaterThanOrEqualTo(2);
		assertThat(links.export(old)).isEmpty();
		assertThat(requests.export(old)).isEmpty();
		assertThat(links.export(recent)).hasSize(1);
		assertThat(requests.export(recent)).hasSize(1);
	}

	/** A link sent to the address at {@code at}, with its handled request. */
	private void link(String email, Instant at) {
		jdbc.sql("""
				INSERT INTO directory_sign_in_request (requested_at, language, address_hash, client_hash, outcome)
				VALUES (?, 'en', ?, 'test', 'SENT')""").params(Timestamp.from(at), DataSubjects.hash(email)).update();
		jdbc.sql("INSERT INTO directory_sign_in_link (token_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(unique() + unique(), email, Timestamp.from(at), Timestamp.from(at.plus(Duration.ofMinutes(15))))
			.update();
	}

}
