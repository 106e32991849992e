package eu.balticaigf.portal.directory;

import static eu.balticaigf.portal.directory.DirectorySupport.unique;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introductions as both organisations meet them: the asker's message and name reach the
 * card's owner, and only an acceptance sends each side the other's contact; a decline
 * reads as closed, like an expiry, and sends nothing; the limits (five waiting, ten a
 * day, one per card) and the follow-up question; a forged answer is refused.
 */
class IntroductionsTests extends PortalIntegrationTest {

	/** An organisation that applied, consented to the directory and signed in. */
	record Signed(String name, String email, String key, Visitor visitor) {
	}

	@BeforeEach
	void freshClient() {
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
	}

	private Signed organisation(String prefix, String country, String language) {
		String name = prefix + " " + unique();
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, name, true,
				TestSubmissions.Profile.typical().withCountry(country));
		Visitor visitor = Visitor.at(port).speaking(language);
		DirectorySupport.signIn(visitor, applied.email());
		String key = context.getBean(Organisations.class).speakingFor(applied.email()).get(0).key();
		return new Signed(name, applied.email(), key, visitor);
	}

	private long card(Signed owner, String role) {
		return DirectorySupport.approvedCard(context, owner.email(), role,
				"We need " + role.toLowerCase(Locale.ROOT) + " for an AI factory.");
	}

	private static Form askForm(Signed asker, long card) {
		return asker.visitor().open("/directory/cards/" + card).click("ask-introduction").form("#ask-form");
	}

	private long introduction(long card, Signed asker) {
		return jdbc.sql("SELECT id FROM directory_introduction WHERE card_id = ? AND asker_key = ?")
			.params(card, asker.key())
			.query(Long.class)
			.single();
	}

	@Test
	void onlyAnAcceptanceSendsEachSideTheOthersContactInTheirLanguage() {
		Signed owner = organisation("Savininkas", "LT", "en");
		Signed asker = organisation("Pytający", "PL", "lt");
		long card = card(owner, "POWER");
		int ownerMails = TestMail.messagesTo(owner.email()).size();
		int askerMails = TestMail.messagesTo(asker.email()).size();

		Page empty = askForm(asker, card).submit();
		assertThat(empty.errorFor("message")).contains("Parašykite žinutę");
		Page withContact = empty.form("#ask-form").fill("message", "Call us on +48 601 234 567").submit();
		assertThat(withContact.errorFor("message")).contains("Pašalinkite el. pašto adresą");
		Page tooLong = withContact.form("#ask-form").fill("message", "x".repeat(501)).submit();
		assertThat(tooLong.errorFor("message")).contains("500");
		assertThat(jdbc.sql("SELECT count(*) FROM directory_introduction WHERE asker_key = ?")
			.param(asker.key())
			.query(Long.class)
			.single()).isZero();
		Page asked = tooLong.form("#ask-form")
			.fill("message", "We build a 40 MW solar park near Poznań and look for a buyer.")
			.submitAndFollow();
		assertThat(asked.path()).isEqualTo("/directory/introductions?done=asked");
		long id = introduction(card, asker);
		assertThat(asked.byId("outgoing-" + id).attr("data-state")).isEqualTo("PENDING");

		Inbox.Mail request = Inbox.nth(owner.email(), ownerMails + 1);
		assertThat(request.subject()).isEqualTo("An organisation asks for an introduction");
		assertThat(request.text()).contains("Need: Power", "/directory/introductions")
			.doesNotContain(asker.email(), asker.name());
		Page incoming = owner.visitor().open("/directory/introductions");
		assertThat(incoming.byId("incoming-" + id).text()).contains(asker.name(), "Poland",
				"We build a 40 MW solar park near Poznań");
		assertThat(incoming.body()).doesNotContain(asker.email(), DirectorySupport.PHONE);
		assertThat(TestMail.messagesTo(asker.email())).hasSize(askerMails);

		Page accepted = incoming.form("#accept-" + id).submitAndFollow();
		assertThat(accepted.byId("done").text()).contains("You accepted the introduction");
		assertThat(accepted.byId("incoming-" + id).attr("data-state")).isEqualTo("ACCEPTED");
		Inbox.Mail toAsker = Inbox.nth(asker.email(), askerMails + 1);
		assertThat(toAsker.subject()).isEqualTo("Jūsų pažintis partnerių kataloge");
		assertThat(toAsker.text()).contains(owner.name(), owner.email());
		Inbox.Mail toOwner = Inbox.nth(owner.email(), ownerMails + 2);
		assertThat(toOwner.subject()).isEqualTo("Your introduction in the partner directory");
		assertThat(toOwner.text()).contains(asker.name(), asker.email());
		assertThat(asker.visitor().open("/directory/introductions").byId("outgoing-" + id).text()).contains("Sutikta");
		assertThat(jdbc
			.sql("SELECT action FROM audit_log WHERE target_type = 'directory-introduction' AND target_id = ?"
					+ " ORDER BY id")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("directory.introduction.asked", "directory.introduction.accepted");
	}

	@Test
	void aDeclineReadsAsClosedLikeAnExpiryAndNobodyIsTold() {
		Signed owner = organisation("Atsisakantis", "LT", "en");
		Signed asker = organisation("Asker", "LV", "en");
		long declinedCard = card(owner, "SITE");
		long expiringCard = card(owner, "COOLING");
		askForm(asker, declinedCard).fill("message", "We would like to talk about your site.").submitAndFollow();
		askForm(asker, expiringCard).fill("message", "We would like to talk about cooling.").submitAndFollow();
		long declined = introduction(declinedCard, asker);
		long expiring = introduction(expiringCard, asker);
		int askerMails = TestMail.messagesTo(asker.email()).size();

		Page answered = owner.visitor().open("/directory/introductions").form("#decline-" + declined).submitAndFollow();
		assertThat(answered.byId("done").text()).endsWith("The request is closed.");
		jdbc.sql("UPDATE directory_introduction SET expires_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), expiring)
			.update();
		context.getBean(Introductions.class).expire();
		assertThat(jdbc.sql("SELECT state FROM directory_introduction WHERE id IN (?, ?) ORDER BY id")
			.params(declined, expiring)
			.query(String.class)
			.list()).containsExactly("DECLINED", "EXPIRED");

		Page mine = asker.visitor().open("/directory/introductions");
		for (long id : List.of(declined, expiring)) {
			assertThat(mine.byId("outgoing-" + id).attr("data-state")).isEqualTo("CLOSED");
			assertThat(mine.byId("outgoing-" + id).selectFirst(".portal-introduction-state").text())
				.isEqualTo("Closed");
		}
		assertThat(mine.body()).doesNotContainIgnoringCase("declin");
		for (String language : List.of("lt", "pl", "lv", "et")) {
			Page translated = asker.visitor().speaking(language).open("/directory/introductions");
			assertThat(translated.byId("outgoing-" + declined)
				.text()
				.replace(translated.byId("outgoing-" + declined).selectFirst("h3").text(), ""))
				.isEqualTo(translated.byId("outgoing-" + expiring)
					.text()
					.replace(translated.byId("outgoing-" + expiring).selectFirst("h3").text(), ""));
		}
		assertThat(owner.visitor().open("/directory/introductions").has("#accept-" + expiring))
			.as("an expired request cannot be accepted")
			.isFalse();
		// E-mails leave in order: the next one the asker receives is an accepted
		// introduction's, so nothing came about the decline or the expiry.
		asker.visitor().speaking("en");
		long acceptedCard = card(owner, "DATA");
		askForm(asker, acceptedCard).fill("message", "And data?").submitAndFollow();
		owner.visitor()
			.open("/directory/introductions")
			.form("#accept-" + introduction(acceptedCard, asker))
			.submitAndFollow();
		assertThat(Inbox.nth(asker.email(), askerMails + 1).subject())
			.isEqualTo("Your introduction in the partner directory");
		assertThat(TestMail.messagesTo(asker.email())).hasSize(askerMails + 1);
	}

	@Test
	void fiveWaitingAtMostTenADayAndADoubleClickAsksOnce() {
		Signed owner = organisation("Kortelės", "LT", "en");
		Signed asker = organisation("Limits", "EE", "en");
		List<Long> cards = List.of(card(owner, "POWER"), card(owner, "SITE"), card(owner, "NETWORK"),
				card(owner, "DATA"), card(owner, "SKILLS"), card(owner, "LOANS"));
		Form form = askForm(asker, cards.get(0)).fill("message", "A first request.");
		assertThat(form.submitAndFollow().path()).isEqualTo("/directory/introductions?done=asked");
		assertThat(form.submitAndFollow().path()).as("the same form posted twice")
			.isEqualTo("/directory/introductions?done=asked");
		assertThat(jdbc.sql("SELECT count(*) FROM directory_introduction WHERE asker_key = ?")
			.param(asker.key())
			.query(Long.class)
			.single()).isOne();
		for (long card : cards.subList(1, 5)) {
			askForm(asker, card).fill("message", "Another request.").submitAndFollow();
		}
		Page sixth = askForm(asker, cards.get(5)).fill("message", "A sixth request.").submit();
		assertThat(sixth.status()).isEqualTo(409);
		assertThat(sixth.byId("refused").text()).contains("as many requests waiting for an answer");
		assertThat(jdbc.sql("SELECT count(*) FROM directory_introduction WHERE asker_key = ?")
			.param(asker.key())
			.query(Long.class)
			.single()).isEqualTo(5);

		// Five more today, all answered already: the eleventh of the day is refused.
		jdbc.sql("""
				INSERT INTO directory_introduction (card_id, card_type, card_role, owner_key, asker_key, asker_country,
				    asker_language, state, asked_at, expires_at, closed_at)
				SELECT NULL, 'NEED', 'POWER', ?, ?, 'EE', 'en', 'DECLINED', now(), now(), now()
				FROM generate_series(1, 5)""").params(owner.key(), asker.key()).update();
		jdbc.sql("UPDATE directory_introduction SET state = 'DECLINED' WHERE asker_key = ? AND card_id = ?")
			.params(asker.key(), cards.get(0))
			.update();
		Page eleventh = askForm(asker, cards.get(5)).fill("message", "One too many today.").submit();
		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.byId("refused").text()).contains("Try again tomorrow");
	}

	@Test
	void aThirdOrganisationCannotAnswerAnotherOrganisationsRequest() {
		Signed owner = organisation("Tikras", "LT", "en");
		Signed asker = organisation("Prašantis", "LT", "en");
		Signed third = organisation("Trečias", "LV", "en");
		long card = card(owner, "RESEARCH");
		askForm(asker, card).fill("message", "Research together?").submitAndFollow();
		long id = introduction(card, asker);
		int askerMails = TestMail.messagesTo(asker.email()).size();
		int thirdMails = TestMail.messagesTo(third.email()).size();

		for (String answer : List.of("accept", "decline")) {
			Page page = third.visitor().open("/directory/account");
			page.document()
				.selectFirst("#directory-sign-out")
				.attr("action", "/directory/introductions/" + id + "/" + answer);
			assertThat(page.form("#directory-sign-out").submit().status()).isEqualTo(404);
		}
		assertThat(third.visitor().open("/directory/introductions/" + id + "/outcome").status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT state FROM directory_introduction WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("PENDING");
		// E-mails leave in order: the owner's real acceptance is the first the asker
		// receives, and the third organisation received nothing.
		owner.visitor().open("/directory/introductions").form("#accept-" + id).submitAndFollow();
		assertThat(Inbox.nth(asker.email(), askerMails + 1).text()).contains(owner.name());
		assertThat(TestMail.messagesTo(asker.email())).hasSize(askerMails + 1);
		assertThat(TestMail.messagesTo(third.email())).hasSize(thirdMails);
	}

	@Test
	void fourteenDaysAfterAnIntroductionBothSidesAreAskedAndTheAnswersReachStaff() {
		Signed owner = organisation("Rezultatas", "LT", "en");
		Signed asker = organisation("Outcome", "PL", "en");
		long card = card(owner, "GPUS_HARDWARE");
		int ownerMails = TestMail.messagesTo(owner.email()).size();
		askForm(asker, card).fill("message", "GPUs for our start-up?").submitAndFollow();
		long id = introduction(card, asker);
		int askerMails = TestMail.messagesTo(asker.email()).size();
		owner.visitor().open("/directory/introductions").form("#accept-" + id).submitAndFollow();
		// The request's and the introduction's e-mails, then the question.
		Inbox.nth(owner.email(), ownerMails + 2);
		Inbox.nth(asker.email(), askerMails + 1);
		jdbc.sql("UPDATE directory_introduction SET closed_at = now() - interval '15 days' WHERE id = ?")
			.param(id)
			.update();
		Introductions introductions = context.getBean(Introductions.class);
		introductions.followUp();
		introductions.followUp();

		Inbox.Mail question = Inbox.nth(asker.email(), askerMails + 2);
		assertThat(question.subject()).isEqualTo("Did the introduction lead anywhere?");
		assertThat(question.text()).contains(owner.name());
		Page form = asker.visitor().open(question.path("/directory/introductions/\\d+/outcome"));
		Page none = form.form("#outcome-form").submit();
		assertThat(none.errorFor("outcome")).contains("Choose whether the introduction led anywhere");
		assertThat(none.form("#outcome-form").choose("outcome", "YES").submitAndFollow().byId("done").text())
			.endsWith("Thank you for your answer.");
		Inbox.Mail ownerQuestion = Inbox.nth(owner.email(), ownerMails + 3);
		owner.visitor()
			.open(ownerQuestion.path("/directory/introductions/\\d+/outcome"))
			.form("#outcome-form")
			.choose("outcome", "NOT_YET")
			.submitAndFollow();
		assertThat(TestMail.messagesTo(asker.email())).as("asked once").hasSize(askerMails + 2);

		Page staff = signedIn(Role.VIEWER).open("/staff/directory/introductions");
		assertThat(staff.document().selectFirst("#by-role-and-country tr[data-role=GPUS_HARDWARE][data-country=PL]"))
			.isNotNull();
		assertThat(Long
			.parseLong(staff.document().selectFirst("#outcomes [data-outcome=YES] dd").text().replaceAll("\\D", "")))
			.isPositive();
		assertThat(staff.body()).doesNotContain(asker.email(), owner.email(), asker.name());
		String csv = signedIn(Role.VIEWER).open("/staff/directory/introductions.csv").body();
		assertThat(csv).contains("role,country,requests,pending,accepted,declined,expired,outcome_yes")
			.contains("GPUS_HARDWARE,PL,");
	}

	@Test
	void messagesAndIntroductionsAreExportedErasedAndAnonymised() {
		Signed owner = organisation("Privatus", "LT", "en");
		Signed asker = organisation("Private", "LV", "en");
		long accepted = card(owner, "SOFTWARE");
		long open = card(owner, "OPERATIONS");
		askForm(asker, accepted).fill("message", "Software partners wanted.").submitAndFollow();
		askForm(asker, open).fill("message", "Operations, too.").submitAndFollow();
		long acceptedId = introduction(accepted, asker);
		owner.visitor().open("/directory/introductions").form("#accept-" + acceptedId).submitAndFollow();

		Visitor admin = signedIn(Role.ADMIN);
		String export = DirectorySupport.export(admin, asker.email());
		assertThat(export).contains("\"directoryIntroductionRequests\"", "Operations, too.",
				"\"directoryIntroductions\"", "Software partners wanted.");
		Page erased = DirectorySupport.erase(admin, asker.email(), "Asked by e-mail");
		assertThat(erased.byId("erased-counts").select("li").eachText()).contains(
				"Partner directory introduction requests waiting for an answer: 1",
				"Partner directory introductions: 1");
		assertThat(jdbc.sql("SELECT count(*) FROM directory_introduction WHERE asker_key = ?")
			.param(asker.key())
			.query(Long.class)
			.single()).as("the open request is gone, the accepted one stays").isOne();
		assertThat(jdbc
			.sql("SELECT coalesce(asker_email, '') || coalesce(message, '') FROM directory_introduction"
					+ " WHERE id = ?")
			.param(acceptedId)
			.query(String.class)
			.single()).isEmpty();
		assertThat(owner.visitor().open("/directory/introductions").body()).doesNotContain("Software partners wanted.");
	}

}
