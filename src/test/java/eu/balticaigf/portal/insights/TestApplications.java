package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows straight into the intake module's table, on a call of the test's own: tests share
 * one database, so each works on a call nobody else touches and never assumes empty
 * tables.
 */
class TestApplications {

	static final Instant OPENS = Instant.parse("2025-07-27T21:00:00Z");

	static final Instant CLOSES = Instant.parse("2025-08-10T20:59:59Z");

	private final JdbcClient jdbc;

	final String slug;

	final long callId;

	TestApplications(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.slug = "insights-" + UUID.randomUUID().toString().substring(0, 12);
		this.callId = jdbc
			.sql("""
					INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
					                  budget_eur, private_share_pct, planned_gpus)
					VALUES (:slug, 'Bandymas', 'Test call', 'Test', 'Tests', 'Test', :opens, :closes, 'Europe/Vilnius',
					        3000000000, 65, 100000)
					RETURNING id""")
			.param("slug", slug)
			.param("opens", java.sql.Timestamp.from(OPENS))
			.param("closes", java.sql.Timestamp.from(CLOSES))
			.query(Long.class)
			.single();
	}

	TestApplications add(int count, String status, String category, String country, String size, Long investmentEur,
			Long computeGpuHours, Instant submittedAt) {
		for (int i = 0; i < count; i++) {
			String unique = UUID.randomUUID().toString();
			jdbc.sql(
					"""
							INSERT INTO application (reference, call_id, status, organisation_name, country, registry_code,
							    registry_code_normalised, category, organisation_size, contribution_areas, investment_intent_eur,
							    compute_demand_gpu_hours, description, consent_privacy_version, consent_privacy_at, language,
							    access_token_hash, submitted_at, updated_at)
							VALUES (:reference, :call, :status, :name, :country, :code, :code, :category, :size,
							    ARRAY['RESEARCH'], :investment, :compute, 'Test application', 'v1', :at, 'en', :token, :at, :at)""")
				.param("reference", "T-" + unique.substring(0, 18))
				.param("call", callId)
				.param("status", status)
				.param("name", "Secret Organisation " + unique)
				.param("country", country)
				.param("code", unique.replace("-", "").toUpperCase())
				.param("category", category)
				.param("size", size)
				.param("investment", investmentEur)
				.param("compute", computeGpuHours)
				.param("at", java.sql.Timestamp.from(submittedAt))
				.param("token", unique)
				.update();
		}
		return this;
	}

}
