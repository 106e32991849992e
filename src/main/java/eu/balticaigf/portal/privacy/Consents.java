package eu.balticaigf.portal.privacy;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a consent with the privacy notice version in force, inside the caller's
 * transaction (the consent exists exactly when the application or registration it was
 * given for does). Only the address's SHA-256 is stored.
 */
@Service
public class Consents {

	public enum Purpose {

		APPLICATION_PROCESSING, PARTNER_DIRECTORY, MEETING_REGISTRATION

	}

	private final JdbcClient jdbc;

	private final PrivacySettings settings;

	private final Clock clock;

	Consents(JdbcClient jdbc, PrivacySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The version of the privacy notice a consent given now refers to. */
	public String noticeVersion() {
		return settings.noticeVersion();
	}

	/**
	 * @param sourceReference what the consent was given for, e.g.
	 * {@code application:BAI-AB12-CD34}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String email, Purpose purpose, String sourceReference) {
		jdbc.sql("""
				INSERT INTO consent_record (subject_hash, purpose, notice_version, given_at, source_reference)
				VALUES (?, ?, ?, ?, ?)""")
			.params(DataSubjects.hash(email), purpose.name(), settings.noticeVersion(), Timestamp.from(clock.instant()),
					sourceReference)
			.update();
	}

}
