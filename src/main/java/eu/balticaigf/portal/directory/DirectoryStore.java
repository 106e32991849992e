package eu.balticaigf.portal.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's own rows about organisations: profiles, listing choices, colleagues.
 */
@Repository
class DirectoryStore {

	/**
	 * What an organisation said here; {@code listed} null: as its application answered;
	 * otherwise chosen here when the application answered {@code applicationConsent}.
	 */
	record Profile(String key, String profile, String website, Boolean listed, Boolean applicationConsent) {

		static Profile none(String key) {
			return new Profile(key, "", null, null, null);
		}

		/**
		 * Whether the organisation is listed, given its application's answer now: the
		 * later choice wins, and a changed application answer is later than the choice
		 * made here.
		 */
		boolean listed(boolean applicationAnswer) {
			if (listed == null || (applicationConsent != null && applicationConsent != applicationAnswer)) {
				return applicationAnswer;
			}
			return listed;
		}

	}

	/** A colleague's address, confirmed or still waiting for its link. */
	record Colleague(String email, boolean confirmed) {
	}

	private static final String PROFILE = "key, profile, website, listed, application_consent";

	private final JdbcClient jdbc;

	DirectoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Profile> profiles() {
		return jdbc.sql("SELECT " + PROFILE + " FROM directory_organisation")
			.query(DirectoryStore::mapProfile)
			.list()
			.stream()
			.collect(Collectors.toMap(Profile::key, Function.identity()));
	}

	Profile profile(String key) {
		return jdbc.sql("SELECT " + PROFILE + " FROM directory_organisation WHERE key = ?")
			.param(key)
			.query(DirectoryStore::mapProfile)
			.optional()
			.orElse(Profile.none(key));
	}

	void saveProfile(String key, String profile, String website, Instant now) {
		jdbc.sql("""
				INSERT INTO directory_organisation (key, profile, website, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET profile = EXCLUDED.profile, website = EXCLUDED.website,
				    updated_at = EXCLUDED.updated_at""").params(key, profile, website, Timestamp.from(now)).update();
	}

	void setListed(String key, boolean listed, boolean applicationConsent, String by, Instant now) {
		jdbc.sql("""
				INSERT INTO directory_organisation (key, listed, application_consent, listed_by, updated_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET listed = EXCLUDED.listed,
				    application_consent = EXCLUDED.application_consent, listed_by = EXCLUDED.listed_by,
				    updated_at = EXCLUDED.updated_at""")
			.params(key, listed, applicationConsent, by, Timestamp.from(now))
			.update();
	}

	private static Profile mapProfile(ResultSet rs, int n) throws SQLException {
		return new Profile(rs.getString("key"), rs.getString("profile"), rs.getString("website"),
				rs.getObject("listed", Boolean.class), rs.getObject("application_consent", Boolean.class));
	}

	/** A listed organisation with a profile, unless it has a row already (demo data). */
	void seed(String key, String profile, Instant now) {
		jdbc.sql("""
				INSERT INTO directory_organisation (key, profile, listed, application_consent, listed_by, updated_at)
				VALUES (?, ?, true, false, 'demo', ?) ON CONFLICT DO NOTHING""")
			.params(key, profile, Timestamp.from(now))
			.update();
	}

	/**
	 * Keys of the organisations that chose here to be listed (their application may
	 * differ).
	 */
	List<String> listedHere() {
		return jdbc.sql("SELECT key FROM directory_organisation WHERE listed").query(String.class).list();
	}

	// Colleagues

	List<Colleague> colleagues(String key) {
		return jdbc
			.sql("SELECT email, confirmed_at IS NOT NULL AS confirmed FROM directory_colleague"
					+ " WHERE organisation_key = ? ORDER BY added_at")
			.param(key)
			.query((rs, n) -> new Colleague(rs.getString("email"), rs.getBoolean("confirmed")))
			.list();
	}

	/** Organisations this confirmed colleague's address speaks for. */
	List<String> organisationsOfColleague(String normalisedEmail) {
		return jdbc.sql("SELECT organisation_key FROM directory_colleague WHERE email = ? AND confirmed_at IS NOT NULL")
			.param(normalisedEmail)
			.query(String.class)
			.list();
	}

	/** False when the address is a colleague already. */
	boolean addColleague(String key, String normalisedEmail, String tokenHash, String by, Instant now) {
		jdbc.sql("INSERT INTO directory_organisation (key, updated_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(key, Timestamp.from(now))
			.update();
		return jdbc.sql("""
				INSERT INTO directory_colleague (organisation_key, email, token_hash, added_by, added_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(key, normalisedEmail, tokenHash, by, Timestamp.from(now))
			.update() == 1;
	}

	/** The organisation a colleague's confirmation link is for, confirming it. */
	Optional<String> confirmColleague(String tokenHash, Instant now) {
		return jdbc.sql("""
				UPDATE directory_colleague SET confirmed_at = ?, token_hash = NULL WHERE token_hash = ?
				RETURNING organisation_key""").params(Timestamp.from(now), tokenHash).query(String.class).optional();
	}

	Optional<String> colleagueInvitation(String tokenHash) {
		return jdbc.sql("SELECT organisation_key FROM directory_colleague WHERE token_hash = ?")
			.param(tokenHash)
			.query(String.class)
			.optional();
	}

	boolean removeColleague(String key, String normalisedEmail) {
		return jdbc.sql("DELETE FROM directory_colleague WHERE organisation_key = ? AND email = ?")
			.params(key, normalisedEmail)
			.update() == 1;
	}

}
