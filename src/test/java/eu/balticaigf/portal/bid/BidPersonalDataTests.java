package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.privacy.PrivacySettings;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;

/**
 * A member's contact and the signatories of its letters in a person's export, erased on
 * request (the member and its money stay), and gone once every commitment has been
 * withdrawn for longer than the retention period.
 */
@PortalTest
class BidPersonalDataTests extends PortalIntegrationTest {

	@Autowired
	BidStore store;

	@Autowired
	BidPersonalData personalData;

	@Autowired
	PrivacySettings settings;

	private long memberWithASignedLetter(String email, Instant at) {
		store.ensureBid("privacy", "Privacy test bid", 1_000_000_00L, 0, 0);
		long bid = store.bid("privacy").orElseThrow().id();
		long member = store
			.insertMember(bid, "Privacy Member " + email, "PL", "STARTUP", List.of(), null, "Ona Kontaktinė", email,
					"lt", "test", at)
			.orElseThrow();
		long id = store.insertCommitment(member, CommitmentKind.EQUITY, "hash-" + email, "test", at);
		store.submit(id, new BigDecimal("1000.00"), 5, null, at);
		byte[] pdf = TestFiles.pdf("Letter");
		store.sign(id, "Jonas Pasirašęs", new UploadedFiles.Checked("letter.pdf", UploadedFiles.Kind.PDF, pdf.length,
				UploadedFiles.sha256(pdf), pdf), at);
		return member;
	}

	private Map<String, Object> member(long id) {
		return jdbc.sql("""
				SELECT m.organisation_name, m.contact_name, m.contact_email, c.signatory_name, c.amount
				FROM bid_member m JOIN bid_commitment c ON c.member_id = m.id WHERE m.id = ?""")
			.param(id)
			.query()
			.singleRow();
	}

	@Test
	void theContactAndSignatoriesAreExportedAndErasedWhileTheMemberAndItsMoneyStay() {
		String email = "bid-contact-" + System.nanoTime() + "@example.pl";
		long id = memberWithASignedLetter(email, Instant.now());
		Visitor admin = signedIn(Role.ADMIN);
		Page export = admin.open("/staff/privacy")
			.form("form[action$='/staff/privacy/export']")
			.fill("email", email.toUpperCase())
			.submit();
		assertThat(export.body()).contains("\"bidMembers\"").contains("Ona Kontaktinė").contains("Jonas Pasirašęs");

		Page erased = admin.open("/staff/privacy")
			.form("form[action$='/staff/privacy/erase']")
			.fill("email", email)
			.fill("reason", "Request received by post")
			.check("confirm")
			.submit();
		assertThat(erased.byId("erased-counts").select("li").eachText())
			.contains("Bid members (as contact person or signatory): 1");
		Map<String, Object> row = member(id);
		assertThat(row.get("contact_name")).isNull();
		assertThat(row.get("contact_email")).isNull();
		assertThat(row.get("signatory_name")).isNull();
		assertThat(row.get("organisation_name")).isEqualTo("Privacy Member " + email);
		assertThat(row.get("amount")).isEqualTo(new BigDecimal("1000.00"));
	}

	@Test
	void contactsOfMembersWhoseCommitmentsWereAllWithdrawnLongAgoAreErased() {
		Instant longAgo = Instant.now().minus(Duration.ofDays(settings.applicationRetentionDays() + 10));
		long gone = memberWithASignedLetter("gone-" + System.nanoTime() + "@example.pl", longAgo);
		long kept = memberWithASignedLetter("kept-" + System.nanoTime() + "@example.pl", longAgo);
		long commitment = store.commitmentsOf(gone).get(0).id();
		store.withdraw(commitment, CommitmentState.SIGNED, "Left the consortium", longAgo);

		assertThat(personalData.purgeExpired(Instant.now(), settings)).isGreaterThanOrEqualTo(1);
		assertThat(member(gone).get("contact_email")).isNull();
		assertThat(member(gone).get("signatory_name")).isNull();
		// A member still standing by its (signed) commitment keeps its contact.
		assertThat(member(kept).get("contact_email")).isNotNull();
		assertThat(member(kept).get("signatory_name")).isEqualTo("Jonas Pasirašęs");
	}

}
