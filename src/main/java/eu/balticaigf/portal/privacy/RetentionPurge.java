package eu.balticaigf.portal.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.shared.OncePerPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases personal data past its retention period, once a day across all nodes. It logs
 * counts, never names.
 */
@Component
class RetentionPurge {

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	private final List<PersonalDataHolder> holders;

	private final PrivacySettings settings;

	private final OncePerPeriod once;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RetentionPurge(List<PersonalDataHolder> holders, PrivacySettings settings, OncePerPeriod once, Clock clock,
			TransactionTemplate transactions) {
		this.holders = holders;
		this.settings = settings;
		this.once = once;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${portal.privacy.purge-cron:0 30 3 * * *}", zone = "Europe/Vilnius")
	void daily() {
		if (once.claim("retention-purge", LocalDate.now(clock.withZone(ZoneId.of("Europe/Vilnius"))).toString())) {
			purge();
		}
	}

	Map<String, Integer> purge() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (PersonalDataHolder holder : holders) {
			// One transaction per holder: each module's purge is whole, and one failing
			// does not hold back the others.
			try {
				counts.put(holder.section(),
						transactions.execute(status -> holder.purgeExpired(clock.instant(), settings)));
			}
			catch (RuntimeException ex) {
				log.error("Retention purge failed in {}; the other sections went ahead", holder.section(), ex);
			}
		}
		log.info("Retention purge erased personal data in {}", counts);
		return counts;
	}

}
