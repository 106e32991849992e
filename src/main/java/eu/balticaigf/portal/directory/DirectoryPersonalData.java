package eu.balticaigf.portal.directory;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the directory keeps about a person beyond their colleague address and sign-in
 * links ({@link ColleaguePersonalData}, {@link SignInLinkPersonalData}): the colleagues
 * they added, their requests for a link, and the listing choices they made. The
 * organisation's listing itself is the organisation's, not the person's: it stays after
 * an erasure (until someone signed in for it, or its application, withdraws the consent).
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

}
