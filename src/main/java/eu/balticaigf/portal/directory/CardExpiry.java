package eu.balticaigf.portal.directory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes expired cards out of the directory and reminds owners a week before. Safe on
 * several nodes: each card is claimed by the UPDATE that changes it
 * ({@link Cards#expireAndRemind}).
 */
@Component
class CardExpiry {

	private final Cards cards;

	CardExpiry(Cards cards) {
		this.cards = cards;
	}

	@Scheduled(fixedDelayString = "${portal.directory.card-expiry-interval:10m}",
			initialDelayString = "${portal.directory.card-expiry-interval:10m}")
	void run() {
		cards.expireAndRemind();
	}

}
