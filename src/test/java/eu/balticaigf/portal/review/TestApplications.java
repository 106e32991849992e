package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts submitted applications straight into the table, with unique organisations, for
 * review tests (and for RouteAccessTests, which needs a real reference on every route
 * that names one).
 */
public final class TestApplications {

	private TestApplications() {
	}

	public record Created(long id, String reference, String email, String registryCode) {
	}

	/**
	 * What the review queue filters and sorts on. {@link #typical()} is what
	 * {@link #insert(JdbcClient, String, String)} stores; each {@code with…} changes one
	 * thing. A null {@code submittedAt} means now.
	 */
	public record Profile(String call, String stage, String country, String category, String size, List<String> areas,
			Long investmentIntentEur, Instant submittedAt) {

		public static Profile typical() {
			return new Profile("baltic-aigf-2025", "SUBMITTED", "LT", "TECHNOLOGY_PROVIDER", "SMALL",
					List.of("COMPUTE_HARDWARE"), 250000L, null);
		}

		public Profile withCall(String call) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

		public Profile withStage(String stage) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

		public Profile withCountry(String country) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

		public Profile withCategory(String category) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

		public Profile withSize(String size) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

		public Profile withAreas(String... areas) {
			return new Profile(call, stage, country, category, size, List.of(areas), investmentIntentEur, submittedAt);
		}

		public Profile withInvestmentIntentEur(Long investmentIntentEur) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

		public Profile withSubmittedAt(Instant submittedAt) {
			return new Profile(call, stage, country, category, size, areas, investmentIntentEur, submittedAt);
		}

	}

	/**
	 * An enabled staff account (with a password nobody knows), so that it counts as a
	 * reviewer for assignment.
	 */
	static String staff(JdbcClient jdbc, String role) {
		String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ministry.test";
		jdbc.sql("INSERT INTO staff_account (email, display_name, password_hash, role) VALUES (?, ?, '!', ?)")
			.params(email, "Test " + role.charAt(0) + role.substring(1).toLowerCase(), role)
			.update();
		return email;
	}

	/**
	 * A reference in the real format (BAI-XXXX-XXXX), so that the applicant's
	 * private-link pages accept it.
	 */
	private static String reference() {
		String letters = "23456789ABCDEFGHJKMNPQRSTWXYZ";
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		StringBuilder reference = new StringBuilder("BAI-");
		for (int i = 0; i < 8; i++) {
			reference.append(i == 4 ? "-" : "").append(letters.charAt(random.nextInt(letters.length())));
		}
		return reference.toString();
	}

	public static Created insert(JdbcClient jdbc, String language, String organisationName) {
		return insert(jdbc, language, organisationName, Profile.typical());
	}

	public static Created insert(JdbcClient jdbc, String language, String organisationName, Profile profile) {
		String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		String reference = reference();
		String email = "review-" + unique.toLowerCase() + "@applicant.test";
		String code = "R" + unique;
		Instant now = Instant.now();
		Instant submitted = profile.submittedAt() == null ? now : profile.submittedAt();
		long callId = jdbc.sql("SELECT id FROM call WHERE slug = ?").param(profile.call()).query(Long.class).single();
		long id = jdbc.sql("""
				INSERT INTO application (reference, call_id, status, organisation_name, country, registry_code,
				    registry_code_normalised, category, organisation_size, contact_name, contact_email,
				    contribution_areas, investment_intent_eur, compute_demand_gpu_hours, description,
				    consent_privacy_version, consent_privacy_at, language, access_token_hash, submitted_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Ona Test', ?, ?, ?, 1000, 'We build models.', '1', ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(reference, callId, profile.stage(), organisationName + " " + unique, profile.country(), code, code,
					profile.category(), profile.size(), email, profile.areas().toArray(String[]::new),
					profile.investmentIntentEur(), Timestamp.from(submitted), language, "hash-" + UUID.randomUUID(),
					Timestamp.from(submitted), Timestamp.from(now))
			.query(Long.class)
			.single();
		return new Created(id, reference, email, code);
	}

	/**
	 * A second call, copied from the seeded one under a new slug, for tests that tell
	 * calls apart.
	 */
	static String newCall(JdbcClient jdbc) {
		return jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
					    budget_eur, private_share_pct, planned_gpus)
					SELECT 'queue-' || substr(md5(random()::text), 1, 8), title_lt, title_en, title_pl, title_lv, title_et,
					       opens_at, closes_at, time_zone, budget_eur, private_share_pct, planned_gpus
					FROM call WHERE slug = 'baltic-aigf-2025' RETURNING slug""")
			.query(String.class)
			.single();
	}

}
