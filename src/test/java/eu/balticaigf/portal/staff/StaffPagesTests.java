package eu.balticaigf.portal.staff;

import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every back-office page has in common, as a member of staff meets it: who is signed
 * in, the way home and out on every page, forms whose errors the tab title announces, and
 * an invitation that describes each role as the route table has it.
 */
@PortalTest
class StaffPagesTests extends PortalIntegrationTest {

	/** Pages of several modules, not only the back office's home. */
	static final List<String> STAFF_PAGES = List.of("/staff", "/staff/applications", "/staff/meetings",
			"/staff/meetings/demo-info", "/staff/calls/demo/dashboard", "/staff/accounts", "/staff/audit",
			"/staff/outbox", "/staff/privacy", "/staff/api-tokens", "/staff/second-factor");

	@Test
	void everyStaffPageNamesWhoIsSignedInAndLeadsHomeAndOut() {
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		Visitor visitor = Visitor.at(port).speaking("en");
		visitor.signIn(admin);
		for (String path : STAFF_PAGES) {
			Page page = visitor.open(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.byId("signed-in-as").text()).as(path)
				.isEqualTo("Signed in as Test Admin (" + admin.email() + ")");
			assertThat(page.byId("back-office-home").attr("href")).as(path).isEqualTo("/staff");
			assertThat(page.has("form[action='/staff/logout'][method=post] input[name=_csrf]")).as(path).isTrue();
			assertThat(page.document().select(".govuk-footer a").eachText()).as(path).doesNotContain("Staff sign-in");
		}
		// A public page read while signed in has the bar too; signing out from any page
		// works and ends the session.
		assertThat(visitor.open("/calls/demo").has("#staff-bar")).isTrue();
		Page signedOut = visitor.open("/staff/meetings").form("form[action='/staff/logout']").submitAndFollow();
		assertThat(signedOut.path()).isEqualTo("/staff/login?signedOut");
		assertThat(signedOut.has("#staff-bar")).isFalse();
		assertThat(visitor.open("/staff/meetings").path()).isEqualTo("/staff/login");
	}

	@Test
	void visitorsAndHalfSignedInSessionsSeeNoStaffBar() {
		// Public pages: the landing page and the privacy notice.
		for (String path : List.of("/", "/privacy")) {
			Page page = Visitor.at(port).speaking("en").open(path);
			assertThat(page.has("#staff-bar")).as(path).isFalse();
			assertThat(page.document().select(".govuk-footer a").eachText()).as(path).contains("Staff sign-in");
		}

		StaffSignInSupport.Account withCode = StaffSignInSupport.createWithSecondFactor(context, Role.REVIEWER);
		Page codeStep = StaffTestSupport.passwordStep(Visitor.at(port), withCode.email(), withCode.password());
		assertThat(codeStep.path()).isEqualTo(SecondFactorController.CODE_PAGE);
		assertThat(codeStep.has("#staff-bar")).as("not signed in yet").isFalse();
	}

	@Test
	void staffFormsWithErrorsSaySoInTheTabTitleAndAnEmptyAddressIsAskedFor() {
		Visitor admin = Visitor.at(port).speaking("en");
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		Page invite = admin.open("/staff/accounts/invite");
		assertThat(invite.title()).startsWith("Invite a member of staff");
		Page refused = invite.form("form[method=post]").submit();
		assertThat(refused.title()).startsWith("Error: Invite a member of staff");
		assertThat(refused.errorFor("email")).isEqualTo("Enter an e-mail address");
		assertThat(refused.form("form[method=post]").fill("email", "not an address").submit().errorFor("email"))
			.isEqualTo("Enter an e-mail address in the right format, like name@ministry.lt");

		Page meeting = admin.open("/staff/meetings/new").form("form[method=post]").submit();
		assertThat(meeting.title()).startsWith("Error: New meeting");

		Page wrongPassword = Visitor.at(port)
			.speaking("lt")
			.open("/staff/login")
			.form("form[method=post]")
			.fill("username", "nobody@ministry.test")
			.fill("password", "not the password")
			.submitAndFollow();
		assertThat(wrongPassword.title()).startsWith("Klaida: ");

		Visitor polish = Visitor.at(port).speaking("pl");
		Page code = StaffTestSupport.passwordStep(polish,
				StaffSignInSupport.createWithSecondFactor(context, Role.VIEWER).email(), StaffTestSupport.PASSWORD);
		assertThat(code.title()).doesNotStartWith("Błąd");
		assertThat(StaffTestSupport.submitCode(polish, "000000").title()).startsWith("Błąd: ");
	}

	@Test
	void theInvitationDescribesEachRoleAsTheRouteTableHasIt() {
		Visitor admin = Visitor.at(port).speaking("en");
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		Page invite = admin.open("/staff/accounts/invite");
		assertThat(invite.byId("role-VIEWER-hint").text()).contains("checks guests in at the door")
			.contains("Changes nothing else");
		assertThat(invite.byId("role-REVIEWER-hint").text()).contains("accepts and declines applications",
				"reopens decisions", "scores");
		assertThat(invite.byId("role-ADMIN-hint").text()).contains("staff accounts", "the audit log",
				"assigning reviewers", "creating and changing meetings");
	}

}
