package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.util.UUID;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.TestSubmissions;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications on a call of the test's own: tests share one database, so each works on a
 * call nobody else touches and never assumes empty tables. The applications are stored
 * through the application module ({@link TestSubmissions}); the call is inserted as a
 * row, since the call module offers no way to create one yet.
 */
class TestApplications {

	static final Instant OPENS = Instant.parse("2025-07-27T21:00:00Z");

	static final Instant CLOSES = Instant.parse("2025-08-10T20:59:59Z");

	private final TestSubmissions submissions;

	final String slug;

	final long callId;

	TestApplications(ApplicationContext context) {
		this.submissions = new TestSubmissions(context);
		this.slug = "insights-" + UUID.randomUUID().toString().substring(0, 12);
		this.callId = context.getBean(JdbcClient.class)
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
			submissions.submit(callId, ApplicationStatus.valueOf(status), category, country, size, investmentEur,
					computeGpuHours, submittedAt);
		}
		return this;
	}

}
