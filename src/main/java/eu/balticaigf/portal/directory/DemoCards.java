package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A dozen approved cards among the demo organisations (those {@link DemoDirectory} lists)
 * and one waiting for moderation, so that the cards, their matches and the moderation
 * queue have something to show on a fresh start. Idempotent: each card has a fixed key,
 * and a card that exists already is left alone.
 */
@Component
@Order(31)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoCards implements ApplicationRunner {

	/**
	 * A demo card: which demo organisation (by its sample's position) and what it says.
	 */
	record Sample(int organisation, CardRules.Draft draft, Card.State state) {
	}

	static final List<Sample> SAMPLES = List.of(
			approved(0, "OFFER", "GPUS_HARDWARE", "512", "GPUS", List.of("LT", "LV"), "h100, liquid cooling",
					"GPU servers in our Vilnius hall, available for an AI factory's first phase."),
			approved(0, "OFFER", "OPERATIONS", null, null, List.of("LT"), "24/7, colocation",
					"A team that runs GPU clusters around the clock: monitoring, hands on site, security."),
			approved(0, "NEED", "POWER", "20", "MW", List.of("LT"), "renewable, grid connection",
					"Renewable power for 20 MW of liquid-cooled racks from 2027."),
			approved(0, "NEED", "EQUITY", "30000000", "EUR", List.of("LT"), "growth",
					"Equity to build the second hall of our data centre."),
			approved(1, "NEED", "COMPUTE_DEMAND", "2000000", "GPU_HOURS_PER_YEAR", List.of("LT"), "research, training",
					"GPU-hours for our AI research groups and students, every year from 2027."),
			approved(1, "OFFER", "RESEARCH", null, null, List.of("LT", "PL"), "machine learning, hpc",
					"Research partners for AI models, energy-efficient computing and benchmarks."),
			approved(1, "OFFER", "SKILLS", null, null, List.of("LT"), "courses, engineers",
					"Courses for engineers who will run and use the AI factory."),
			approved(2, "NEED", "COMPUTE_DEMAND", "500000", "GPU_HOURS_PER_YEAR", List.of("LV"),
					"language models, training", "GPU-hours to train Baltic language models."),
			approved(2, "OFFER", "DATA", null, null, List.of("LV", "LT", "EE"), "language data, baltic",
					"Curated Latvian, Lithuanian and Estonian text and speech datasets."),
			approved(3, "OFFER", "POWER", "40", "MW", List.of("EE"), "renewable, heat recovery",
					"Up to 40 MW of wind and solar power with a grid connection at two Estonian sites."),
			approved(3, "OFFER", "SITE", null, null, List.of("EE"), "grid connection, land",
					"Two sites ready for a data centre, with land, water and fibre nearby."),
			approved(4, "OFFER", "EQUITY", "50000000", "EUR", List.of("LT", "LV", "EE", "PL"), "infrastructure",
					"Equity for digital infrastructure in the Baltics and Poland."),
			new Sample(4, new CardRules.Draft("OFFER", "LOANS", List.of("infrastructure"), null, null, List.of("LT"),
					"Loans for data centre construction, alongside public funding."), Card.State.PENDING));

	private final Applications applications;

	private final CardStore store;

	private final Clock clock;

	DemoCards(Applications applications, CardStore store, Clock clock) {
		this.applications = applications;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<StoredApplication> samples = applications.demoSamples();
		Instant now = clock.instant();
		for (int i = 0; i < SAMPLES.size(); i++) {
			Sample sample = SAMPLES.get(i);
			if (sample.organisation() >= samples.size()) {
				continue;
			}
			StoredApplication owner = samples.get(sample.organisation());
			String key = OrganisationKeys.application(owner.data().country(), owner.data().registryCodeNormalised());
			store.seed(key, "demo-" + (i + 1), sample.draft(), sample.state(), owner.data().contactEmail(), now,
					now.plus(Cards.LIFETIME));
		}
	}

	private static Sample approved(int organisation, String type, String role, String quantity, String unit,
			List<String> countries, String tags, String text) {
		return new Sample(organisation,
				new CardRules.Draft(type, role, CardRules.tags(tags),
						quantity == null ? null : new BigDecimal(quantity), unit, countries, text),
				Card.State.APPROVED);
	}

}
