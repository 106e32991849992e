package eu.balticaigf.portal.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.privacy.PrivacySettings;
import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A few sample applications on the demo call, so that the back office and the statistics
 * have something to show. Idempotent: each sample has a fixed draft id, and the unique
 * draft_id refuses it a second time. Their private links are random and never shown:
 * nobody can change them.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoApplications implements ApplicationRunner {

	private static final String DESCRIPTION = "A sample application of the demonstration call, so that the portal "
			+ "has something to show. It is not a real organisation.";

	/**
	 * A sample application and the language its contact reads, in which the portal writes
	 * to them (English where the portal does not speak theirs); {@code own} are its
	 * answers to the demo call's own questions.
	 */
	record Sample(String language, ValidApplication answers, Map<String, Object> own) {

		Sample(String language, ValidApplication answers) {
			this(language, answers, Map.of());
		}

	}

	static final List<Sample> SAMPLES = List.of(
			new Sample("lt",
					new ValidApplication("UAB „Šiaurės skaičiavimai“ (pavyzdys)", "LT", "302222221", "302222221", null,
							null, "https://example.lt", "CLOUD_COMPUTE_PROVIDER", "MEDIUM", "Rūta Žemaitienė",
							"ruta@example.lt", "+37061234567", List.of("COMPUTE_HARDWARE", "CLOUD_SERVICES"),
							25_000_000L, 400_000L, DESCRIPTION, true, false),
					// Offers a site of its own, so that the register's offers page has
					// one
					Map.of("siteOffer", "OWN_SITE", "siteGridMw", new BigDecimal("40"))),
			new Sample("pl",
					new ValidApplication("Politechnika Przykładowa (przykład)", "PL", "5260250274", "5260250274",
							"PL5260250274", "999999999", null, "UNIVERSITY", "LARGE", "Łukasz Wiśniewski",
							"lukasz@example.pl", null, List.of("RESEARCH", "SKILLS_TRAINING", "USE_CASES"), null,
							1_200_000L, DESCRIPTION, true, false)),
			new Sample("lv",
					new ValidApplication("SIA Rīgas Dati (piemērs)", "LV", "40003521600", "40003521600",
							"LV40003521600", null, null, "STARTUP", "SMALL", "Jānis Bērziņš", "janis@example.lv", null,
							List.of("DATA", "AI_MODELS_SOFTWARE"), 500_000L, 50_000L, DESCRIPTION, true, false)),
			new Sample("et", new ValidApplication("Näidis Energia OÜ (näide)", "EE", "10060701", "10060701", null, null,
					null, "TECHNOLOGY_PROVIDER", "MEDIUM", "Mari Tamm", "mari@example.ee", null,
					List.of("ENERGY_COOLING", "DATA_CENTRE_SITE"), 80_000_000L, null, DESCRIPTION, true, false)),
			new Sample("en",
					new ValidApplication("Example Capital Partners (sample)", "FI", "1234567-8", "12345678", null, null,
							null, "INVESTOR", "SMALL", "Aino Virtanen", "aino@example.fi", null, List.of("INVESTMENT"),
							150_000_000L, null, DESCRIPTION, true, false)));

	private final Calls calls;

	private final ApplicationStore store;

	private final PrivacySettings privacy;

	private final Clock clock;

	DemoApplications(Calls calls, ApplicationStore store, PrivacySettings privacy, Clock clock) {
		this.calls = calls;
		this.store = store;
		this.privacy = privacy;
		this.clock = clock;
	}

	/** The fixed draft id of the {@code n}th sample (V27 names them too). */
	static UUID draftId(int n) {
		return UUID.nameUUIDFromBytes(("demo-application-" + n).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void run(ApplicationArguments args) {
		calls.find("demo").ifPresent(call -> {
			for (int i = 0; i < SAMPLES.size(); i++) {
				UUID draftId = draftId(i);
				if (store.byDraft(draftId).isPresent()) {
					continue;
				}
				Sample sample = SAMPLES.get(i);
				ValidApplication answers = sample.own().isEmpty() ? sample.answers()
						: sample.answers().answering(call.id(), call.formVersion(), sample.own());
				try {
					long id = store.insert(References.next(), call.id(), draftId, answers, privacy.noticeVersion(),
							sample.language(), SecureTokens.hash(SecureTokens.newToken()), clock.instant());
					store.recordVersion(id, 1, "SUBMITTED", "demo data", clock.instant(), List.of());
				}
				catch (DuplicateKeyException ex) {
					// Another node seeded it at the same moment.
				}
			}
		});
	}

}
