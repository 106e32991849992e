package eu.balticaigf.portal.directory;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataRows;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the directory keeps about a person beyond their colleague address and sign-in
 * links ({@link ColleaguePersonalData}, {@link SignInLinkPersonalData}): the colleagues
 * they added, their requests for a link, the listing choices they made, and the
 * introductions they asked for or answered. The organisation's listing itself is the
 * organisation's, not the person's: it stays after an erasure (until someone signed in
 * for it, or its application, withdraws the consent).
 */
final class DirectoryPersonalData {

	private DirectoryPersonalData() {
	}

	/**
	 * Who added a colleague: the adder's address is theirs, the colleague's is not (so
	 * the export says when and for which organisation, not whom). Erasure replaces the
	 * adder by the pseudonym the audit log uses ({@link DataSubjects#pseudonym}); the
	 * colleague stays, as the organisation's.
	 */
	@Component
	static class ColleaguesAdded extends PersonalDataRows {

		ColleaguesAdded(JdbcClient jdbc) {
			super(jdbc, "directoryColleaguesAdded", new Statements(DataSubjects::normalise, """
					SELECT organisation_key AS organisation, added_at AS "addedAt", confirmed_at AS "confirmedAt"
					FROM directory_colleague WHERE added_by = ? ORDER BY added_at""", """
					UPDATE directory_colleague
					SET added_by = 'erased-' || left(encode(sha256(convert_to(added_by, 'UTF8')), 'hex'), 12)
					WHERE added_by = ?"""));
		}

	}

	/**
	 * Requests for a sign-in link, kept by the address's hash to count them (and the
	 * address itself only until handled); gone with the links ({@link SignIns#purgeOld}).
	 */
	@Component
	static class SignInRequests extends PersonalDataRows {

		SignInRequests(JdbcClient jdbc) {
			super(jdbc, "directorySignInRequests", new Statements(DataSubjects::hash, """
					SELECT requested_at AS "requestedAt", outcome FROM directory_sign_in_request
					WHERE address_hash = ? ORDER BY id""",
					"DELETE FROM directory_sign_in_request WHERE address_hash = ?"));
		}

	}

	/**
	 * Who last chose, in the directory, whether an organisation is listed (the address's
	 * hash). Erasure forgets who; the choice stays, as the organisation's.
	 */
	@Component
	static class Listings extends PersonalDataRows {

		Listings(JdbcClient jdbc) {
			super(jdbc, "directoryListings", new Statements(DataSubjects::hash, """
					SELECT key AS organisation, listed, updated_at AS "chosenAt" FROM directory_organisation
					WHERE listed_by = ? ORDER BY key""",
					"UPDATE directory_organisation SET listed_by = NULL WHERE listed_by = ?"));
		}

	}

	/**
	 * Requests for an introduction the person made that still wait for an answer: erasure
	 * withdraws them (the card's owner no longer sees them).
	 */
	@Component
	static class OpenIntroductionRequests extends PersonalDataRows {

		OpenIntroductionRequests(JdbcClient jdbc) {
			super(jdbc, "directoryIntroductionRequests", new Statements(DataSubjects::normalise, """
					SELECT owner_key AS "cardOf", card_type AS "cardType", card_role AS "cardRole", message,
					    asked_at AS "askedAt", expires_at AS "expiresAt"
					FROM directory_introduction WHERE asker_email = ? AND state = 'PENDING' ORDER BY asked_at""",
					"DELETE FROM directory_introduction WHERE asker_email = ? AND state = 'PENDING'"));
		}

	}

	/**
	 * Introductions the person asked for (once answered or expired) or answered for a
	 * card's owner. The asker's side reads a decline as closed, as their pages do.
	 * Erasure anonymises them (the address, and the message of the one who asked): the
	 * counts staff see stay. Retention does the same to requests declined or expired
	 * longer ago than e-mails are kept, and to accepted introductions after the
	 * applications' period (the follow-up question needs the addresses a while).
	 */
	@Component
	static class IntroductionsMade extends PersonalDataRows {

		IntroductionsMade(JdbcClient jdbc) {
			super(jdbc, "directoryIntroductions", new Statements(DataSubjects::normalise,
					"""
							WITH who AS (SELECT CAST(? AS text) AS email)
							SELECT CASE WHEN i.asker_email = who.email THEN 'asked' ELSE 'answered' END AS side,
							    CASE WHEN i.asker_email = who.email THEN i.owner_key ELSE i.asker_key END AS "otherOrganisation",
							    i.card_type AS "cardType", i.card_role AS "cardRole",
							    CASE WHEN i.asker_email = who.email THEN i.message END AS message,
							    CASE WHEN i.asker_email = who.email AND i.state IN ('DECLINED', 'EXPIRED') THEN 'CLOSED'
							         ELSE i.state END AS state,
							    i.asked_at AS "askedAt", i.closed_at AS "closedAt",
							    CASE WHEN i.asker_email = who.email THEN i.asker_outcome ELSE i.owner_outcome END AS outcome
							FROM directory_introduction i, who
							WHERE (i.asker_email = who.email AND i.state <> 'PENDING') OR i.answerer_email = who.email
							ORDER BY i.asked_at""",
					"""
							WITH who AS (SELECT CAST(? AS text) AS email)
							UPDATE directory_introduction i SET
							    message = CASE WHEN i.asker_email = who.email THEN NULL ELSE i.message END,
							    asker_email = CASE WHEN i.asker_email = who.email THEN NULL ELSE i.asker_email END,
							    answerer_email = CASE WHEN i.answerer_email = who.email THEN NULL ELSE i.answerer_email END
							FROM who
							WHERE (i.asker_email = who.email AND i.state <> 'PENDING') OR i.answerer_email = who.email"""));
		}

		@Override
		public int purgeExpired(Instant now, PrivacySettings settings) {
			return jdbc.sql("""
					UPDATE directory_introduction SET message = NULL, asker_email = NULL, answerer_email = NULL
					WHERE (asker_email IS NOT NULL OR answerer_email IS NOT NULL OR message IS NOT NULL)
					  AND ((state IN ('DECLINED', 'EXPIRED') AND closed_at < :closed)
					    OR (state = 'ACCEPTED' AND closed_at < :accepted))""")
				.param("closed", Timestamp.from(now.minus(Duration.ofDays(settings.emailRetentionDays()))))
				.param("accepted", Timestamp.from(now.minus(Duration.ofDays(settings.applicationRetentionDays()))))
				.update();
		}

	}

}
