package eu.balticaigf.portal.directory;

import static eu.balticaigf.portal.directory.DirectorySupport.unique;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner directory as organisations and the public meet it: listed only with
 * consent, never a contact, searched without caring for accents, and a sign-in by a
 * one-time link whose answer never tells whether an address is known.
 */
class DirectoryTests extends PortalIntegrationTest {

	/**
	 * Every request of the suite comes from one client: each test starts with the
	 * client's count at zero, as a person's first visit would.
	 */
	@BeforeEach
	void freshClient() {
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
	}

	@Test
	void listsOrganisationsThatConsentedWithoutAnyContact() throws Exception {
		String name = "Šiaurės Debesis " + unique();
		TestSubmissions.Submitted listed = DirectorySupport.applied(context, name, true,
				TestSubmissions.Profile.typical().withCountry("LT").withAreas("CLOUD_SERVICES"));
		String hidden = "Nematoma " + unique();
		DirectorySupport.applied(context, hidden, false, TestSubmissions.Profile.typical());

		Page directory = Visitor.at(port).speaking("en").open(DirectorySupport.search(name.substring(8)));
		assertThat(directory.text()).contains(name, "Lithuania", "Cloud services")
			.doesNotContain(listed.email(), "612 34567", "+370");
		assertThat(Visitor.at(port).open(DirectorySupport.search(hidden)).text()).doesNotContain(hidden);

		String json = mvc.perform(get("/api/v1/directory").param("q", name))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains(name, "\"country\":\"LT\"", "CLOUD_SERVICES")
			.doesNotContain(listed.email(), "612 34567", "contactEmail", "phone");
	}

	@Test
	void searchIgnoresAccentsAndCapitalsAndFiltersWork() {
		String name = "Łódzka Chmura Żółwia " + unique();
		DirectorySupport.applied(context, name, true,
				TestSubmissions.Profile.typical().withCountry("PL").withCategory("STARTUP").withAreas("DATA"));
		Visitor visitor = Visitor.at(port).speaking("pl");
		Page found = visitor.open("/directory")
			.form("#directory-search")
			.fill("q", "LODZKA chmura zolwia")
			.choose("country", "PL")
			.choose("category", "STARTUP")
			.choose("area", "DATA")
			.submit();
		assertThat(found.text()).contains(name);
		assertThat(found.byId("found").text()).startsWith("Znaleziono 1 organizację");
		Page otherCountry = found.form("#directory-search").choose("country", "LV").submit();
		assertThat(otherCountry.text()).doesNotContain(name);
		assertThat(otherCountry.byId("found").text()).startsWith("Znaleziono 0 organizacji");
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotTheAddressIsKnownAndOnlyAKnownOneGetsALink() {
		TestSubmissions.Submitted known = DirectorySupport.applied(context, "Known " + unique(), false,
				TestSubmissions.Profile.typical());
		String unknown = "nobody-" + unique() + "@example.lt";
		Page toKnown = DirectorySupport.askForLink(Visitor.at(port), known.email());
		Page toUnknown = DirectorySupport.askForLink(Visitor.at(port), unknown);
		assertThat(toKnown.path()).isEqualTo(toUnknown.path()).isEqualTo("/directory/sign-in/sent");
		assertThat(toKnown.byId("sign-in-answer").text()).isEqualTo(toUnknown.byId("sign-in-answer").text());

		Inbox.Mail mail = Inbox.nth(known.email(), 2);
		assertThat(mail.subject()).isEqualTo("Your link to the partner directory");
		assertThat(mail.text()).contains("Known ", "15 minutes");
		awaitHandled();
		assertThat(TestMail.messagesTo(unknown)).isEmpty();
		assertThat(jdbc.sql("SELECT outcome FROM directory_sign_in_request ORDER BY id").query(String.class).list())
			.containsExactly("SENT", "UNKNOWN");
		assertThat(jdbc.sql("SELECT count(*) FROM directory_sign_in_request WHERE email IS NOT NULL")
			.query(Long.class)
			.single()).as("addresses kept once handled").isZero();
	}

	@Test
	void aLinkSignsInOnceAndNotAfterFifteenMinutes() {
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Once " + unique(), false,
				TestSubmissions.Profile.typical());
		Visitor visitor = Visitor.at(port).speaking("en");
		DirectorySupport.askForLink(visitor, applied.email());
		String link = Inbox.nth(applied.email(), 2).path(DirectorySupport.LINK);
		assertThat(jdbc.sql("SELECT count(*) FROM directory_sign_in_link WHERE token_hash = ?")
			.param(SecureTokens.hash(link.substring(link.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single()).as("only the token's hash is stored").isOne();

		Page opened = visitor.open(link);
		Page account = opened.form("#use-link").submitAndFollow();
		assertThat(account.path()).isEqualTo("/directory/account");
		assertThat(account.heading()).startsWith("Once ");
		assertThat(account.byId("signed-in-as").text()).contains(applied.email());
		assertThat(Visitor.at(port).open(link).byId("link-gone").text()).isEqualTo("This link no longer works");
		assertThat(opened.form("#use-link").submitAndFollow().byId("link-gone")).isNotNull();

		Visitor late = Visitor.at(port);
		DirectorySupport.askForLink(late, applied.email());
		String expiring = Inbox.nth(applied.email(), 3).path(DirectorySupport.LINK);
		jdbc.sql("UPDATE directory_sign_in_link SET expires_at = ? WHERE token_hash = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)),
					SecureTokens.hash(expiring.substring(expiring.lastIndexOf('/') + 1)))
			.update();
		assertThat(late.open(expiring).byId("link-gone")).isNotNull();
		assertThat(late.open("/directory/account").path()).as("not signed in").isEqualTo("/directory/sign-in");

		Page signedOut = account.form("#directory-sign-out").submitAndFollow();
		assertThat(signedOut.byId("signed-out")).isNotNull();
		assertThat(visitor.open("/directory/account").path()).isEqualTo("/directory/sign-in");
	}

	@Test
	void staffSignInOpensNoOrganisationsPageAndAnOrganisationNoStaffPage() {
		Visitor staff = signedIn(Role.ADMIN);
		assertThat(staff.open("/directory/account").path()).isEqualTo("/directory/sign-in");
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Apart " + unique(), false,
				TestSubmissions.Profile.typical());
		Visitor organisation = Visitor.at(port);
		DirectorySupport.signIn(organisation, applied.email());
		assertThat(organisation.open("/staff/applications").path()).isEqualTo("/staff/login");
	}

	@Test
	void perAddressOnlyThreeLinksAQuarterOfAnHourAndTheAnswerStaysTheSame() {
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Limited " + unique(), false,
				TestSubmissions.Profile.typical());
		for (int i = 0; i < 4; i++) {
			assertThat(DirectorySupport.askForLink(Visitor.at(port), applied.email()).path())
				.isEqualTo("/directory/sign-in/sent");
			awaitHandled();
		}
		Inbox.nth(applied.email(), 4);
		assertThat(jdbc.sql("SELECT outcome FROM directory_sign_in_request ORDER BY id").query(String.class).list())
			.containsExactly("SENT", "SENT", "SENT", "LIMITED");
		assertThat(TestMail.messagesTo(applied.email())).hasSize(4);
	}

	@Test
	void aClientThatAsksTooOftenIsToldToWait() {
		for (int i = 0; i < 10; i++) {
			jdbc.sql("""
					INSERT INTO directory_sign_in_request (requested_at, language, address_hash, client_hash, outcome)
					VALUES (now(), 'en', 'x', ?, 'UNKNOWN')""").param(SecureTokens.hash("127.0.0.1")).update();
		}
		Page limited = Visitor.at(port)
			.speaking("lt")
			.open("/directory/sign-in")
			.form("#sign-in-form")
			.fill("email", "someone@example.lt")
			.submit();
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.byId("too-many").text()).contains("po 15 minučių");
	}

	@Test
	void signInFormSaysWhatIsWrongWithTheAddress() {
		Page empty = Visitor.at(port).speaking("en").open("/directory/sign-in").form("#sign-in-form").submit();
		assertThat(empty.errorFor("email")).contains("Enter your e-mail address");
		Page wrong = empty.form("#sign-in-form").fill("email", "not an address").submit();
		assertThat(wrong.errorFor("email")).contains("in the right format");
		assertThat(jdbc.sql("SELECT count(*) FROM directory_sign_in_request").query(Long.class).single()).isZero();
	}

	@Test
	void theOrganisationWritesItsProfileWithoutContactsAndWithdrawsConsentAtOnce() {
		String name = "Profilis " + unique();
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, name, true,
				TestSubmissions.Profile.typical());
		Visitor visitor = Visitor.at(port).speaking("en");
		Page account = DirectorySupport.signIn(visitor, applied.email());
		assertThat(account.byId("listing-state").attr("data-listed")).isEqualTo("true");

		Page withEmail = account.form("#profile-form").fill("profile", "Write to ona@example.lt").submit();
		assertThat(withEmail.errorFor("profile")).contains("Remove the e-mail address or phone number");
		Page withPhone = withEmail.form("#profile-form").fill("profile", "Call +370 612 34567").submit();
		assertThat(withPhone.errorFor("profile")).contains("Remove the e-mail address or phone number");
		Page badWebsite = withPhone.form("#profile-form")
			.fill("profile", "We host GPUs")
			.fill("website", "example")
			.submit();
		assertThat(badWebsite.errorFor("website")).contains("https://");
		assertThat(badWebsite.hasErrorFor("profile")).isFalse();
		Page saved = badWebsite.form("#profile-form")
			.fill("profile", "We host 2,000 GPUs in Kaunas and look for a power partner.")
			.fill("website", "https://gpu.example.lt")
			.submitAndFollow();
		assertThat(saved.byId("done").text()).contains("Your profile is saved.");
		Page listed = Visitor.at(port).open(DirectorySupport.search(name));
		assertThat(listed.text()).contains("We host 2,000 GPUs in Kaunas", "https://gpu.example.lt");

		Page unlisted = saved.form("#unlist-form").submitAndFollow();
		assertThat(unlisted.byId("listing-state").attr("data-listed")).isEqualTo("false");
		assertThat(Visitor.at(port).open(DirectorySupport.search(name)).text()).doesNotContain(name);

		Page noTick = unlisted.form("#list-form").submit();
		assertThat(noTick.errorFor("consent")).contains("Tick the box");
		Page again = noTick.form("#list-form").check("consent").submitAndFollow();
		assertThat(again.byId("listing-state").attr("data-listed")).isEqualTo("true");
		assertThat(Visitor.at(port).open(DirectorySupport.search(name)).text()).contains(name);
		assertThat(jdbc.sql("SELECT count(*) FROM consent_record WHERE purpose = 'PARTNER_DIRECTORY' AND "
				+ "source_reference LIKE 'directory:%' AND subject_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
			.param(applied.email())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aWithdrawnApplicationLeavesTheDirectoryAndEndsTheSignIn() {
		String name = "Atsiimta " + unique();
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, name, true,
				TestSubmissions.Profile.typical());
		Visitor visitor = Visitor.at(port);
		DirectorySupport.signIn(visitor, applied.email());
		assertThat(Visitor.at(port).open(DirectorySupport.search(name)).text()).contains(name);
		Applications applications = context.getBean(Applications.class);
		applications.transition(applications.find(applied.reference()).orElseThrow(),
				ApplicationStatus.Transition.WITHDRAW, Instant.now());
		assertThat(Visitor.at(port).open(DirectorySupport.search(name)).text()).doesNotContain(name);
		assertThat(visitor.open("/directory/account").path()).isEqualTo("/directory/sign-in");
	}

	@Test
	void aColleagueConfirmsTheirAddressAndSignsInForTheOrganisation() {
		String name = "Kolegos " + unique();
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, name, false,
				TestSubmissions.Profile.typical());
		Visitor visitor = Visitor.at(port).speaking("en");
		Page account = DirectorySupport.signIn(visitor, applied.email());
		Page empty = account.form("#colleague-form").submit();
		assertThat(empty.errorFor("colleague-email")).contains("Enter your colleague’s e-mail address");
		Page self = empty.form("#colleague-form").fill("email", applied.email().toUpperCase()).submit();
		assertThat(self.errorFor("colleague-email")).contains("can sign in for your organisation already");
		String colleague = "colleague-" + unique() + "@example.lt";
		Page added = self.form("#colleague-form").fill("email", colleague).submitAndFollow();
		assertThat(added.byId("colleagues").text()).contains(colleague, "waiting for confirmation");

		String confirm = Inbox.nth(colleague, 1).path("/directory/colleagues/[A-Za-z0-9_-]+");
		Visitor theColleague = Visitor.at(port).speaking("en");
		Page confirmed = theColleague.open(confirm).form("#confirm-colleague").submit();
		assertThat(confirmed.byId("colleague-confirmed").text()).contains(name);
		assertThat(theColleague.open(confirm).byId("link-gone")).isNotNull();
		Page theirs = DirectorySupport.signIn(theColleague, colleague);
		assertThat(theirs.heading()).isEqualTo(name);
		assertThat(visitor.open("/directory/account").byId("colleagues").text()).contains("confirmed");

		Page removed = visitor.open("/directory/account").form("#colleagues form").submitAndFollow();
		assertThat(removed.has("#colleagues")).isFalse();
		assertThat(theColleague.open("/directory/account").path()).isEqualTo("/directory/sign-in");
	}

	@Test
	void aColleaguesAddressIsExportedErasedAndForgottenWhenNeverConfirmed() {
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Privatumas " + unique(), false,
				TestSubmissions.Profile.typical());
		Visitor visitor = Visitor.at(port).speaking("en");
		Page account = DirectorySupport.signIn(visitor, applied.email());
		String kept = "kept-" + unique() + "@example.lt";
		String stale = "stale-" + unique() + "@example.lt";
		account.form("#colleague-form").fill("email", kept).submitAndFollow();
		visitor.open("/directory/account").form("#colleague-form").fill("email", stale).submitAndFollow();
		jdbc.sql("UPDATE directory_colleague SET added_at = now() - interval '400 days' WHERE email = ?")
			.param(stale)
			.update();
		ColleaguePersonalData colleagues = context.getBean(ColleaguePersonalData.class);
		assertThat(colleagues.export(kept.toUpperCase())).hasSize(1);
		colleagues.purgeExpired(Instant.now(), context.getBean(eu.balticaigf.portal.privacy.PrivacySettings.class));
		assertThat(colleagues.export(stale)).isEmpty();
		assertThat(colleagues.erase(kept)).isOne();
		assertThat(visitor.open("/directory/account").has("#colleagues")).isFalse();
	}

	@Test
	void aMemberAddedWithoutAnApplicationSignsInAndChoosesToBeListed() {
		String contact = "member-" + unique() + "@example.lt";
		String name = "Nacionalinė agentūra " + unique();
		signedIn(Role.ADMIN).open("/staff/bids/demo/members/new")
			.form("form[method=post]")
			.fill("organisationName", name)
			.choose("country", "LT")
			.choose("category", "PUBLIC_SECTOR")
			.fill("contactName", "Ona Onaitė")
			.fill("contactEmail", contact)
			.choose("language", "lt")
			.submitAndFollow();
		Visitor member = Visitor.at(port).speaking("en");
		Page account = DirectorySupport.signIn(member, contact);
		assertThat(account.heading()).isEqualTo(name);
		assertThat(account.byId("listing-state").attr("data-listed")).isEqualTo("false");
		account.form("#list-form").check("consent").submitAndFollow();
		assertThat(Visitor.at(port).open(DirectorySupport.search(name)).text()).contains(name,
				"Public sector institution");
	}

	@Test
	void theDemoOrganisationsAreListed() {
		assertThat(Visitor.at(port).open("/directory").text()).contains("(pavyzdys)", "Example Capital Partners");
	}

	@Test
	void theOrganisationsPageIsSoundInEveryLanguageWithItsErrors() {
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, "Kalbos " + unique(), true,
				TestSubmissions.Profile.typical());
		Visitor visitor = Visitor.at(port);
		DirectorySupport.signIn(visitor, applied.email());
		for (String language : List.of("lt", "en", "pl", "lv", "et")) {
			Visitor reading = visitor.speaking(language);
			Page account = reading.open("/directory/account");
			assertThat(account.document().selectFirst("html").attr("lang")).isEqualTo(language);
			assertThat(account.form("#profile-form").fill("profile", "x".repeat(501)).submit().errorSummary())
				.hasSize(1);
			assertThat(account.form("#colleague-form").submit().errorSummary()).hasSize(1);
		}
		visitor.open("/directory/account").form("#unlist-form").submit();
		for (String language : List.of("lt", "en", "pl", "lv", "et")) {
			assertThat(visitor.speaking(language).open("/directory/account").form("#list-form").submit().errorSummary())
				.hasSize(1);
		}
	}

	/** Waits for the sign-in requests to be handled (they are, after the answer). */
	private void awaitHandled() {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (jdbc.sql("SELECT count(*) FROM directory_sign_in_request WHERE outcome IS NULL")
			.query(Long.class)
			.single() > 0 && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
