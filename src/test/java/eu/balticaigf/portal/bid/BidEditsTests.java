package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;

/**
 * The edits stage 1 added, through the pages as served: a participating state's pledge
 * and status with dates, the consortium agreement (its document and each member's signing
 * date, which the "signed by every member" rule reads), and a member withdrawing its
 * commitment through its private link. Each works on a bid of its own, so the demo's
 * figures stay as other tests expect them.
 */
@PortalTest
class BidEditsTests extends PortalIntegrationTest {

	@Autowired
	BidStore store;

	private Bid bid;

	@BeforeEach
	void aBidOfItsOwn() {
		store.ensureBid("edits", "Edits test bid", 1_000_000_000_00L, 0, 0);
		bid = store.bid("edits").orElseThrow();
	}

	private long member(String email) {
		return store
			.insertMember(bid.id(), "Edits Member " + email, "LT", "PUBLIC_SECTOR", List.of(MemberRole.COORDINATOR),
					null, "Rūta Edits", email, "lt", "test", Instant.now())
			.orElseThrow();
	}

	private String verdict(Page plan, String rule) {
		return plan.document().selectFirst("#rules tr[data-rule=" + rule + "]").attr("data-verdict");
	}

	@Test
	void aBidNamedLikeACallTakesItsStatesFromTheCallsListOfParticipatingCountries() {
		// The 2025 call lists LT, PL, LV and EE from the start, CZ from 1 November 2025,
		// and LV and EE out from 1 December 2025 (V30).
		store.ensureBid("baltic-aigf-2025", "Bid named like the 2025 call", 1_000_000_000_00L, 0, 0);
		Visitor admin = signedIn(Role.ADMIN);
		Page plan = admin.open("/staff/bids/baltic-aigf-2025/plan");
		assertThat(plan.byId("states-from-call").text()).contains("call’s list of participating countries");
		assertThat(plan.document().select("#add-state-form select[name=country] option").eachAttr("value"))
			.containsExactly("LT", "PL", "LV", "EE", "CZ");

		Page czechia = plan.form("#add-state-form").choose("country", "CZ").submit();
		assertThat(czechia.form("#state-form").value("joinedOn")).isEqualTo("2025-11-01");
		assertThat(czechia.form("#state-form").value("status")).isEqualTo("JOINED");
		Page estonia = admin.open("/staff/bids/baltic-aigf-2025/states?country=EE");
		assertThat(estonia.form("#state-form").value("status")).isEqualTo("WITHDRAWN");
		assertThat(estonia.form("#state-form").value("withdrawnOn")).isEqualTo("2025-12-01");
		assertThat(estonia.form("#state-form").value("joinedOn")).isNotEmpty();
	}

	@Test
	void anAdminRecordsAParticipatingStatesPledgeAndStatusWithDates() {
		Visitor admin = signedIn(Role.ADMIN);
		Page form = admin.open("/staff/bids/edits/plan").form("#add-state-form").choose("country", "DE").submit();
		assertThat(form.heading()).isEqualTo("Germany in the bid");

		Page wrong = form.form("#state-form")
			.fill("pledge", "-5")
			.choose("status", "WITHDRAWN")
			.fill("joinedOn", "2025-11-20")
			.fill("committedOn", "2025-11-01")
			.submit();
		assertThat(wrong.errorFor("pledge")).isEqualTo("The amount cannot be negative");
		assertThat(wrong.errorFor("withdrawnOn")).isEqualTo("Enter the date");
		assertThat(wrong.errorFor("committedOn")).isEqualTo("This date cannot be before the date the state joined");
		assertThat(store.hostStates(bid.id())).noneMatch(s -> s.country().equals("DE"));

		Page plan = form.form("#state-form")
			.fill("pledge", "12 500 000,50")
			.choose("status", "COMMITTED")
			.fill("joinedOn", "2025-11-20")
			.fill("committedOn", "2025-12-01")
			.submitAndFollow();
		assertThat(plan.byId("saved").text()).contains("Germany");
		assertThat(plan.document().selectFirst("#host-states tr[data-country=DE]").attr("data-status"))
			.isEqualTo("COMMITTED");
		assertThat(plan.textOf("#host-states tr[data-country=DE]")).contains("joined 20 November 2025")
			.contains("committed 1 December 2025");
		HostState germany = store.hostStates(bid.id())
			.stream()
			.filter(s -> s.country().equals("DE"))
			.findFirst()
			.orElseThrow();
		assertThat(germany.pledgeCents()).isEqualTo(12_500_000_50L);

		// Germany leaves: its pledge no longer counts.
		Page left = admin.open("/staff/bids/edits/states?country=DE")
			.form("#state-form")
			.choose("status", "WITHDRAWN")
			.fill("withdrawnOn", "2026-01-15")
			.submitAndFollow();
		assertThat(left.document().selectFirst("#host-states tr[data-country=DE]").attr("data-status"))
			.isEqualTo("WITHDRAWN");
		assertThat(left.has("#countries tr[data-country=DE]")).isFalse();
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'bid.host-state.changed' AND target_id = 'edits'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theConsortiumAgreementsDatesFeedTheRuleThatEveryMemberSigned() {
		long id = member("agreement-" + System.nanoTime() + "@example.lt");
		Visitor admin = signedIn(Role.ADMIN);
		store.members(bid.id())
			.stream()
			.filter(m -> m.id() != id)
			.forEach(m -> store.signAgreement(m.id(), java.time.LocalDate.of(2026, 1, 5)));
		assertThat(verdict(admin.open("/staff/bids/edits/plan"), "AGREEMENT_SIGNED")).isEqualTo("NOT_MET");

		Page memberPage = admin.open("/staff/bids/edits/members/" + id);
		assertThat(memberPage.byId("agreement").text()).isEqualTo("Not signed yet");
		Page notADay = memberPage.form("#agreement-form").fill("signedOn", "2026-02-30").submit();
		assertThat(notADay.errorFor("signedOn")).isEqualTo("Enter a real date, for example 2026-03-02");
		Page future = memberPage.form("#agreement-form").fill("signedOn", "2999-01-01").submit();
		assertThat(future.errorFor("signedOn")).isEqualTo("The date cannot be in the future");
		assertThat(store.member(id).orElseThrow().agreementSignedOn()).isNull();

		Page signed = memberPage.form("#agreement-form").fill("signedOn", "2026-03-02").submitAndFollow();
		assertThat(signed.byId("agreement").text()).isEqualTo("Signed on 2 March 2026");
		assertThat(verdict(admin.open("/staff/bids/edits/plan"), "AGREEMENT_SIGNED")).isEqualTo("MET");

		// The document itself: only a whole PDF is kept, with its SHA-256.
		Page agreement = admin.open("/staff/bids/edits/agreement");
		assertThat(agreement.byId("unsigned").attr("data-count")).isEqualTo("0");
		Page png = agreement.form("#agreement-upload").attach("document", "agreement.pdf", TestFiles.png()).submit();
		assertThat(png.errorFor("document")).isEqualTo("The selected file must be a PDF document");
		byte[] pdf = TestFiles.pdf("Consortium agreement");
		Page uploaded = agreement.form("#agreement-upload")
			.attach("document", "Konsorciumo sutartis.pdf", pdf)
			.submitAndFollow();
		assertThat(uploaded.byId("agreement-document").text()).contains("Konsorciumo sutartis.pdf")
			.contains(UploadedFiles.sha256(pdf));
		assertThat(admin.get("/staff/bids/edits/agreement.pdf").status()).isEqualTo(200);
	}

	@Test
	void aMemberWithdrawsItsCommitmentThroughItsPrivateLinkSayingWhy() {
		String email = "withdraws-" + System.nanoTime() + "@example.lt";
		long id = member(email);
		Visitor reviewer = signedIn(Role.REVIEWER);
		reviewer.open("/staff/bids/edits/members/" + id).form("#request-form").choose("kind", "LOAN").submit();
		String link = Inbox.nth(email, 1).path("/commitments/\\d+/[A-Za-z0-9_-]+");
		long commitment = Long.parseLong(link.split("/")[2]);

		Visitor member = Visitor.at(port).speaking("en");
		Page page = member.open(link);
		Page noReason = page.form("#withdraw-form").submit();
		assertThat(noReason.errorFor("reason")).isEqualTo("Say why the commitment is withdrawn");
		assertThat(store.commitment(commitment).orElseThrow().state()).isEqualTo(CommitmentState.REQUESTED);

		var withdraw = page.form("#withdraw-form").fill("reason", "Our board said no");
		Page withdrawn = withdraw.submitAndFollow();
		assertThat(withdrawn.byId("done").text()).contains("Your commitment was withdrawn");
		assertThat(withdrawn.byId("commitment-state").attr("data-state")).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.has("#withdraw-form")).isFalse();
		assertThat(Inbox.nth(email, 2).text()).contains("Our board said no");
		Page twice = withdraw.submit();
		assertThat(twice.errorFor("reason"))
			.isEqualTo("This commitment’s state is already “Withdrawn”: nothing was changed");
		assertThat(jdbc.sql("""
				SELECT actor FROM audit_log WHERE action = 'bid.commitment.withdrawn' AND target_id = ?""")
			.param(String.valueOf(commitment))
			.query(String.class)
			.single()).isEqualTo("member");
		assertThat(reviewer.open("/staff/bids/edits/members/" + id).textOf("#commitment-" + commitment))
			.contains("Our board said no");
	}

}
