package eu.balticaigf.portal.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.directory.DirectorySupport;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the portal, public and staff, in every role that may open it and in all
 * five languages, with its error states: each must be sound by {@link PageChecks} (no
 * message key showing through, no POST form without its CSRF token, no empty field error,
 * no internal code as text). The pages are reached as a person reaches them: the private
 * links come from the e-mails the journeys send. A page route missing from
 * {@link #pages()} fails the walk, so a new page is walked from the day it is added.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWalkTests extends PortalIntegrationTest {

	static final List<String> LANGUAGES = List.of("lt", "en", "pl", "lv", "et");

	/** GET routes that serve files, not pages. */
	static final Set<String> DOWNLOADS = Set.of("/calls/{slug}/statistics.csv", "/staff/applications/export",
			"/staff/audit/export", "/staff/meetings/{slug}/registrations.csv",
			"/staff/meetings/{slug}/registrations.xlsx", "/meetings/{slug}/registrations/{token}/calendar.ics",
			"/meetings/{slug}/registrations/{token}/check-in.png", "/staff/sites/import/sample.csv",
			"/staff/sites/assessments/{id}/ranking.{format}", "/staff/sites/assessments/{id}/compare.{format}",
			"/staff/bids/{slug}/commitments/{id}/letter.pdf", "/staff/bids/{slug}/agreement.pdf",
			"/staff/bids/{slug}/members.{format}", "/staff/bids/{slug}/commitments.{format}",
			"/staff/bids/{slug}/plan.{format}", "/staff/bids/{slug}/dossiers/{version}.{format}",
			"/staff/application-files/{sha256}", "/meetings/{slug}/materials/{id}",
			"/staff/directory/introductions.csv", "/staff/directory/cards.csv");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Role, StaffSignInSupport.Account> staff = new EnumMap<>(Role.class);

	/**
	 * Paths reached through the journeys: the private links people get by e-mail, a
	 * draft's check page.
	 */
	private final Map<String, String> reached = new LinkedHashMap<>();

	/** What the pages on the way showed wrong: reported with the walk's own findings. */
	private final List<String> onTheWay = new ArrayList<>();

	@BeforeAll
	void walkTheJourneysThatLeadToPrivatePages() {
		for (Role role : Role.values()) {
			staff.put(role, StaffSignInSupport.create(context, role));
		}
		Visitor applicant = visitor();
		String email = "walk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Page check = Journeys.fillApplication(applicant.open("/calls/demo/apply").form("form[method=post]"), email)
			.submit("#continue")
			.followed();
		reached.put("/calls/{slug}/apply/check", check.path());
		Page confirmation = check.form().submitAndFollow();
		reached.put("/calls/{slug}/apply/confirmation", confirmation.path());
		String reference = confirmation.byId("application-reference").text();
		String privateLink = Inbox.nth(email, 1).path("/applications/" + reference + "/[A-Za-z0-9_-]+");
		reached.put("{reference}", reference);
		reached.put("/applications/{reference}/{token}", privateLink);
		reached.put("/applications/{reference}/{token}/amend", privateLink + "/amend");
		reached.put("/applications/{reference}/{token}/withdraw", privateLink + "/withdraw");
		Page amendmentCheck = applicant.open(privateLink + "/amend")
			.form("form[method=post]")
			.fill("description", "Kuriame lietuvių kalbos modelius, prisidėsime duomenimis, tyrimais ir mokymais.")
			.submit("#continue")
			.followed();
		reached.put("/applications/{reference}/{token}/amend/check", amendmentCheck.path());

		String saver = "walk-save-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		reached.put("/calls/{slug}/apply/saved",
				visitor().open("/calls/demo/apply")
					.form("form[method=post]")
					.fill("contactEmail", saver)
					.submit("#save")
					.followed()
					.path());
		reached.put("/calls/{slug}/apply/resume/{token}",
				Inbox.nth(saver, 1).path("/calls/demo/apply/resume/[A-Za-z0-9_-]+"));

		String registrant = "walk-meeting-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Page registration = visitor().open("/meetings/demo-info/register")
			.form("form[method=post]")
			.fill("fullName", "Ona Onaitė")
			.fill("email", registrant)
			.fill("organisationName", "UAB Bandymas")
			.choose("attendance", "IN_PERSON")
			.check("consentPrivacy")
			.submitAndFollow();
		reached.put("/meetings/{slug}/registrations/{token}", registration.path());
		reached.put("/meetings/{slug}/registrations/{token}/cancel", registration.path() + "/cancel");
		String checkIn = Inbox.nth(registrant, 1).qr("check-in.png");
		reached.put("/staff/meetings/{slug}/check-in/{token}", checkIn.substring(checkIn.indexOf("/staff/")));

		Visitor admin = visitor();
		admin.signIn(staff.get(Role.ADMIN));
		String invited = "walk-invited-" + UUID.randomUUID().toString().substring(0, 8) + "@ministry.test";
		admin.open("/staff/accounts/invite")
			.form("form[method=post]")
			.fill("email", invited)
			.fill("displayName", "Rūta Žemaitė")
			.choose("role", "REVIEWER")
			.submit();
		reached.put("/staff/invitation/{token}", Inbox.nth(invited, 1).path("/staff/invitation/[A-Za-z0-9_-]+"));
		String forgetful = staff.get(Role.VIEWER).email();
		visitor().open("/staff/password-reset").form("form[method=post]").fill("email", forgetful).submit();
		reached.put("/staff/password-reset/{token}",
				Inbox.nth(forgetful, 1).path("/staff/password-reset/[A-Za-z0-9_-]+"));

		String staffPage = "/staff/applications/" + reference;
		for (String action : List.of("startEligibilityCheck", "startReview")) {
			admin.open(staffPage)
				.form("form[action$='/move']")
				.choose("action", action)
				.fill("reason", "Walk")
				.submit();
		}
		admin.open(staffPage)
			.form("form[action$='/move']")
			.choose("action", "requestInformation")
			.fill("reason", "Registry extract missing")
			.fill("message", "Please send your registry extract.")
			.submit()
			.form("form[action$='/move']")
			.submit();
		reached.put("/applications/{reference}/{token}/answer",
				Inbox.latest(email, 2).path("/applications/" + reference + "/[A-Za-z0-9_-]+/answer"));

		// The bid: a member added directly, with one commitment requested (its form) and
		// one submitted (the letter's form), reached by the links its contact receives.
		String memberContact = "walk-member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Page bidMember = admin.open("/staff/bids/demo/members/new")
			.form("form[method=post]")
			.fill("organisationName", "Walk Member")
			.choose("country", "LT")
			.choose("category", "PUBLIC_SECTOR")
			.fill("contactName", "Ona Onaitė")
			.fill("contactEmail", memberContact)
			.choose("language", "lt")
			.submitAndFollow();
		reached.put("/staff/bids/{slug}/members/{id}", bidMember.path());
		bidMember.form("#request-form").choose("kind", "EQUITY").submit();
		bidMember.form("#request-form").choose("kind", "GPUS").submit();
		reached.put("(commitment requested)", Inbox.nth(memberContact, 1).path("/commitments/\\d+/[A-Za-z0-9_-]+"));
		String toSign = Inbox.nth(memberContact, 2).path("/commitments/\\d+/[A-Za-z0-9_-]+");
		visitor().open(toSign).form("#submit-form").fill("amount", "2000").fill("years", "5").submit();
		reached.put("(commitment submitted)", toSign);

		// The partner directory: a sign-in link e-mailed to an applicant (its second
		// e-mail, after the receipt).
		TestSubmissions.Submitted organisation = TestSubmissions.submit(context, "en", "Walk Directory");
		visitor().open("/directory/sign-in").form("#sign-in-form").fill("email", organisation.email()).submit();
		reached.put("/directory/sign-in/{token}",
				Inbox.nth(organisation.email(), 2).path("/directory/sign-in/[A-Za-z0-9_-]+"));

		// Review: a decided application (to reopen), one under review (to ask about), and
		// for reviewers and admins a
		// conflict declared with an application of its own, which hides it and can be
		// withdrawn.
		reached.put("(decided)",
				TestSubmissions
					.submit(context, "lt", "Walk Decided",
							TestSubmissions.Profile.typical().withStatus(ApplicationStatus.ACCEPTED))
					.reference());
		reached.put("(under review)",
				TestSubmissions
					.submit(context, "lt", "Walk Review",
							TestSubmissions.Profile.typical().withStatus(ApplicationStatus.UNDER_REVIEW))
					.reference());
		for (Role role : List.of(Role.REVIEWER, Role.ADMIN)) {
			TestSubmissions.Submitted hidden = TestSubmissions.submit(context, "en", "Walk Conflict");
			Visitor declaring = visitor();
			declaring.signIn(staff.get(role));
			Page declared = declaring.open("/staff/conflicts")
				.form("form[method=post]")
				.fill("registryCode", hidden.registryCode())
				.submitAndFollow();
			reached.put("(hidden from " + role + ")", "/staff/applications/" + hidden.reference());
			reached.put("/staff/conflicts/{id}/withdraw " + role,
					declared.document().select("a[id^=withdraw-]").last().attr("href"));
		}
	}

	/** Who opens a page: nobody signed in, or a member of staff of this role. */
	/**
	 * A sent message to the demo call's applicants (the table only; nobody is e-mailed).
	 */
	private long sentMessage() {
		return jdbc
			.sql("""
					INSERT INTO sent_message (idempotency_key, audience, audience_slug, filter, subjects, bodies, recipients,
					                          sent_by, sent_at)
					VALUES ('page-walk', 'CALL', 'demo', '{"status": "SUBMITTED", "category": "UNIVERSITY"}',
					        '{"en": "Walk", "lt": "Ėjimas"}', '{"en": "Walk text", "lt": "Ėjimo tekstas"}', 3,
					        'walk@ministry.test', now())
					ON CONFLICT (idempotency_key) DO UPDATE SET recipients = 3 RETURNING id""")
			.query(Long.class)
			.single();
	}

	record Visit(String route, String path, Role role) {

		@Override
		public String toString() {
			return path + (role == null ? "" : " as " + role);
		}

	}

	/**
	 * Every page route, where it is reached, and who may open it (staff pages: every role
	 * allowed).
	 */
	List<Visit> pages() {
		List<Visit> visits = new ArrayList<>();
		publicPage(visits, "/", "/");
		publicPage(visits, "/calls/{slug}", "/calls/demo", "/calls/baltic-aigf-2025");
		publicPage(visits, "/calls/{slug}/apply", "/calls/demo/apply", "/calls/baltic-aigf-2025/apply");
		publicPage(visits, "/calls/{slug}/apply/check", reached.get("/calls/{slug}/apply/check"));
		publicPage(visits, "/calls/{slug}/apply/confirmation", reached.get("/calls/{slug}/apply/confirmation"));
		publicPage(visits, "/calls/{slug}/apply/resume/{token}", reached.get("/calls/{slug}/apply/resume/{token}"));
		publicPage(visits, "/calls/{slug}/apply/saved", reached.get("/calls/{slug}/apply/saved"));
		publicPage(visits, "/calls/{slug}/statistics", "/calls/demo/statistics", "/calls/baltic-aigf-2025/statistics");
		publicPage(visits, "/applications/lost-link", "/applications/lost-link", "/applications/lost-link?sent",
				"/applications/lost-link?reference=" + reached.get("{reference}"));
		for (String route : List.of("/applications/{reference}/{token}", "/applications/{reference}/{token}/amend",
				"/applications/{reference}/{token}/amend/check", "/applications/{reference}/{token}/withdraw",
				"/applications/{reference}/{token}/answer", "/meetings/{slug}/registrations/{token}",
				"/meetings/{slug}/registrations/{token}/cancel", "/staff/invitation/{token}",
				"/staff/password-reset/{token}")) {
			publicPage(visits, route, reached.get(route));
		}
		// A one-time link that no longer works (used, replaced or expired) has a page of
		// its own.
		publicPage(visits, "/staff/password-reset/{token}", "/staff/password-reset/no-longer-valid");
		publicPage(visits, "/staff/invitation/{token}", "/staff/invitation/no-longer-valid");
		publicPage(visits, "/staff/password-reset", "/staff/password-reset");
		publicPage(visits, "/staff/password-reset/sent", "/staff/password-reset/sent");
		publicPage(visits, "/meetings/{slug}/register", "/meetings/demo-info/register",
				"/meetings/info-2025-08-01/register");
		publicPage(visits, "/meetings/{slug}/registered", "/meetings/demo-info/registered");
		publicPage(visits, "/privacy", "/privacy");
		publicPage(visits, "/staff/login", "/staff/login", "/staff/login?error", "/staff/login?signedOut");
		publicPage(visits, "/staff/login/code", "/staff/login/code");
		publicPage(visits, "(not found)", "/no-such-page", "/calls/no-such-call", "/applications/X-1/no-such-token");

		String reference = reached.get("{reference}");
		staffPage(visits, "/staff", Role.VIEWER, "/staff");
		staffPage(visits, "/staff/second-factor", Role.VIEWER, "/staff/second-factor");
		staffPage(visits, "/staff/applications", Role.VIEWER, "/staff/applications",
				"/staff/applications?q=" + reference + "&stage=UNDER_REVIEW",
				"/staff/applications?country=Lithuania&call=no-such-call&stage=Decided");
		staffPage(visits, "/staff/applications/{reference}", Role.VIEWER, "/staff/applications/" + reference,
				"/staff/applications/" + reached.get("(decided)"),
				"/staff/applications/" + reached.get("(under review)"));
		staffPage(visits, "/staff/conflicts", Role.REVIEWER, "/staff/conflicts");
		for (Role role : List.of(Role.REVIEWER, Role.ADMIN)) {
			// Only the person who declared a conflict may withdraw it: each role walks
			// its own.
			visits.add(new Visit("/staff/conflicts/{id}/withdraw",
					reached.get("/staff/conflicts/{id}/withdraw " + role), role));
			visits.add(new Visit("(hidden by a conflict)", reached.get("(hidden from " + role + ")"), role));
		}
		staffPage(visits, "/staff/calls/{slug}/rubric", Role.ADMIN, "/staff/calls/demo/rubric");
		staffPage(visits, "/staff/calls", Role.VIEWER, "/staff/calls");
		staffPage(visits, "/staff/calls/{slug}", Role.VIEWER, "/staff/calls/demo", "/staff/calls/baltic-aigf-2025");
		staffPage(visits, "/staff/calls/new", Role.ADMIN, "/staff/calls/new");
		staffPage(visits, "/staff/calls/{slug}/edit", Role.ADMIN, "/staff/calls/demo/edit");
		staffPage(visits, "/staff/calls/{slug}/clone", Role.ADMIN, "/staff/calls/demo/clone");
		staffPage(visits, "/staff/calls/{slug}/questions", Role.VIEWER, "/staff/calls/demo/questions",
				"/staff/calls/baltic-aigf-2025/questions");
		staffPage(visits, "/staff/calls/{slug}/questions/new", Role.ADMIN, "/staff/calls/demo/questions/new");
		staffPage(visits, "/staff/calls/{slug}/questions/{key}", Role.ADMIN, "/staff/calls/demo/questions/siteGridMw");
		staffPage(visits, "/staff/calls/{slug}/dashboard", Role.VIEWER, "/staff/calls/demo/dashboard",
				"/staff/calls/baltic-aigf-2025/dashboard");
		staffPage(visits, "/staff/meetings", Role.VIEWER, "/staff/meetings");
		staffPage(visits, "/staff/meetings/new", Role.ADMIN, "/staff/meetings/new");
		staffPage(visits, "/staff/meetings/{slug}/edit", Role.ADMIN, "/staff/meetings/demo-info/edit");
		staffPage(visits, "/staff/meetings/{slug}", Role.VIEWER, "/staff/meetings/demo-info",
				"/staff/meetings/info-2025-08-01");
		staffPage(visits, "/staff/meetings/{slug}/materials", Role.VIEWER, "/staff/meetings/demo-info/materials");
		staffPage(visits, "/staff/meetings/{slug}/check-in", Role.VIEWER, "/staff/meetings/demo-info/check-in",
				"/staff/meetings/demo-info/check-in?q=Ona");
		staffPage(visits, "/staff/meetings/{slug}/check-in/{token}", Role.VIEWER,
				reached.get("/staff/meetings/{slug}/check-in/{token}"));
		staffPage(visits, "/staff/messages", Role.VIEWER, "/staff/messages");
		staffPage(visits, "/staff/messages/{id}", Role.VIEWER, "/staff/messages/" + sentMessage());
		staffPage(visits, "/staff/messages/calls/{slug}/new", Role.ADMIN, "/staff/messages/calls/demo/new");
		staffPage(visits, "/staff/messages/meetings/{slug}/new", Role.ADMIN, "/staff/messages/meetings/demo-info/new");
		staffPage(visits, "/staff/accounts", Role.ADMIN, "/staff/accounts");
		staffPage(visits, "/staff/accounts/invite", Role.ADMIN, "/staff/accounts/invite");
		long viewer = jdbc.sql("SELECT id FROM staff_account WHERE email = ?")
			.param(staff.get(Role.VIEWER).email())
			.query(Long.class)
			.single();
		staffPage(visits, "/staff/accounts/{id}/deactivate", Role.ADMIN, "/staff/accounts/" + viewer + "/deactivate");
		staffPage(visits, "/staff/api-tokens", Role.ADMIN, "/staff/api-tokens");
		staffPage(visits, "/staff/audit", Role.ADMIN, "/staff/audit", "/staff/audit?reference=" + reference);
		staffPage(visits, "/staff/outbox", Role.ADMIN, "/staff/outbox");
		staffPage(visits, "/staff/privacy", Role.ADMIN, "/staff/privacy");
		staffPage(visits, "/staff/sites", Role.VIEWER, "/staff/sites");
		staffPage(visits, "/staff/sites/assessments/{id}", Role.VIEWER, "/staff/sites/assessments/demo");
		staffPage(visits, "/staff/sites/assessments/{id}/compare", Role.VIEWER, "/staff/sites/assessments/demo/compare",
				"/staff/sites/assessments/demo/compare?site=skawina&site=praha-zbraslav");
		staffPage(visits, "/staff/sites/assessments/{id}/weights", Role.VIEWER,
				"/staff/sites/assessments/demo/weights");
		staffPage(visits, "/staff/bids", Role.VIEWER, "/staff/bids");
		staffPage(visits, "/staff/bids/{slug}", Role.VIEWER, "/staff/bids/demo");
		staffPage(visits, "/staff/bids/{slug}/members/new", Role.ADMIN, "/staff/bids/demo/members/new");
		staffPage(visits, "/staff/bids/{slug}/members/{id}", Role.VIEWER,
				reached.get("/staff/bids/{slug}/members/{id}"), demoMemberWithCommitmentIn("SIGNED"),
				demoMemberWithCommitmentIn("WITHDRAWN"));
		staffPage(visits, "/staff/bids/{slug}/vendors", Role.VIEWER, "/staff/bids/demo/vendors");
		staffPage(visits, "/staff/bids/{slug}/plan", Role.VIEWER, "/staff/bids/demo/plan",
				"/staff/bids/demo/plan?exclude=EE&exclude=LV&tier=SIGNED");
		staffPage(visits, "/staff/bids/{slug}/plan/edit", Role.ADMIN, "/staff/bids/demo/plan/edit");
		staffPage(visits, "/staff/bids/{slug}/agreement", Role.VIEWER, "/staff/bids/demo/agreement");
		staffPage(visits, "/staff/bids/{slug}/readiness", Role.VIEWER, "/staff/bids/demo/readiness");
		staffPage(visits, "/staff/bids/{slug}/scenarios", Role.VIEWER, "/staff/bids/demo/scenarios");
		staffPage(visits, "/staff/bids/{slug}/scenarios/compare", Role.VIEWER, "/staff/bids/demo/scenarios/compare",
				demoScenarioComparison());
		staffPage(visits, "/staff/bids/{slug}/states", Role.ADMIN, "/staff/bids/demo/states?country=EE",
				"/staff/bids/demo/states?country=DE");
		staffPage(visits, "/staff/dossiers", Role.VIEWER, "/staff/dossiers");
		staffPage(visits, "/staff/bids/{slug}/dossiers", Role.VIEWER, "/staff/bids/demo/dossiers");
		publicPage(visits, "/commitments/{id}/{token}", reached.get("(commitment requested)"),
				reached.get("(commitment submitted)"));
		staffPage(visits, "/staff/sites/sites", Role.VIEWER, "/staff/sites/sites");
		staffPage(visits, "/staff/sites/sites/new", Role.ADMIN, "/staff/sites/sites/new");
		staffPage(visits, "/staff/sites/sites/{slug}", Role.VIEWER, "/staff/sites/sites/skawina");
		staffPage(visits, "/staff/sites/sites/{slug}/edit", Role.ADMIN, "/staff/sites/sites/skawina/edit");
		staffPage(visits, "/staff/sites/sites/{slug}/values/{criterion}", Role.ADMIN,
				"/staff/sites/sites/skawina/values/grid-capacity", "/staff/sites/sites/skawina/values/latency-riga");
		staffPage(visits, "/staff/sites/offers", Role.VIEWER, "/staff/sites/offers");
		staffPage(visits, "/staff/sites/offers/{reference}", Role.ADMIN, "/staff/sites/offers/" + jdbc
			.sql("SELECT reference FROM application WHERE answers ->> 'siteOffer' = 'OWN_SITE' ORDER BY id LIMIT 1")
			.query(String.class)
			.single());
		staffPage(visits, "/staff/sites/criteria", Role.VIEWER, "/staff/sites/criteria");
		staffPage(visits, "/staff/sites/criteria/new", Role.ADMIN, "/staff/sites/criteria/new");
		staffPage(visits, "/staff/sites/criteria/{code}/edit", Role.ADMIN, "/staff/sites/criteria/latency-riga/edit");
		staffPage(visits, "/staff/sites/import", Role.ADMIN, "/staff/sites/import");
		staffPage(visits, "/staff/sites/assessments/{id}/sites/{slug}", Role.VIEWER,
				"/staff/sites/assessments/demo/sites/poznan", "/staff/sites/assessments/demo/sites/praha-zbraslav");
		publicPage(visits, "/directory", "/directory", "/directory?signedOut",
				"/directory?q=lodz&country=PL&category=STARTUP&area=DATA&page=9", "/directory?page=x");
		publicPage(visits, "/directory/sign-in", "/directory/sign-in");
		publicPage(visits, "/directory/sign-in/sent", "/directory/sign-in/sent");
		publicPage(visits, "/directory/sign-in/{token}", reached.get("/directory/sign-in/{token}"),
				"/directory/sign-in/no-longer-valid");
		// Without an organisation's sign-in: the sign-in page (DirectoryTests walks it
		// signed in, in every language).
		publicPage(visits, "/directory/account", "/directory/account");
		publicPage(visits, "/directory/colleagues/{token}", "/directory/colleagues/no-longer-valid");
		// Offer and need cards: the public list and a demo card; an organisation's own
		// pages lead to the sign-in page here (DirectoryCardsTests walks them signed in).
		publicPage(visits, "/directory/cards", "/directory/cards",
				"/directory/cards?q=gpu&type=OFFER&role=GPUS_HARDWARE&country=LT&page=9", "/directory/cards?page=x");
		publicPage(visits, "/directory/cards/{id:\\d+}", "/directory/cards/" + demoCard("demo-1"));
		publicPage(visits, "/directory/cards/{id:\\d+}/matches", "/directory/cards/" + demoCard("demo-3") + "/matches",
				"/directory/cards/" + demoCard("demo-12") + "/matches");
		publicPage(visits, "/directory/cards/mine", "/directory/cards/mine");
		publicPage(visits, "/directory/cards/new", "/directory/cards/new");
		publicPage(visits, "/directory/cards/{id:\\d+}/edit", "/directory/cards/" + demoCard("demo-1") + "/edit");
		publicPage(visits, "/directory/cards/{id:\\d+}/withdraw",
				"/directory/cards/" + demoCard("demo-1") + "/withdraw");
		staffPage(visits, "/staff/directory/moderation", Role.REVIEWER, "/staff/directory/moderation");
		staffPage(visits, "/staff/directory", Role.VIEWER, "/staff/directory");
		staffPage(visits, "/staff/directory/moderation/{id:\\d+}", Role.REVIEWER,
				"/staff/directory/moderation/" + demoCard("demo-13"));
		visits.add(new Visit("(no such card)", "/directory/cards/0", null));
		// Introductions without an organisation's sign-in lead to the sign-in page
		// (IntroductionsTests walks them signed in, with their errors).
		publicPage(visits, "/directory/cards/{id:\\d+}/introduction",
				"/directory/cards/" + demoCard("demo-1") + "/introduction");
		publicPage(visits, "/directory/introductions", "/directory/introductions");
		publicPage(visits, "/directory/introductions/{id:\\d+}/outcome", "/directory/introductions/1/outcome");
		staffPage(visits, "/staff/directory/introductions", Role.VIEWER, "/staff/directory/introductions");
		// The page a role below the one required gets.
		visits.add(new Visit("(forbidden)", "/staff/accounts", Role.VIEWER));
		return visits;
	}

	/**
	 * The whole demo bid beside the scenario it ships with (Estonia and Latvia left out).
	 */
	private String demoScenarioComparison() {
		return "/staff/bids/demo/scenarios/compare?a=0&b=" + jdbc.sql("""
				SELECT s.id FROM bid_scenario s JOIN bid b ON b.id = s.bid_id
				WHERE b.slug = 'demo' AND s.name = 'Without Estonia and Latvia'""").query(Long.class).single();
	}

	/** A demo card by its fixed key (DemoCards). */
	private String demoCard(String key) {
		return DirectorySupport.demoCard(jdbc, key);
	}

	private String demoMemberWithCommitmentIn(String state) {
		return jdbc.sql("""
				SELECT '/staff/bids/demo/members/' || c.member_id FROM bid_commitment c
				JOIN bid_member m ON m.id = c.member_id WHERE c.state = ? AND m.added_by = 'demo' LIMIT 1""")
			.param(state)
			.query(String.class)
			.single();
	}

	/**
	 * Forms submitted as served, with nothing filled in (or one wrong answer): each must
	 * say what is wrong.
	 */
	List<ErrorState> errorStates() {
		String reference = reached.get("{reference}");
		String privateLink = reached.get("/applications/{reference}/{token}");
		return List.of(
				new ErrorState("application form", null,
						v -> v.open("/calls/demo/apply").form("form[method=post]").submit("#continue")),
				new ErrorState("the call's own question answered out of range", null,
						v -> v.open("/calls/demo/apply")
							.form("form[method=post]")
							.choose("q.siteOffer", "OWN_SITE")
							.fill("q.siteGridMw", "-5")
							.submit("#continue")),
				new ErrorState("save for later without an address", null,
						v -> v.open("/calls/demo/apply").form("form[method=post]").submit("#save")),
				new ErrorState("meeting registration", null,
						v -> v.open("/meetings/demo-info/register").form("form[method=post]").submit()),
				new ErrorState("amendment without a name", null,
						v -> v.open(privateLink + "/amend")
							.form("form[method=post]")
							.fill("organisationName", "")
							.submit()),
				new ErrorState("new private link asked for without answers", null,
						v -> v.open("/applications/lost-link").form("form[method=post]").submit()),
				new ErrorState("new private link asked for with a reference that is not one", null,
						v -> v.open("/applications/lost-link")
							.form("form[method=post]")
							.fill("email", "nobody@example.lt")
							.fill("reference", "12345")
							.submit()),
				new ErrorState("withdrawal with a reason over 2,000 characters", null,
						v -> v.open(privateLink + "/withdraw")
							.form("form[method=post]")
							.fill("reason", "x".repeat(2001))
							.submit()),
				new ErrorState("empty answer", null,
						v -> v.open(reached.get("/applications/{reference}/{token}/answer"))
							.form("form[method=post]")
							.submit()),
				new ErrorState("directory sign-in without an address", null,
						v -> v.open("/directory/sign-in").form("#sign-in-form").submit()),
				new ErrorState("card moderated without a decision", Role.REVIEWER,
						v -> v.open("/staff/directory/moderation/" + demoCard("demo-13"))
							.form("#decision-form")
							.submit()),
				new ErrorState("wrong password", null,
						v -> v.open("/staff/login")
							.form("form[method=post]")
							.fill("username", "nobody@ministry.test")
							.fill("password", "not the password")
							.submitAndFollow()),
				new ErrorState("invitation with a short password", null,
						v -> v.open(reached.get("/staff/invitation/{token}"))
							.form("form[method=post]")
							.fill("password", "short")
							.fill("confirmPassword", "short")
							.submit()),
				new ErrorState("forgotten password without an address", null,
						v -> v.open("/staff/password-reset").form("form[method=post]").submit()),
				new ErrorState("new password too short", null,
						v -> v.open(reached.get("/staff/password-reset/{token}"))
							.form("form[method=post]")
							.fill("password", "short")
							.fill("confirmPassword", "short")
							.submit()),
				new ErrorState("empty invitation", Role.ADMIN,
						v -> v.open("/staff/accounts/invite").form("form[method=post]").submit()),
				new ErrorState("API token without a name", Role.ADMIN,
						v -> v.open("/staff/api-tokens").form("form[action$='/staff/api-tokens']").submit()),
				new ErrorState("stage move without a reason", Role.REVIEWER,
						v -> v.open("/staff/applications/" + reference)
							.form("form[action$='/move']")
							.choose("action", "DECLINED")
							.submit()),
				new ErrorState("bulk decision without a reason", Role.REVIEWER,
						v -> v.open("/staff/applications?q=" + reference)
							.form("#bulk-decision")
							.check("references", reference)
							.choose("decision", "DECLINED")
							.submit()),
				new ErrorState("reopening without a reason", Role.REVIEWER,
						v -> v.open("/staff/applications/" + reached.get("(decided)"))
							.form("form[action$='/reopen']")
							.submit()),
				new ErrorState("information request with a past answer-by date and no question", Role.REVIEWER,
						v -> v.open("/staff/applications/" + reached.get("(under review)"))
							.form("form[action$='/move']")
							.choose("action", "requestInformation")
							.fill("reason", "Walk")
							.fill("answerBy", "2020-01-01")
							.submit()),
				new ErrorState("empty note", Role.REVIEWER,
						v -> v.open("/staff/applications/" + reference).form("form[action$='/notes']").submit()),
				new ErrorState("empty conflict declaration", Role.REVIEWER,
						v -> v.open("/staff/conflicts").form("form[method=post]").submit()),
				new ErrorState("rubric with a criterion without weight", Role.ADMIN,
						v -> v.open("/staff/calls/demo/rubric")
							.form("form[method=post]")
							.fill("newName", "Fit")
							.submit()),
				new ErrorState("empty call", Role.ADMIN, v -> v.open("/staff/calls/new").form("#call-form").submit()),
				new ErrorState("published call renamed, closing before it opens", Role.ADMIN,
						v -> v.open("/staff/calls/demo/edit")
							.form("#call-form")
							.fill("slug", "demo-renamed")
							.fill("closesAt", "2020-01-01T00:00")
							.fill("privateShare", "101")
							.submit()),
				new ErrorState("empty question", Role.ADMIN,
						v -> v.open("/staff/calls/demo/questions/new").form("#question-form").submit()),
				new ErrorState("clone with a taken slug", Role.ADMIN,
						v -> v.open("/staff/calls/demo/clone").form("#clone-form").fill("slug", "demo").submit()),
				new ErrorState("empty meeting", Role.ADMIN,
						v -> v.open("/staff/meetings/new").form("form[method=post]").submit()),
				new ErrorState("meeting agenda in one language only", Role.ADMIN,
						v -> v.open("/staff/meetings/new")
							.form("form[method=post]")
							.fill("agendaEn", "10:00 Welcome")
							.submit()),
				new ErrorState("meeting material that is not a link", Role.ADMIN,
						v -> v.open("/staff/meetings/demo-info/edit")
							.form("form[method=post]")
							.fill("materials", "Slides")
							.submit()),
				new ErrorState("meeting material file without a title that is not a document", Role.ADMIN,
						v -> v.open("/staff/meetings/demo-info/materials")
							.form("#material-upload")
							.attach("file", "slides.pdf", "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8))
							.submit()),
				new ErrorState("message without English and with a tampered filter", Role.ADMIN,
						v -> v.open("/staff/messages/calls/demo/new")
							.form("#message-form")
							.fill("subjectLt", "Tema")
							.tamper("country", "XX")
							.submit()),
				new ErrorState("empty data-subject export", Role.ADMIN,
						v -> v.open("/staff/privacy").form("form[action$='/staff/privacy/export']").submit()),
				new ErrorState("empty erasure", Role.ADMIN,
						v -> v.open("/staff/privacy").form("form[action$='/staff/privacy/erase']").submit()),
				new ErrorState("site weight that is not a number", Role.REVIEWER,
						v -> v.open("/staff/sites/assessments/demo/weights")
							.form("form[action$='/weights']")
							.fill("weight-grid-capacity", "lots")
							.submit()),
				new ErrorState("pairwise comparisons that contradict each other", Role.REVIEWER,
						v -> v.open("/staff/sites/assessments/demo/weights")
							.form("form[action$='/pairwise']")
							.choose("pair-0-1", "9")
							.choose("pair-0-2", "1/9")
							.choose("pair-1-2", "9")
							.submit()),
				new ErrorState("bid member from an empty reference", Role.ADMIN,
						v -> v.open("/staff/bids/demo").form("#join-form").submit()),
				new ErrorState("empty bid member", Role.ADMIN,
						v -> v.open("/staff/bids/demo/members/new").form("form[method=post]").submit()),
				new ErrorState("empty ownership", Role.ADMIN,
						v -> v.open(reached.get("/staff/bids/{slug}/members/{id}")).form("#ownership-form").submit()),
				new ErrorState("commitment requested without a kind", Role.REVIEWER,
						v -> v.open(reached.get("/staff/bids/{slug}/members/{id}")).form("#request-form").submit()),
				new ErrorState("commitment withdrawn without a reason", Role.REVIEWER,
						v -> v.open(reached.get("/staff/bids/{slug}/members/{id}"))
							.form("form[id^=withdraw-]")
							.submit()),
				new ErrorState("plan whose shares do not add up", Role.ADMIN,
						v -> v.open("/staff/bids/demo/plan/edit")
							.form("form[method=post]")
							.fill("privateShare", "50")
							.fill("capitalCost", "lots")
							.submit()),
				new ErrorState("consortium agreement signed on a day that does not exist", Role.ADMIN,
						v -> v.open(reached.get("/staff/bids/{slug}/members/{id}"))
							.form("#agreement-form")
							.fill("signedOn", "2026-02-30")
							.submit()),
				new ErrorState("consortium agreement that is not a PDF", Role.ADMIN,
						v -> v.open("/staff/bids/demo/agreement")
							.form("#agreement-upload")
							.attach("document", "agreement.pdf",
									"not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8))
							.submit()),
				new ErrorState("participating state without its dates", Role.ADMIN,
						v -> v.open("/staff/bids/demo/states?country=DE")
							.form("#state-form")
							.fill("pledge", "-1")
							.choose("status", "WITHDRAWN")
							.submit()),
				new ErrorState("commitment withdrawn by its member without a reason", null,
						v -> v.open(reached.get("(commitment requested)")).form("#withdraw-form").submit()),
				new ErrorState("scenario without a name", Role.REVIEWER,
						v -> v.open("/staff/bids/demo/scenarios").form("#scenario-form").submit()),
				new ErrorState("empty high-risk vendor", Role.ADMIN,
						v -> v.open("/staff/bids/demo/vendors").form("form[method=post]").submit()),
				new ErrorState("commitment with a negative amount", null,
						v -> v.open(reached.get("(commitment requested)"))
							.form("#submit-form")
							.fill("amount", "-1")
							.submit()),
				new ErrorState("signed letter that is not a PDF", null,
						v -> v.open(reached.get("(commitment submitted)"))
							.form("#sign-form")
							.attach("letter", "letter.pdf",
									"not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8))
							.submit()),
				new ErrorState("empty new site", Role.ADMIN,
						v -> v.open("/staff/sites/sites/new").form("form[action$='/sites/new']").submit()),
				new ErrorState("site value that is not a number, with a date in the future", Role.ADMIN,
						v -> v.open("/staff/sites/sites/skawina/values/grid-capacity")
							.form("form[action*='/values/']")
							.fill("value", "lots")
							.fill("measuredOn", "2999-01-01")
							.submit()),
				new ErrorState("empty new criterion", Role.ADMIN,
						v -> v.open("/staff/sites/criteria/new").form("form[action$='/criteria/new']").submit()),
				new ErrorState("CSV import with a wrong row", Role.ADMIN,
						v -> v.open("/staff/sites/import")
							.form("form[action$='/staff/sites/import']")
							.fill("csv", "slug,name,country,status,grid-capacity\nx,X,PL,withdrawn,lots")
							.submit()),
				new ErrorState("wrong authenticator code", Role.VIEWER,
						v -> v.open("/staff/second-factor").form("form[method=post]").fill("code", "000000").submit()));
	}

	record ErrorState(String name, Role role, Function<Visitor, Page> submit) {
	}

	@Test
	void everyPageRouteIsWalked() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				info.getPatternValues()
					.stream()
					.filter(pattern -> !pattern.startsWith("/api/") && !pattern.startsWith("/v3/")
							&& !pattern.equals("/error") && !DOWNLOADS.contains(pattern))
					.forEach(mapped::add);
			}
		});
		Set<String> walked = new TreeSet<>();
		pages().forEach(visit -> walked.add(visit.route()));
		walked.removeIf(route -> route.startsWith("("));
		assertThat(walked).as("page routes walked and page routes served").isEqualTo(mapped);
	}

	@Test
	void everyPageInEveryLanguageAndRoleIsSound() {
		List<String> problems = new ArrayList<>(onTheWay);
		Map<Role, Map<String, Visitor>> visitors = new EnumMap<>(Role.class);
		Map<String, Visitor> anonymous = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			anonymous.put(language, Visitor.at(port).reportingTo(problems).speaking(language));
			for (Role role : Role.values()) {
				Visitor visitor = Visitor.at(port).reportingTo(problems).speaking(language);
				visitor.signIn(staff.get(role));
				visitors.computeIfAbsent(role, r -> new LinkedHashMap<>()).put(language, visitor);
			}
		}
		for (Visit visit : pages()) {
			for (String language : LANGUAGES) {
				Visitor visitor = visit.role() == null ? anonymous.get(language)
						: visitors.get(visit.role()).get(language);
				Page page = visitor.open(visit.path());
				if (!visit.route().startsWith("(")) {
					if (page.status() != 200) {
						problems.add(language + " " + visit + ": status " + page.status());
					}
				}
				else if (page.status() < 400) {
					problems.add(language + " " + visit + ": expected an error page, got " + page.status());
				}
				if (!page.document().selectFirst("html").attr("lang").equals(language)) {
					problems.add(
							language + " " + visit + ": html lang=" + page.document().selectFirst("html").attr("lang"));
				}
			}
		}
		assertThat(problems).as("what a person would see wrong").isEmpty();
	}

	@Test
	void everyErrorStateSaysWhatIsWrongInEveryLanguage() {
		List<String> problems = new ArrayList<>();
		for (ErrorState state : errorStates()) {
			for (String language : LANGUAGES) {
				Visitor visitor = Visitor.at(port).reportingTo(problems).speaking(language);
				if (state.role() != null) {
					visitor.signIn(staff.get(state.role()));
				}
				Page page = state.submit().apply(visitor).followed();
				boolean saysSo = !page.document().select(".govuk-error-message, .govuk-error-summary").isEmpty();
				if (!saysSo) {
					problems.add(language + " " + state.name() + ": no error shown on " + page);
				}
			}
		}
		assertThat(problems).as("what a person would see wrong").isEmpty();
	}

	private Visitor visitor() {
		return Visitor.at(port).reportingTo(onTheWay);
	}

	private static void publicPage(List<Visit> visits, String route, String... paths) {
		for (String path : paths) {
			visits.add(new Visit(route, path, null));
		}
	}

	/** A staff page, visited by every role from the least one allowed upwards. */
	private static void staffPage(List<Visit> visits, String route, Role least, String... paths) {
		for (Role role : Role.values()) {
			if (allows(least, role)) {
				for (String path : paths) {
					visits.add(new Visit(route, path, role));
				}
			}
		}
	}

	private static boolean allows(Role least, Role role) {
		return switch (least) {
			case VIEWER -> true;
			case REVIEWER -> role != Role.VIEWER;
			case ADMIN -> role == Role.ADMIN;
		};
	}

}
