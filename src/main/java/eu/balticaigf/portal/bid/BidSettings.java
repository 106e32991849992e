package eu.balticaigf.portal.bid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The eligibility rules' thresholds: settings, since the tender text is not public yet.
 *
 * @param minYears the least years a commitment must run (the consortium agreement's term)
 * @param minProcessors the processors a gigafactory must exceed
 * @param europeanCapitalBp the share of members' capital that must come from
 * majority-European-owned members, in basis points (5000: more than half)
 */
@ConfigurationProperties("portal.bid")
record BidSettings(@DefaultValue("5") int minYears, @DefaultValue("100000") long minProcessors,
		@DefaultValue("5000") int europeanCapitalBp) {
}
