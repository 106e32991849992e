package eu.balticaigf.portal.directory;

import java.time.Duration;
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
 * Two introductions between the demo organisations, after the demo cards: one accepted
 * (the Estonian power producer and the Vilnius data centre that needs power) and one
 * waiting for an answer (the language-data start-up asking for GPU servers), so that the
 * introductions pages and the staff view have something to show on a fresh start.
 * Idempotent: an introduction between the same card and asker is not made twice.
 */
@Component
@Order(32)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoIntroductions implements ApplicationRunner {

	/** Which demo card (its key in DemoCards), asked by which demo organisation. */
	private record Sample(String card, int asker, String message, boolean accepted, Duration ago) {
	}

	private static final List<Sample> SAMPLES = List.of(
			new Sample("demo-3", 3, "We can offer renewable power with a grid connection for your 20 MW from 2027.",
					true, Duration.ofDays(20)),
			new Sample("demo-1", 2, "We would like GPU capacity to train Baltic language models next year.", false,
					Duration.ofDays(2)));

	private final Applications applications;

	private final Introductions introductions;

	DemoIntroductions(Applications applications, Introductions introductions) {
		this.applications = applications;
		this.introductions = introductions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<StoredApplication> samples = applications.demoSamples();
		Instant now = introductions.now();
		for (Sample sample : SAMPLES) {
			if (sample.asker() < samples.size()) {
				StoredApplication asker = samples.get(sample.asker());
				introductions.seed(sample.card(),
						OrganisationKeys.application(asker.data().country(), asker.data().registryCodeNormalised()),
						asker.data().country(), asker.data().contactEmail(), asker.language(), sample.message(),
						sample.accepted(), now.minus(sample.ago()));
			}
		}
	}

}
