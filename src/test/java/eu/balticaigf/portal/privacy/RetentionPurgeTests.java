package eu.balticaigf.portal.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.shared.OncePerPeriod;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention against a fixed clock. The test's call and meeting ended in January 2024, so
 * purging "as of" mid-2024 reaches only this test's rows (nothing else in the shared
 * database is that old), never the seeded data.
 */
@PortalTest
class RetentionPurgeTests extends PortalIntegrationTest {

	static final Instant ENDED = Instant.parse("2024-01-10T10:00:00Z");

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	PrivacySettings settings;

	@Autowired
	OncePerPeriod once;

	@Autowired
	TransactionTemplate transactions;

	void purgeAt(Instant now) {
		new RetentionPurge(holders, settings, once, Clock.fixed(now, ZoneOffset.UTC), transactions).purge();
	}

	@Test
	void personalDataGoesAfterItsRetentionPeriodAndStatisticsStay() throws Exception {
		assertThat(settings.applicationRetentionDays()).isEqualTo(180);
		assertThat(settings.registrationRetentionDays()).isEqualTo(30);
		PrivacyData data = new PrivacyData(context, ENDED);
		String declined = data.application(PrivacyData.email("declined"), "DECLINED", "LT", "STARTUP", "SMALL");
		String withdrawn = data.application(PrivacyData.email("withdrawn"), "WITHDRAWN", "PL", "UNIVERSITY", "MICRO");
		String accepted = data.application(PrivacyData.email("accepted"), "ACCEPTED", "LV", "TECHNOLOGY_PROVIDER",
				"LARGE");
		String inReview = data.application(PrivacyData.email("review"), "UNDER_REVIEW", "EE", "RESEARCH_INSTITUTE",
				"MEDIUM");
		String draftOwner = PrivacyData.email("draft");
		data.draft(draftOwner);
		String registrant = PrivacyData.email("registrant");
		data.registration(registrant);
		String oldMail = PrivacyData.email("old-mail");
		data.email(oldMail, ENDED);
		String recentMail = PrivacyData.email("recent-mail");
		data.email(recentMail, Instant.now());
		String statisticsBefore = data.statistics(mvc);

		// 179 days after: registrations (30 days), drafts of the closed call and old
		// e-mails are gone; applications stay.
		purgeAt(ENDED.plus(Duration.ofDays(179)));
		assertThat(contactOf(declined)).isNotNull();
		assertThat(contactOf(withdrawn)).isNotNull();
		assertThat(data.count("SELECT count(*) FROM application_draft WHERE call_id = ?", data.callId)).isZero();
		assertThat(data.count("SELECT count(*) FROM meeting_registration WHERE meeting_id = ? AND full_name = 'erased'"
				+ " AND organisation_name IS NULL AND email LIKE 'erased-%'", data.meetingId))
			.isOne();
		assertThat(data.count("SELECT count(*) FROM meeting_registration WHERE email_normalised = ?", registrant))
			.isZero();
		assertThat(data.count("SELECT count(*) FROM outbox_message WHERE recipient = ?", oldMail)).isZero();
		assertThat(data.count("SELECT count(*) FROM outbox_message WHERE recipient = ?", recentMail)).isOne();

		// 181 days after the call closed: declined and withdrawn lose their contact;
		// accepted and in review keep it.
		purgeAt(ENDED.plus(Duration.ofDays(181)));
		assertThat(contactOf(declined)).isNull();
		assertThat(contactOf(withdrawn)).isNull();
		assertThat(data.count(
				"SELECT count(*) FROM application WHERE reference IN (?, ?) AND contact_name IS NULL"
						+ " AND contact_phone IS NULL AND organisation_name LIKE 'Organisation %'",
				declined, withdrawn))
			.isEqualTo(2);
		assertThat(data.count("""
				SELECT count(*) FROM application_version v JOIN application a ON a.id = v.application_id
				WHERE a.reference = ? AND v.changes -> 0 = '{"field": "contactEmail", "erased": true}'::jsonb""",
				declined))
			.isOne();
		assertThat(contactOf(accepted)).startsWith("accepted-");
		assertThat(contactOf(inReview)).startsWith("review-");
		assertThat(data.count("SELECT count(*) FROM application WHERE call_id = ?", data.callId)).isEqualTo(4);

		assertThat(data.statistics(mvc)).isEqualTo(statisticsBefore);
	}

	String contactOf(String reference) {
		return jdbc.sql("SELECT contact_email FROM application WHERE reference = ?")
			.param(reference)
			.query((rs, row) -> rs.getString(1))
			.list()
			.get(0);
	}

}
