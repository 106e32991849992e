package eu.balticaigf.portal.directory;

import java.time.Clock;
import java.util.List;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo call's sample organisations chose to be listed, each with a short profile, so
 * that the directory has something to show on a fresh start. Idempotent: an organisation
 * that has a row already (perhaps changed since) is left alone.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoDirectory implements ApplicationRunner {

	static final List<String> PROFILES = List.of(
			"GPU cloud and colocation in Vilnius; we run 2 MW today and plan 20 MW of liquid-cooled racks.",
			"A technical university with an HPC centre, AI research groups and courses for engineers.",
			"A start-up building Latvian and Baltic language datasets and small language models.",
			"Renewable power and heat recovery for data centres; two sites in Estonia with grid connections.",
			"An investor in digital infrastructure across the Nordics and the Baltics.");

	private final Applications applications;

	private final DirectoryStore store;

	private final Clock clock;

	DemoDirectory(Applications applications, DirectoryStore store, Clock clock) {
		this.applications = applications;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<StoredApplication> samples = applications.demoSamples();
		for (int i = 0; i < samples.size() && i < PROFILES.size(); i++) {
			StoredApplication sample = samples.get(i);
			String key = OrganisationKeys.application(sample.data().country(), sample.data().registryCodeNormalised());
			store.seed(key, PROFILES.get(i), clock.instant());
		}
	}

}
