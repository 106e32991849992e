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
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Offer and need cards as organisations, moderators and the public meet them: a card is
 * public only once a moderator approved it, its owner hears of every decision by e-mail,
 * anyone signed in may report it, it leaves the directory at its expiry, and a card's
 * text never carries a contact.
 */
class DirectoryCardsTests extends PortalIntegrationTest {

	@Autowired
	Cards cards;

	@Autowired
	CardPersonalData cardData;

	/**
	 * One client makes every request of the suite; each test starts with its count at
	 * zero.
	 */
	@BeforeEach
	void freshClient() {
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
	}

	/** An organisation that applied, consented to the directory and signed in. */
	record Owner(String name, String email, Visitor visitor) {
	}

	private Owner signedInOrganisation(String prefix) {
		String name = prefix + " " + unique();
		TestSubmissions.Submitted applied = DirectorySupport.applied(context, name, true,
				TestSubmissions.Profile.typical().withCountry("LT"));
		Visitor visitor = Visitor.at(port).speaking("en");
		DirectorySupport.signIn(visitor, applied.email());
		return new Owner(name, applied.email(), visitor);
	}

	private static Form cardForm(Visitor visitor, String text) {
		return visitor.open("/directory/cards/new")
			.form("#card-form")
			.choose("type", "OFFER")
			.choose("role", "GPUS_HARDWARE")
			.fill("tags", " Liquid cooling,  H100 ;liquid cooling")
			.fill("quantity", "512")
			.choose("unit", "GPUS")
			.check("countries", "LT")
			.check("countries", "PL")
			.fill("text", text);
	}

	/** Writes a card and answers its id, from the page the owner lands on. */
	private long create(Owner owner, String text) {
		Page created = cardForm(owner.visitor(), text).submitAndFollow();
		assertThat(created.byId("done").text()).contains("sent for moderation");
		return Long.parseLong(created.path().replaceAll("\\D+", ""));
	}

	private Page moderate(Visitor moderator, long id, String decision, String note) {
		return moderator.open("/staff/directory/moderation/" + id)
			.form("#decision-form")
			.choose("decision", decision)
			.fill("note", note)
			.submitAndFollow();
	}

	@Test
	void aCardIsPublicOnlyOnceApprovedAndItsOwnerIsToldByEmail() {
		Owner owner = signedInOrganisation("Kortelių Debesis");
		String words = "Sovereign GPU racks " + unique();
		int mails = TestMail.messagesTo(owner.email()).size();
		long id = create(owner, words + " for the AI factory.");

		Page own = owner.visitor().open("/directory/cards/" + id);
		assertThat(own.byId("card-state").attr("data-state")).isEqualTo("PENDING");
		assertThat(own.byId("card-state").text()).contains("Waiting for moderation");
		assertThat(own.text()).contains("Offer: GPUs and hardware", "512 GPUs", "Lithuania, Poland",
				"liquid cooling, h100");
		assertThat(own.has("a[href='/directory/cards/" + id + "']")).as("no link to the page itself").isFalse();
		assertThat(owner.visitor().open("/directory/account").textOf("label[for=profile]"))
			.isEqualTo("About your organisation");
		Visitor anyone = Visitor.at(port).speaking("en");
		assertThat(anyone.open("/directory/cards/" + id).path()).isEqualTo("/directory/sign-in");
		assertThat(anyone.open("/directory/cards?q=" + words.replace(' ', '+')).byId("found").text())
			.startsWith("0 cards found");

		Visitor viewer = signedIn(Role.VIEWER);
		assertThat(viewer.open("/staff/directory/moderation").status()).isEqualTo(403);
		Visitor reviewer = signedIn(Role.REVIEWER);
		Page queue = reviewer.open("/staff/directory/moderation");
		assertThat(queue.text()).contains(words, owner.name());
		Page decided = moderate(reviewer, id, "APPROVE", "");
		assertThat(decided.byId("done").text()).contains("published");

		Inbox.Mail mail = Inbox.nth(owner.email(), mails + 1);
		assertThat(mail.subject()).isEqualTo("Your card “Offer: GPUs and hardware” is published");
		assertThat(mail.text()).contains("Offer: GPUs and hardware",
				"Your card is published in the partner directory until", words,
				"https://portal.test/directory/cards/" + id);
		Page list = anyone
			.open("/directory/cards?q=" + words.replace(' ', '+') + "&type=OFFER&role=GPUS_HARDWARE&country=PL");
		assertThat(list.byId("found").text()).startsWith("1 card found");
		assertThat(list.text()).contains(words, owner.name()).doesNotContain(owner.email(), "612 34567");
		Page card = anyone.open("/directory/cards/" + id);
		assertThat(card.status()).isEqualTo(200);
		assertThat(card.text()).contains(words, "Published until").doesNotContain(owner.email());
		assertThat(anyone.open("/directory/cards?q=" + words.replace(' ', '+') + "&type=NEED").byId("found").text())
			.startsWith("0 cards found");
		assertThat(anyone.open(DirectorySupport.search(owner.name())).text()).contains("Offer: GPUs and hardware");
		assertThat(jdbc.sql(
				"SELECT count(*) FROM audit_log WHERE target_type = 'directory-card' AND target_id = ? AND action LIKE 'directory.card.%'")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aModeratorAsksForChangesOrRejectsWithANoteTheOwnerReads() {
		Owner owner = signedInOrganisation("Pakeitimų Centras");
		int mails = TestMail.messagesTo(owner.email()).size();
		long first = create(owner, "Cooling capacity " + unique());
		Visitor reviewer = signedIn(Role.REVIEWER);

		Page withoutNote = reviewer.open("/staff/directory/moderation/" + first)
			.form("#decision-form")
			.choose("decision", "CHANGES")
			.submit();
		assertThat(withoutNote.errorFor("note")).contains("Say which changes the owner should make");
		moderate(reviewer, first, "CHANGES", "Say how many kW of cooling you offer.");
		Inbox.Mail changes = Inbox.nth(owner.email(), mails + 1);
		assertThat(changes.subject()).isEqualTo("Changes asked for your card “Offer: GPUs and hardware”");
		assertThat(changes.text()).contains("asks for changes", "Say how many kW of cooling you offer.");
		Page own = owner.visitor().open("/directory/cards/" + first);
		assertThat(own.byId("card-state").attr("data-state")).isEqualTo("CHANGES_REQUESTED");
		assertThat(own.byId("moderator-note").text()).contains("Say how many kW");
		Page editForm = own.click("edit-card");
		assertThat(editForm.byId("moderator-note").text()).as("the note above the form")
			.contains("Say how many kW of cooling you offer.");
		Page edited = editForm.form("#card-form").fill("text", "Cooling for 2 MW of racks").submitAndFollow();
		assertThat(edited.byId("card-state").attr("data-state")).isEqualTo("PENDING");

		long second = create(owner, "Loans for everything " + unique());
		Page rejectedWithoutReason = reviewer.open("/staff/directory/moderation/" + second)
			.form("#decision-form")
			.choose("decision", "REJECT")
			.submit();
		assertThat(rejectedWithoutReason.errorFor("note")).contains("Give the reason for rejecting the card");
		moderate(reviewer, second, "REJECT", "This is not something the AI factory needs.");
		Inbox.Mail rejected = Inbox.nth(owner.email(), mails + 2);
		assertThat(rejected.subject()).isEqualTo("Your card “Offer: GPUs and hardware” was rejected");
		assertThat(rejected.text()).contains("rejected your card", "not something the AI factory needs");
		assertThat(owner.visitor().open("/directory/cards/" + second).byId("card-state").attr("data-state"))
			.isEqualTo("REJECTED");
		assertThat(Visitor.at(port).open("/directory/cards/" + second).path()).isEqualTo("/directory/sign-in");
		assertThat(reviewer.open("/staff/directory/moderation/" + second).has("#decision-form"))
			.as("decided: gone from the queue")
			.isFalse();
	}

	@Test
	void theLinkInACardsEmailLeadsThroughTheSignInBackToTheCardWithTheNote() {
		Owner owner = signedInOrganisation("Nuorodos Savininkas");
		int mails = TestMail.messagesTo(owner.email()).size();
		long id = create(owner, "Data sets " + unique());
		moderate(signedIn(Role.REVIEWER), id, "CHANGES", "Say which data sets you offer.");
		String link = Inbox.nth(owner.email(), mails + 1).path("/directory/cards/\\d+");
		assertThat(link).isEqualTo("/directory/cards/" + id);

		Visitor later = Visitor.at(port).speaking("en");
		assertThat(later.open(link).path()).as("not signed in: the sign-in page").isEqualTo("/directory/sign-in");
		Page back = DirectorySupport.signIn(later, owner.email());
		assertThat(back.path()).as("back to the card after signing in").isEqualTo(link);
		assertThat(back.byId("moderator-note").text()).contains("Say which data sets you offer.");
		assertThat(DirectorySupport.signIn(later, owner.email()).path()).as("only once")
			.isEqualTo("/directory/account");

		Owner other = signedInOrganisation("Svetimas");
		assertThat(other.visitor().open(link).status()).as("another organisation").isEqualTo(404);
		assertThat(Visitor.at(port).open("/directory/cards/987654321").status()).as("no such card").isEqualTo(404);
	}

	@Test
	void moderationPagesLinkACardToItsModerationAndADecidedCardSaysWhoDecidedIt() {
		Owner owner = signedInOrganisation("Moderavimo Nuorodos");
		long id = create(owner, "Research partners " + unique());
		Visitor reviewer = signedIn(Role.REVIEWER);
		Page queue = reviewer.open("/staff/directory/moderation");
		assertThat(queue.document().select("[data-card='" + id + "'] .govuk-summary-card__title a").attr("href"))
			.isEqualTo("/staff/directory/moderation/" + id);
		Page review = reviewer.open("/staff/directory/moderation/" + id);
		assertThat(review.has("a[href='/directory/cards/" + id + "']")).as("no link to the card's hidden page")
			.isFalse();

		moderate(reviewer, id, "APPROVE", "");
		Page again = reviewer.open("/staff/directory/moderation/" + id);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.byId("already-moderated").text()).contains("This card was already moderated", "approved");
		assertThat(again.has("#decision-form")).isFalse();
		assertThat(again.byId("back-to-queue").attr("href")).isEqualTo("/staff/directory/moderation");
	}

	@Test
	void anyoneSignedInReportsACardAndItComesBackToTheQueue() {
		Owner owner = signedInOrganisation("Pranešimų Savininkas");
		long id = create(owner, "Network capacity " + unique());
		Visitor reviewer = signedIn(Role.REVIEWER);
		moderate(reviewer, id, "APPROVE", "");

		assertThat(Visitor.at(port).open("/directory/cards/" + id).has("#report-form")).as("not signed in").isFalse();
		assertThat(owner.visitor().open("/directory/cards/" + id).has("#report-form")).as("its owner").isFalse();
		Owner other = signedInOrganisation("Pranešėjas");
		Page card = other.visitor().open("/directory/cards/" + id);
		Page empty = card.form("#report-form").submit();
		assertThat(empty.errorFor("reason")).contains("Say what is wrong with this card");
		Page reported = card.form("#report-form").fill("reason", "This offer was sold last month.").submitAndFollow();
		assertThat(reported.byId("done").text()).contains("A moderator will read your report");
		card.form("#report-form").fill("reason", "Again").submitAndFollow();

		Page queue = reviewer.open("/staff/directory/moderation");
		assertThat(queue.has("[data-card='" + id + "']")).isTrue();
		Page review = reviewer.open("/staff/directory/moderation/" + id);
		assertThat(review.byId("reports").text()).contains("This offer was sold last month.").doesNotContain("Again");
		assertThat(Visitor.at(port).open("/directory/cards/" + id).status()).as("public while reported").isEqualTo(200);
		moderate(reviewer, id, "REJECT", "Sold.");
		assertThat(Visitor.at(port).open("/directory/cards/" + id).path()).isEqualTo("/directory/sign-in");
		assertThat(reviewer.open("/staff/directory/moderation").has("[data-card='" + id + "']")).isFalse();
	}

	@Test
	void aCardRemindsItsOwnerAWeekAheadExpiresAndIsRenewed() {
		Owner owner = signedInOrganisation("Galiojimo Centras");
		long id = create(owner, "Skills courses " + unique());
		int mails = TestMail.messagesTo(owner.email()).size() + 1;
		moderate(signedIn(Role.REVIEWER), id, "APPROVE", "");
		Inbox.nth(owner.email(), mails);

		setExpiry(id, Instant.now().plus(Duration.ofDays(3)));
		cards.expireAndRemind();
		cards.expireAndRemind();
		Inbox.Mail reminder = Inbox.nth(owner.email(), mails + 1);
		assertThat(reminder.subject()).isEqualTo("Your card “Offer: GPUs and hardware” leaves the directory soon");
		assertThat(reminder.text()).contains("leaves the partner directory on", "Renew it");
		assertThat(Visitor.at(port).open("/directory/cards/" + id).status()).isEqualTo(200);

		setExpiry(id, Instant.now().minusSeconds(60));
		cards.expireAndRemind();
		assertThat(Visitor.at(port).open("/directory/cards/" + id).path()).isEqualTo("/directory/sign-in");
		Page own = owner.visitor().open("/directory/cards/" + id);
		assertThat(own.byId("card-state").attr("data-state")).isEqualTo("EXPIRED");
		Page renewed = own.form("#renew-form").submitAndFollow();
		assertThat(renewed.byId("done").text()).contains("Your card is published until");
		assertThat(Visitor.at(port).open("/directory/cards/" + id).status()).isEqualTo(200);
		assertThat(TestMail.messagesTo(owner.email())).as("one reminder, however often the job runs")
			.hasSize(mails + 1);
	}

	@Test
	void withdrawingAsksFirstAndTheWithdrawnCardStaysInTheOwnersList() {
		Owner owner = signedInOrganisation("Atšaukimo Centras");
		String words = "Operations team " + unique();
		long id = create(owner, words);
		Page own = owner.visitor().open("/directory/cards/" + id);
		assertThat(own.has("#withdraw-form")).as("no withdrawal from the card's page at once").isFalse();
		Page confirm = own.click("withdraw");
		assertThat(confirm.byId("withdraw-warning").text()).contains("cannot be published again");
		assertThat(confirm.click("keep-card").byId("card-state").attr("data-state")).isEqualTo("PENDING");
		Page mine = confirm.form("#withdraw-form").submitAndFollow();
		assertThat(mine.byId("done").text()).contains("withdrawn");
		assertThat(mine.document().select("[data-card='" + id + "']").attr("data-state")).isEqualTo("WITHDRAWN");
		assertThat(mine.document().select("[data-card='" + id + "']").text()).contains("Withdrawn", words);
		Page withdrawn = owner.visitor().open("/directory/cards/" + id);
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.byId("card-state").attr("data-state")).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.has("#edit-card")).isFalse();
		assertThat(withdrawn.has("#withdraw")).isFalse();
		assertThat(owner.visitor().open("/directory/cards/" + id + "/withdraw").status()).isEqualTo(404);
	}

	@Test
	void renewalOpensInTheLastThirtyDaysAndSaysTheNewDate() {
		Owner owner = signedInOrganisation("Atnaujinimo Centras");
		long id = create(owner, "Software licences " + unique());
		moderate(signedIn(Role.REVIEWER), id, "APPROVE", "");
		Page fresh = owner.visitor().open("/directory/cards/" + id);
		assertThat(fresh.has("#renew-form")).as("approved today: nothing to renew").isFalse();
		assertThat(fresh.byId("renew-later").text()).contains("30 days before");

		setExpiry(id, Instant.now().plus(Duration.ofDays(10)));
		Page due = owner.visitor().open("/directory/cards/" + id);
		String before = due.textOf("[data-card='" + id + "'] .portal-card-expires");
		Page renewed = due.form("#renew-form").submitAndFollow();
		String after = renewed.textOf("[data-card='" + id + "'] .portal-card-expires");
		assertThat(after).isNotEqualTo(before);
		assertThat(renewed.byId("done").text()).contains("published until " + after);
	}

	@Test
	void quantitiesReadAsAmountsInTheReadersLanguage() {
		Owner owner = signedInOrganisation("Kiekių Centras");
		long money = create(owner, "Equity " + unique());
		long power = create(owner, "Power " + unique());
		jdbc.sql("UPDATE directory_card SET quantity = 30000000, unit = 'EUR' WHERE id = ?").param(money).update();
		jdbc.sql("UPDATE directory_card SET quantity = 1.5, unit = 'MW' WHERE id = ?").param(power).update();
		Page mine = owner.visitor().open("/directory/cards/mine");
		assertThat(spaced(mine.textOf("[data-card='" + money + "']"))).contains("EUR 30 000 000")
			.doesNotContain("EUR:");
		assertThat(mine.textOf("[data-card='" + power + "']")).contains("1.5 MW");
		Page inLithuanian = owner.visitor().speaking("lt").open("/directory/cards/mine");
		assertThat(spaced(inLithuanian.textOf("[data-card='" + money + "']"))).contains("30 000 000 EUR");
		assertThat(inLithuanian.textOf("[data-card='" + power + "']")).contains("1,5 MW");
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndADoubleClickMakesOneCard() {
		Owner owner = signedInOrganisation("Klaidų Centras");
		Page empty = cardForm(owner.visitor(), "").submit();
		assertThat(empty.errorFor("text")).contains("Describe what you offer or need");
		Page tooLong = cardForm(owner.visitor(), "x".repeat(1001)).submit();
		assertThat(tooLong.errorFor("text")).contains("1,000 characters or fewer");
		Page phone = cardForm(owner.visitor(), "Call us on +370 612 34567").submit();
		assertThat(phone.errorFor("text"))
			.contains("Contact details are shared only through an introduction: remove the phone number");
		Page email = cardForm(owner.visitor(), "Write to sales@example.lt").submit();
		assertThat(email.errorFor("text")).contains("remove the e-mail address");
		Page negative = cardForm(owner.visitor(), "Fine text").fill("quantity", "-5").submit();
		assertThat(negative.errorFor("quantity")).contains("0 or more");
		Page forged = cardForm(owner.visitor(), "Fine text").tamper("role", "TIME_MACHINES").submit();
		assertThat(forged.errorFor("role")).contains("Choose a role from the list");
		Page noType = owner.visitor().open("/directory/cards/new").form("#card-form").fill("text", "Fine").submit();
		assertThat(noType.errorFor("type")).contains("Choose whether this is an offer or a need");
		assertThat(count(owner)).isZero();

		String text = "Double click " + unique();
		Form form = cardForm(owner.visitor(), text);
		Page first = form.submit();
		Page second = form.submit();
		assertThat(first.location()).isEqualTo(second.location());
		assertThat(count(owner)).isOne();
		assertThat(owner.visitor().open("/directory/cards/mine").byId("my-count").text()).isEqualTo("You have 1 card.");
	}

	@Test
	void theOwnerSeesTheCardsThatAnswerItsCardBestFirstWithTheirReasons() {
		String tag = "bench-" + unique();
		Owner needing = signedInOrganisation("Galios Poreikis");
		Owner offering = signedInOrganisation("Galios Tiekėjas");
		Owner third = signedInOrganisation("Trečioji");
		Visitor reviewer = signedIn(Role.REVIEWER);
		long need = approved(reviewer, needing, "NEED", "POWER", "50", tag + ", liquid cooling", "Power for our site");
		long offer = approved(reviewer, offering, "OFFER", "POWER", "40", tag + ", liquid cooling", "Wind power");
		long cooling = approved(reviewer, third, "OFFER", "COOLING", "", tag, "Cooling towers");

		Page own = needing.visitor().open("/directory/cards/" + need);
		assertThat(own.byId("match-list").select(".portal-match").first().attr("data-card"))
			.isEqualTo(String.valueOf(offer));
		Page all = own.click("all-matches");
		assertThat(all.text())
			.contains("The same role: Power", "Covers 40 of your 50 MW", "Shares 2 tags: " + tag + ", liquid cooling",
					"Shares 1 country: Lithuania")
			.doesNotContain(offering.email(), needing.email(), "612 34567");
		List<String> order = all.document().select(".portal-match").eachAttr("data-card");
		assertThat(order.indexOf(String.valueOf(offer))).isLessThan(order.indexOf(String.valueOf(cooling)));
		assertThat(all.text()).contains("A complementary role: Cooling");
		Page seenByOther = Visitor.at(port).speaking("lt").open("/directory/cards/" + offer + "/matches");
		assertThat(seenByOther.text()).contains("Jūs padengiate 40 iš jų 50 MW");
	}

	@Test
	void staffSeeTheDirectoryByRoleCountryAndAgainstTheBidAndExportIt() throws Exception {
		Owner owner = signedInOrganisation("Personalo Vaizdas");
		String words = "Equity for sites " + unique();
		Visitor reviewer = signedIn(Role.REVIEWER);
		long approvedCard = approved(reviewer, owner, "OFFER", "EQUITY", "", "funding", words);
		long pendingCard = create(owner, "Waiting " + words);

		Page staff = signedIn(Role.VIEWER).open("/staff/directory");
		assertThat(staff.document().select("#moderation-counts [data-state=PENDING] dd").text()).isNotEqualTo("0");
		assertThat(staff.document().select("#against-bid-table [data-role=EQUITY] td").first().text())
			.isNotEqualTo("0");
		assertThat(staff.document().select("#against-bid-table [data-role=SOFTWARE]").text())
			.contains("Not a bid role");
		assertThat(staff.byId("funding").text()).contains("Private capital the bid still lacks", "EUR");
		assertThat(staff.document().select("#by-country-table [data-code=LT]").text()).contains("Lithuania");

		String csv = signedIn(Role.VIEWER).open("/staff/directory/cards.csv").body();
		assertThat(csv).contains(words, owner.name(), "Published", "Waiting for moderation")
			.doesNotContain(owner.email());

		String json = mvc.perform(get("/api/v1/directory/cards").param("q", words))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"id\":" + approvedCard, "\"role\":\"EQUITY\"")
			.doesNotContain("\"id\":" + pendingCard, owner.email(), "612 34567");
		mvc.perform(get("/api/v1/staff/directory/cards")).andExpect(status().isUnauthorized());
		String all = mvc
			.perform(get("/api/v1/staff/directory/cards").header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("\"id\":" + pendingCard, "\"state\":\"PENDING\"").doesNotContain(owner.email());
	}

	@Test
	void aPersonsCardsAreInTheirExportAndGoWithAnErasure() {
		Owner owner = signedInOrganisation("Asmens Duomenys");
		String words = "Data centre operations " + unique();
		long id = create(owner, words);
		assertThat(cardData.export(owner.email().toUpperCase())).hasSize(1)
			.first()
			.satisfies(row -> assertThat(row).containsEntry("text", words).containsEntry("state", "PENDING"));
		assertThat(cardData.erase(owner.email())).isOne();
		assertThat(owner.visitor().open("/directory/cards/" + id).status()).isEqualTo(404);
	}

	/** A card written on the page and approved by the moderator: its id. */
	private long approved(Visitor reviewer, Owner owner, String type, String role, String quantity, String tags,
			String text) {
		Page created = owner.visitor()
			.open("/directory/cards/new")
			.form("#card-form")
			.choose("type", type)
			.choose("role", role)
			.fill("tags", tags)
			.fill("quantity", quantity)
			.choose("unit", quantity.isEmpty() ? "" : "MW")
			.check("countries", "LT")
			.fill("text", text)
			.submitAndFollow();
		long id = Long.parseLong(created.path().replaceAll("\\D+", ""));
		moderate(reviewer, id, "APPROVE", "");
		return id;
	}

	private long count(Owner owner) {
		return jdbc.sql("SELECT count(*) FROM directory_card WHERE owner_email = ?")
			.param(owner.email())
			.query(Long.class)
			.single();
	}

	/** Hard spaces (between the groups of digits of euros) read as spaces. */
	private static String spaced(String text) {
		return text.replaceAll("[\\u00a0\\u202f]", " ");
	}

	private void setExpiry(long id, Instant at) {
		jdbc.sql("UPDATE directory_card SET expires_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
	}

}
