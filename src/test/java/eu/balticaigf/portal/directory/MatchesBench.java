package eu.balticaigf.portal.directory;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import eu.balticaigf.portal.BenchTiming;
import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's figure, run by {@code bench/matches.sh} (skipped in the suite): among 10,000
 * approved cards of 2,000 organisations, ranking the matches of one card (the candidate
 * cards read by the index, the two sides' other cards read for the two-way test, every
 * candidate scored and sorted) against one plain indexed SELECT of the same candidate
 * cards, in the same run on the same database. Each figure is the median of the runs
 * after a warm-up; the ratio is printed.
 */
@PortalTest
@EnabledIfSystemProperty(named = "directory.bench", matches = "true")
class MatchesBench extends PortalIntegrationTest {

	static final int CARDS = 10_000;

	static final int ORGANISATIONS = 2_000;

	@Autowired
	Matches matches;

	@Autowired
	CardStore store;

	@Test
	void measure() {
		int runs = Integer.getInteger("directory.bench.runs", 25);
		seed();
		Set<String> listed = IntStream.rangeClosed(1, ORGANISATIONS)
			.mapToObj(n -> "bench:" + n)
			.collect(Collectors.toSet());
		long subjectId = jdbc.sql("""
				SELECT id FROM directory_card WHERE form_key LIKE 'bench-%' AND type = 'NEED' AND role = 'POWER'
				AND quantity IS NOT NULL ORDER BY id LIMIT 1""").query(Long.class).single();
		Card subject = store.find(subjectId).orElseThrow();
		String[] roles = Matches.answering(subject.role()).toArray(String[]::new);
		// The same candidate cards, every column, by the same index: what any ranking
		// must
		// read at least.
		Supplier<Object> plain = () -> jdbc.sql("""
				SELECT id, organisation_key, type, role, tags, quantity, unit, countries, text, state, note,
				       owner_email, owner_language, updated_at, approved_at, expires_at
				FROM directory_card WHERE state = 'APPROVED' AND expires_at > now() AND type = 'OFFER'
				AND role = ANY(?::text[])""").param(roles).query((rs, n) -> {
			Object[] row = new Object[16];
			for (int i = 0; i < row.length; i++) {
				row[i] = rs.getObject(i + 1);
			}
			return row;
		}).list().size();
		Supplier<Object> ranked = () -> matches.of(subject, listed).size();
		int candidates = (Integer) plain.get();
		int found = (Integer) ranked.get();
		assertThat(found).isPositive().isLessThanOrEqualTo(candidates);
		double select = BenchTiming.medianMillis(plain, runs);
		double ranking = BenchTiming.medianMillis(ranked, runs);
		System.out.printf(
				"BENCH %,d approved cards of %,d organisations; one need for power; %,d candidate cards "
						+ "(%,d ranked, the card's own organisation left out); median of %d runs after warm-up%n",
				CARDS, ORGANISATIONS, candidates, found, runs);
		System.out.printf("BENCH plain indexed SELECT of the candidate cards %8.2f ms%n", select);
		System.out.printf("BENCH matches ranked (two-way, role, tags, quantity, countries) %8.2f ms  = %.2f x the "
				+ "plain SELECT%n", ranking, ranking / select);
	}

	/**
	 * 10,000 approved cards: five per organisation, offers and needs of every role, two
	 * of a dozen tags, a quantity in MW for power, and one to three of five countries.
	 */
	private void seed() {
		jdbc.sql(
				"""
						INSERT INTO directory_card (organisation_key, form_key, type, role, tags, quantity, unit, countries,
						    text, state, owner_email, owner_language, created_at, updated_at, approved_at, expires_at)
						SELECT 'bench:' || (1 + n % ?), 'bench-' || n,
						       CASE WHEN n % 2 = 0 THEN 'OFFER' ELSE 'NEED' END,
						       (ARRAY['SITE', 'POWER', 'COOLING', 'NETWORK', 'GPUS_HARDWARE', 'OPERATIONS', 'SOFTWARE', 'DATA',
						              'RESEARCH', 'SKILLS', 'EQUITY', 'LOANS', 'COMPUTE_DEMAND'])[1 + (n / 2) % 13],
						       ARRAY[(ARRAY['liquid cooling', 'h100', 'renewable', 'poland', 'baltic', 'edge', 'heat recovery',
						                    'grid', 'startup', 'research', 'training', 'inference'])[1 + n % 12],
						             (ARRAY['liquid cooling', 'h100', 'renewable', 'poland', 'baltic', 'edge', 'heat recovery',
						                    'grid', 'startup', 'research', 'training', 'inference'])[1 + (n / 7) % 12]],
						       CASE WHEN (n / 2) % 13 = 1 THEN 1 + n % 97 END, CASE WHEN (n / 2) % 13 = 1 THEN 'MW' END,
						       CASE n % 5 WHEN 0 THEN ARRAY['LT'] WHEN 1 THEN ARRAY['PL', 'LT'] WHEN 2 THEN ARRAY['LV', 'EE', 'LT']
						                WHEN 3 THEN ARRAY['EE'] ELSE ARRAY['PL'] END,
						       'Bench card ' || n, 'APPROVED', 'bench-' || n || '@example.test', 'en', now(), now(), now(),
						       now() + interval '90 days'
						FROM generate_series(1, ?) AS n""")
			.params(ORGANISATIONS, CARDS)
			.update();
		jdbc.sql("ANALYZE directory_card").update();
	}

}
