package eu.balticaigf.portal.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts submitted applications straight into the table, with unique organisations, for review tests (and for
 * RouteAccessTests, which needs a real reference on every route that names one).
 */
public final class TestApplications {

	private TestApplications() {
	}

	public record Created(long id, String reference, String email, String registryCode) {
	}

	/** An enabled staff account (with a password nobody knows), so that it counts as a reviewer for assignment. */
	static String staff(JdbcClient jdbc, String role) {
		String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ministry.test";
		jdbc.sql("INSERT INTO staff_account (email, display_name, password_hash, role) VALUES (?, ?, '!', ?)")
			.params(email, "Test " + role, role)
			.update();
		return email;
	}

	/** A reference in the real format (BAI-XXXX-XXXX), so that the applicant's private-link pages accept it. */
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
		String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		String reference = reference();
		String email = "review-" + unique.toLowerCase() + "@applicant.test";
		String code = "R" + unique;
		Instant now = Instant.now();
		long callId = jdbc.sql("SELECT id FROM call WHERE slug = 'baltic-aigf-2025'").query(Long.class).single();
		long id = jdbc.sql("""
				INSERT INTO application (reference, call_id, status, organisation_name, country, registry_code,
				    registry_code_normalised, category, organisation_size, contact_name, contact_email,
				    contribution_areas, investment_intent_eur, compute_demand_gpu_hours, description,
				    consent_privacy_version, consent_privacy_at, language, access_token_hash, submitted_at, updated_at)
				VALUES (?, ?, 'SUBMITTED', ?, 'LT', ?, ?, 'TECHNOLOGY_PROVIDER', 'SMALL', 'Ona Test', ?,
				    ARRAY['COMPUTE_HARDWARE'], 250000, 1000, 'We build models.', '1', ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(reference, callId, organisationName + " " + unique, code, code, email, Timestamp.from(now),
					language, "hash-" + UUID.randomUUID(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		return new Created(id, reference, email, code);
	}

}
