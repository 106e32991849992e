package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;

/**
 * A member's way from accepted application to verified commitment, through the pages as
 * served and the e-mails as received, with every bad input and every move the state does
 * not allow on the way: each says what is wrong next to its field and changes nothing.
 */
@PortalTest
class CommitmentJourneyTests extends PortalIntegrationTest {

	/** An accepted application made a member through the bid's page; its member page. */
	private Page member(Visitor admin, TestSubmissions.Submitted accepted) {
		return admin.open("/staff/bids/demo")
			.form("#join-form")
			.fill("reference", accepted.reference())
			.submitAndFollow();
	}

	private Map<String, Object> commitmentRow(long id) {
		return jdbc.sql("SELECT state, amount, years, letter_sha256, withdrawn_reason FROM bid_commitment WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	private long auditCount(long commitment) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'bid-commitment' AND target_id = ?")
			.param(String.valueOf(commitment))
			.query(Long.class)
			.single();
	}

	@Test
	void anAcceptedApplicationBecomesAMemberWhoseCommitmentGoesFromRequestToVerified() {
		TestSubmissions.Submitted accepted = TestSubmissions.submit(context, "lt", "UAB Įsipareigojimas",
				TestSubmissions.Profile.typical().withStatus(ApplicationStatus.ACCEPTED));
		Visitor admin = signedIn(Role.ADMIN);
		Page member = member(admin, accepted);
		assertThat(member.path()).matches("/staff/bids/demo/members/\\d+");
		assertThat(member.byId("member-name").text()).isEqualTo("UAB Įsipareigojimas");
		assertThat(member.byId("saved").text()).contains("now a member of the bid");

		// Staff ask for a commitment: the contact gets a private link, in Lithuanian.
		Page requested = member.form("#request-form").choose("kind", "EQUITY").submitAndFollow();
		assertThat(requested.byId("saved").text()).contains(accepted.email());
		Inbox.Mail request = Inbox.nth(accepted.email(), 2);
		assertThat(request.subject()).isEqualTo("Jūsų įsipareigojimas paraiškai: Paprašyta");
		assertThat(request.text()).contains("UAB Įsipareigojimas").contains("Nuosavas kapitalas");
		String link = request.path("/commitments/\\d+/[A-Za-z0-9_-]+");
		long id = Long.parseLong(link.split("/")[2]);

		// The member states the amount: wrong answers are said next to their fields.
		Visitor organisation = Visitor.at(port).speaking("en");
		Page form = organisation.open(link);
		assertThat(form.byId("commitment-state").attr("data-state")).isEqualTo("REQUESTED");
		Page negative = form.form("#submit-form").fill("amount", "-5").fill("years", "5").submit();
		assertThat(negative.errorFor("amount")).isEqualTo("The amount cannot be negative");
		Page notANumber = form.form("#submit-form").fill("amount", "five million").fill("years", "five").submit();
		assertThat(notANumber.errorFor("amount")).startsWith("Enter the amount as a number");
		assertThat(notANumber.errorFor("years")).startsWith("Enter the number of years as a whole number");
		assertThat(notANumber.form("#submit-form").value("amount")).isEqualTo("five million");
		Page tooLarge = form.form("#submit-form")
			.fill("amount", "1 500 000 000 000 000 000")
			.fill("years", "5")
			.submit();
		assertThat(tooLarge.errorFor("amount"))
			.isEqualTo("The amount is too large: enter at most 15 digits before the decimal point");
		assertThat(commitmentRow(id).get("state")).isEqualTo("REQUESTED");

		Form answers = form.form("#submit-form")
			.fill("amount", "1 500 000,50")
			.fill("years", "5")
			.fill("conditions", "Subject to the board's approval");
		Page submitted = answers.submitAndFollow();
		assertThat(submitted.byId("commitment-state").attr("data-state")).isEqualTo("SUBMITTED");
		assertThat(submitted.byId("submitted-amount").text()).contains("1,500,000.50").contains("5 years");
		assertThat(commitmentRow(id)).containsEntry("state", "SUBMITTED")
			.containsEntry("amount", new java.math.BigDecimal("1500000.50"))
			.containsEntry("years", 5);
		assertThat(Inbox.nth(accepted.email(), 3).subject()).isEqualTo("Jūsų įsipareigojimas paraiškai: Pateikta");

		// A second click on the same form changes nothing and says so next to the field.
		Page again = answers.fill("amount", "9").submit();
		assertThat(again.errorFor("amount"))
			.isEqualTo("This commitment’s state is already “Submitted”: nothing was changed");
		assertThat(commitmentRow(id).get("amount")).isEqualTo(new java.math.BigDecimal("1500000.50"));

		// The signed letter: only a whole PDF under the limit is taken.
		Page signing = organisation.open(link);
		Page png = signing.form("#sign-form")
			.fill("signatoryName", "Ona Petraitė")
			.attach("letter", "letter.pdf", TestFiles.png())
			.submit();
		assertThat(png.errorFor("letter")).isEqualTo("The selected file must be a PDF document");
		Page cut = signing.form("#sign-form")
			.fill("signatoryName", "Ona Petraitė")
			.attach("letter", "letter.pdf", TestFiles.truncated(TestFiles.pdf("Signed"), 0.8))
			.submit();
		assertThat(cut.errorFor("letter")).startsWith("The selected file is damaged or incomplete");
		Page large = signing.form("#sign-form")
			.fill("signatoryName", "Ona Petraitė")
			.attach("letter", "letter.pdf", TestFiles.pdfOfSize(6 * 1024 * 1024))
			.submit();
		assertThat(large.errorFor("letter")).isEqualTo("The selected file must be smaller than 5 MB");
		Page none = signing.form("#sign-form").submit();
		assertThat(none.errorFor("signatoryName")).isEqualTo("Enter the full name of the person who signed");
		assertThat(none.errorFor("letter")).isEqualTo("Choose a file");
		assertThat(commitmentRow(id).get("state")).isEqualTo("SUBMITTED");

		byte[] letter = TestFiles.pdf("We commit EUR 1,500,000.50 for 5 years.");
		Page signed = signing.form("#sign-form")
			.fill("signatoryName", "Ona Petraitė")
			.attach("letter", "Įsipareigojimo raštas.pdf", letter)
			.submitAndFollow();
		assertThat(signed.byId("commitment-state").attr("data-state")).isEqualTo("SIGNED");
		assertThat(commitmentRow(id).get("letter_sha256")).isEqualTo(UploadedFiles.sha256(letter));

		// Staff see the letter with its SHA-256 and verify it; a second click says it is
		// verified already.
		Page staffView = admin.open(member.path());
		assertThat(staffView.byId("commitment-" + id).attr("data-state")).isEqualTo("SIGNED");
		assertThat(staffView.textOf("#commitment-" + id)).contains(UploadedFiles.sha256(letter))
			.contains("Signed by Ona Petraitė");
		Form verify = staffView.form("#verify-" + id);
		Page verified = verify.submitAndFollow();
		assertThat(verified.byId("commitment-" + id).attr("data-state")).isEqualTo("VERIFIED");
		assertThat(Inbox.nth(accepted.email(), 5).subject()).isEqualTo("Jūsų įsipareigojimas paraiškai: Patikrinta");
		Page twice = verify.submit();
		assertThat(twice.errorFor("commitment-" + id))
			.isEqualTo("This commitment’s state is already “Verified”: nothing was changed");
		assertThat(organisation.open(link).byId("where-it-stands").text()).contains("verified your commitment");

		// Withdrawing needs a reason; then the member is told why.
		Page noReason = verified.form("#withdraw-" + id).submit();
		assertThat(noReason.errorFor("reason-" + id)).isEqualTo("Say why the commitment is withdrawn");
		assertThat(commitmentRow(id).get("state")).isEqualTo("VERIFIED");
		Page withdrawn = verified.form("#withdraw-" + id)
			.fill("reason", "The board withdrew its approval")
			.submitAndFollow();
		assertThat(withdrawn.byId("commitment-" + id).attr("data-state")).isEqualTo("WITHDRAWN");
		Inbox.Mail told = Inbox.nth(accepted.email(), 6);
		assertThat(told.subject()).isEqualTo("Jūsų įsipareigojimas paraiškai: Atšaukta");
		assertThat(told.text()).contains("The board withdrew its approval");

		// Every move is in the audit log: requested, submitted, signed, verified,
		// withdrawn.
		assertThat(auditCount(id)).isEqualTo(5);
	}

	@Test
	void onlyAnAcceptedApplicationJoinsAndOnlyOnce() {
		Visitor admin = signedIn(Role.ADMIN);
		TestSubmissions.Submitted open = TestSubmissions.submit(context, "en", "Still Under Review Ltd",
				TestSubmissions.Profile.typical().withStatus(ApplicationStatus.UNDER_REVIEW));
		Page refused = member(admin, open);
		assertThat(refused.errorFor("reference"))
			.isEqualTo("This application has not been accepted, so it cannot become a member");
		Page unknown = admin.open("/staff/bids/demo").form("#join-form").fill("reference", "BAI-0000-000000").submit();
		assertThat(unknown.errorFor("reference")).isEqualTo("There is no application with this reference");

		TestSubmissions.Submitted accepted = TestSubmissions.submit(context, "en", "Joins Once Ltd",
				TestSubmissions.Profile.typical().withStatus(ApplicationStatus.ACCEPTED));
		Form join = admin.open("/staff/bids/demo").form("#join-form").fill("reference", accepted.reference());
		join.submitAndFollow();
		Page second = join.submit();
		assertThat(second.errorFor("reference")).isEqualTo("This application’s organisation is a member already");
		assertThat(jdbc.sql("SELECT count(*) FROM bid_member WHERE application_reference = ?")
			.param(accepted.reference())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAdminAddsANationalBodyDirectlyAndStatesItsOwnership() {
		Visitor admin = signedIn(Role.ADMIN);
		Page empty = admin.open("/staff/bids/demo/members/new").form("form[method=post]").submit();
		assertThat(empty.errorSummary()).contains("Enter the organisation’s name", "Choose the country",
				"Choose the type of organisation", "Enter the contact person’s name",
				"Enter an e-mail address, like name@example.com", "Choose the language for e-mails");

		Page added = admin.open("/staff/bids/demo/members/new")
			.form("form[method=post]")
			.fill("organisationName", "Ministerstvo průmyslu (test)")
			.choose("country", "CZ")
			.choose("category", "PUBLIC_SECTOR")
			.check("roles", "SITE_HOST")
			.fill("contactName", "Jana Nováková")
			.fill("contactEmail", "jana.test@example.cz")
			.choose("language", "en")
			.submitAndFollow();
		assertThat(added.byId("member-roles").text()).isEqualTo("Site host");
		assertThat(added.byId("ownership").text()).isEqualTo("Not stated yet");

		Page missing = added.form("#ownership-form").submit();
		assertThat(missing.errorFor("euIncorporated"))
			.isEqualTo("Say whether the organisation is incorporated in the EU");
		assertThat(missing.errorFor("majorityEuropean"))
			.isEqualTo("Say whether the organisation is majority European-owned");
		assertThat(missing.errorFor("ownerCountry")).isEqualTo("Choose the country of the ultimate owner");

		Page stated = added.form("#ownership-form")
			.choose("euIncorporated", "true")
			.choose("ownerCountry", "CZ")
			.choose("majorityEuropean", "true")
			.submitAndFollow();
		assertThat(stated.byId("ownership").text()).contains("Incorporated in the EU")
			.contains("Ultimate owner in Czechia")
			.contains("Majority European-owned")
			.contains("Supplies no equipment of a listed high-risk vendor");
	}

	@Test
	void staffKeepTheHighRiskVendorListAndAMemberCanBeMarkedAsSupplyingOne() {
		Visitor admin = signedIn(Role.ADMIN);
		String vendor = "Vendor " + System.nanoTime();
		Page empty = admin.open("/staff/bids/demo/vendors").form("form[method=post]").submit();
		assertThat(empty.errorFor("name")).isEqualTo("Enter the vendor’s name");
		Page listed = admin.open("/staff/bids/demo/vendors")
			.form("form[method=post]")
			.fill("name", vendor)
			.submitAndFollow();
		assertThat(listed.textOf("#vendors")).contains(vendor);
		Page twice = listed.form("form[method=post]").fill("name", vendor.toUpperCase()).submit();
		assertThat(twice.errorFor("name")).isEqualTo("This vendor is on the list already");

		Page member = admin.open("/staff/bids/demo");
		String memberPath = member.document().select("#members a").first().attr("href");
		Page page = admin.open(memberPath);
		String vendorId = page.document()
			.select("#vendor option")
			.stream()
			.filter(o -> o.text().equals(vendor))
			.findFirst()
			.orElseThrow()
			.val();
		Page stated = page.form("#ownership-form")
			.choose("euIncorporated", "false")
			.choose("ownerCountry", "CN")
			.choose("majorityEuropean", "false")
			.choose("vendor", vendorId)
			.submitAndFollow();
		assertThat(stated.byId("ownership").text()).contains("Not incorporated in the EU")
			.contains("Supplies equipment of " + vendor);
	}

	@Test
	void viewersReadTheBidWithoutTheFormsThatChangeIt() {
		Page bid = signedIn(Role.VIEWER).open("/staff/bids/demo");
		assertThat(bid.status()).isEqualTo(200);
		assertThat(bid.has("#join-form")).isFalse();
		assertThat(Integer.parseInt(bid.byId("member-count").attr("data-count"))).isGreaterThanOrEqualTo(9);
		assertThat(bid.document().select("#members-by-country li")).extracting(e -> e.attr("data-country"))
			.contains("LT", "PL", "LV", "EE", "CZ");
		String memberPath = bid.document().select("#members a").first().attr("href");
		Page member = signedIn(Role.VIEWER).open(memberPath);
		assertThat(member.has("#request-form")).isFalse();
		assertThat(member.has("#ownership-form")).isFalse();
	}

	@Test
	void theDemoBidHasCommitmentsInEveryState() {
		List<String> states = jdbc.sql("""
				SELECT DISTINCT c.state FROM bid_commitment c JOIN bid_member m ON m.id = c.member_id
				JOIN bid b ON b.id = m.bid_id WHERE b.slug = 'demo' AND m.added_by = 'demo'""")
			.query(String.class)
			.list();
		assertThat(states).containsExactlyInAnyOrder("REQUESTED", "SUBMITTED", "SIGNED", "VERIFIED", "WITHDRAWN");
	}

}
