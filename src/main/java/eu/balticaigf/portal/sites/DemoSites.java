package eu.balticaigf.portal.sites;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six candidate sites named in public reports, with illustrative values (made up
 * unless a source says otherwise, and marked so on every page), and the demo assessment,
 * so that the comparison is alive on a fresh start. Created once.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoSites implements ApplicationRunner {

	static final String ASSESSMENT = "demo";

	static final String BY = "demo";

	static final String ILLUSTRATIVE = "Illustrative demo value, not a measurement";

	static final String REPORTED = "Public reports cited in issue 18: 26 MW today, 77 MW planned";

	/**
	 * Values in the catalogue's order (see V28); null where the demo leaves one missing.
	 */
	private static final List<String> CODES = List.of("grid-capacity", "time-to-power", "renewable-share", "ppa", "pue",
			"wue", "free-cooling", "water", "land", "room-to-expand", "electricity-price", "hazard", "permit-readiness",
			"heat-reuse");

	record DemoSite(String slug, String name, String country, double latitude, double longitude, SiteStatus status,
			Double... values) {
	}

	static final List<DemoSite> SITES = List.of(
			new DemoSite("poznan", "Poznań", "PL", 52.4064, 16.9252, SiteStatus.SHORTLISTED, 120.0, 24.0, 35.0, 40.0,
					1.20, 0.3, 6500.0, 2000.0, 25.0, 200.0, 95.0, 2.0, 3.0, 10.0),
			new DemoSite("wroclaw", "Wrocław", "PL", 51.1079, 17.0385, SiteStatus.PROPOSED, 90.0, 30.0, 30.0, 20.0,
					1.25, 0.4, 6300.0, 1500.0, 18.0, 120.0, 98.0, 3.0, 2.0, 5.0),
			new DemoSite("warszawa", "Warszawa", "PL", 52.2297, 21.0122, SiteStatus.PROPOSED, 150.0, 36.0, 25.0, 60.0,
					1.30, 0.5, 6200.0, 3000.0, 12.0, 100.0, 102.0, 1.0, 1.0, 15.0),
			new DemoSite("krakow", "Kraków", "PL", 50.0647, 19.9450, SiteStatus.PROPOSED, 80.0, 28.0, 28.0, 25.0, 1.22,
					0.35, 6000.0, 1800.0, 15.0, 90.0, 97.0, 2.0, 2.0, 8.0),
			new DemoSite("skawina", "Skawina", "PL", 49.9750, 19.8280, SiteStatus.PROPOSED, 200.0, 18.0, 40.0, 80.0,
					1.18, null, 6000.0, 2500.0, 40.0, 300.0, 92.0, 3.0, null, 12.0),
			new DemoSite("praha-zbraslav", "Praha-Zbraslav", "CZ", 49.9750, 14.3930, SiteStatus.PROPOSED, 26.0, 12.0,
					45.0, 10.0, 1.25, 0.3, 6100.0, 1200.0, 8.0, 77.0, 110.0, 2.0, 2.0, 6.0));

	/** The demo assessment's weights: power and its price first, then readiness. */
	static final Map<String, Double> WEIGHTS = weights();

	private static Map<String, Double> weights() {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("grid-capacity", 0.20);
		weights.put("time-to-power", 0.10);
		weights.put("renewable-share", 0.15);
		weights.put("pue", 0.10);
		weights.put("land", 0.05);
		weights.put("latency-vilnius", 0.05);
		weights.put("latency-riga", 0.025);
		weights.put("latency-tallinn", 0.025);
		weights.put("electricity-price", 0.15);
		weights.put("hazard", 0.05);
		weights.put("permit-readiness", 0.10);
		return weights;
	}

	private final SiteRepository repository;

	private final Clock clock;

	DemoSites(SiteRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		for (DemoSite demo : SITES) {
			if (repository.siteExists(demo.slug())) {
				continue;
			}
			long id = repository.insertSite(demo.slug(), demo.name(), null, demo.country(), demo.latitude(),
					demo.longitude(), demo.status(), true);
			for (int j = 0; j < CODES.size(); j++) {
				Double value = demo.values()[j];
				if (value != null) {
					String code = CODES.get(j);
					boolean reported = demo.slug().equals("praha-zbraslav")
							&& (code.equals("grid-capacity") || code.equals("room-to-expand"));
					repository.putValue(id,
							new SiteValue(code, value, reported ? REPORTED : ILLUSTRATIVE, null, BY, now));
				}
			}
		}
		if (!repository.assessmentExists(ASSESSMENT)) {
			repository.insertAssessment(ASSESSMENT, "Demo assessment (illustrative values)", BY, now);
			repository.putWeights(ASSESSMENT, WEIGHTS, BY, now);
		}
	}

}
