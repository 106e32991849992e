package eu.balticaigf.portal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page as an admin who reads Lithuanian meets it, for the kinds of entries the
 * walk-through found unreadable: every word in the reader's language, no "null", scores
 * by the rubric's criteria, meetings by title, registrants by name, times in Vilnius
 * time, and a short IPv6 address.
 */
@PortalTest
class AuditPageTests extends PortalIntegrationTest {

	@Autowired
	AuditLog audit;

	@Test
	void entriesReadInTheReadersLanguageWithNamesTitlesAndNoNulls() {
		String reference = "AUDIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String registrant = "audit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Visitor.at(port)
			.open("/meetings/demo-info/register")
			.form("form[method=post]")
			.fill("fullName", "Ona Dalyvė")
			.fill("email", registrant)
			.choose("attendance", "ONLINE")
			.check("consentPrivacy")
			.submitAndFollow();
		long registration = jdbc.sql("SELECT id FROM meeting_registration WHERE email = ?")
			.param(registrant)
			.query(Long.class)
			.single();

		audit.record("applicant", "review.withdraw", AuditLog.Target.of("application", reference),
				Map.of("stage", "SUBMITTED"), Map.of("stage", "WITHDRAWN", "reason", "Plans changed"));
		audit.record("reviewer@ministry.test", "review.conflict.withdraw", AuditLog.Target.of("application", reference),
				Map.of("organisationName", "null", "registryCode", "304050607"), null);
		audit.record("reviewer@ministry.test", "review.score", AuditLog.Target.of("application", reference), Map.of(),
				Map.of("CAPACITY", 5, "COMPUTE_CREDIBILITY", 2, "STRATEGIC_FIT", 4));
		audit.record("doorkeeper@ministry.test", "meeting.guest-checked-in",
				AuditLog.Target.of("meeting_registration", registration), Map.of("checkedIn", false),
				Map.of("checkedIn", true, "checkedInAt", "2026-12-06T08:05:09Z", "meeting", "demo-info", "via",
						"qr-code"));
		jdbc.sql("""
				INSERT INTO audit_log (at, actor, action, target_type, target_id, client_address)
				VALUES (?, 'applicant', 'review.answer_information', 'application', ?, '2001:db8:0:0:0:0:2:1')""")
			.params(Timestamp.from(Instant.parse("2026-12-06T12:00:07Z")), reference)
			.update();

		Visitor admin = Visitor.at(port).speaking("lt");
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		Page inLithuanian = admin.open("/staff/audit?target=" + reference);
		String text = inLithuanian.text();
		assertThat(text).contains("Pareiškėjas", "Atšauktas deklaruotas interesų konfliktas", "Gebėjimas prisidėti: 5",
				"Skaičiavimo poreikio patikimumas: 2", "Strateginis atitikimas: 4",
				"2026 m. gruodžio 6 d., 14:00:07 EET (Vilniaus laiku)", "IP adresas: 2001:db8::2:1");
		assertThat(text).doesNotContain("null", "applicant", "UTC", "Review conflict withdraw", "Capacity",
				"Compute credibility", "2001:db8:0:0");
		assertThat(inLithuanian.document().select("th").eachText()).doesNotContain("Kada (UTC)");

		Page checkIn = admin.open("/staff/audit?target=" + registration + "&action=meeting.guest-checked-in");
		assertThat(checkIn.text()).contains("Informacinis susitikimas (demonstracinis)", "Ona Dalyvė")
			.doesNotContain("demo-info");
	}

}
