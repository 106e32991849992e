package eu.balticaigf.portal.bid;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import eu.balticaigf.portal.privacy.PersonalDataRows;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Member contacts and the signatories of their commitments are personal data. The export
 * lists, per member whose contact has the address, the contact and who signed its
 * letters. Erasure anonymises them: the member and its commitments stay (the bid's
 * figures must not change), its contact and signatories become empty. Retention: once
 * every commitment of a member has been withdrawn for longer than the applications'
 * retention period, its contact and signatories are erased the same way.
 */
@Component
class BidPersonalData extends PersonalDataRows {

	BidPersonalData(JdbcClient jdbc) {
		super(jdbc, "bidMembers", new Statements(email -> email, """
				SELECT b.title AS bid, m.organisation_name AS organisation, m.contact_name AS "contactName",
				       m.contact_email AS "contactEmail", m.language, m.added_at AS "addedAt",
				       (SELECT string_agg(DISTINCT c.signatory_name, '; ') FROM bid_commitment c
				        WHERE c.member_id = m.id) AS signatories
				FROM bid_member m JOIN bid b ON b.id = m.bid_id
				WHERE lower(btrim(m.contact_email)) = ? ORDER BY m.id""", """
				WITH who AS (SELECT CAST(? AS text) AS email),
				     signed AS (UPDATE bid_commitment c SET signatory_name = NULL FROM bid_member m, who
				                WHERE c.member_id = m.id AND lower(btrim(m.contact_email)) = who.email)
				UPDATE bid_member m SET contact_name = NULL, contact_email = NULL FROM who
				WHERE lower(btrim(m.contact_email)) = who.email"""));
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		Timestamp before = Timestamp.from(now.minus(Duration.ofDays(settings.applicationRetentionDays())));
		return jdbc
			.sql("""
					WITH gone AS (
					    SELECT m.id FROM bid_member m
					    WHERE (m.contact_email IS NOT NULL OR m.contact_name IS NOT NULL)
					      AND EXISTS (SELECT 1 FROM bid_commitment c WHERE c.member_id = m.id)
					      AND NOT EXISTS (SELECT 1 FROM bid_commitment c WHERE c.member_id = m.id
					                      AND (c.state <> 'WITHDRAWN' OR c.withdrawn_at >= :before))),
					     signed AS (UPDATE bid_commitment SET signatory_name = NULL WHERE member_id IN (SELECT id FROM gone))
					UPDATE bid_member SET contact_name = NULL, contact_email = NULL WHERE id IN (SELECT id FROM gone)""")
			.param("before", before)
			.update();
	}

}
