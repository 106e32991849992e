package eu.balticaigf.portal.insights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param utilisation the share of the year the planned GPUs are expected to be busy:
 * planned capacity in GPU-hours per year is planned GPUs × 8,760 h × utilisation
 * @param minSmeShare the composition check passes when at least this share of active
 * applicants are SMEs
 * @param maxSingleInvestorShare the composition check passes when no single applicant
 * states more than this share of the indicative private investment
 */
@ConfigurationProperties("portal.insights")
record InsightsSettings(@DefaultValue("0.7") double utilisation, @DefaultValue("0.3") double minSmeShare,
		@DefaultValue("0.25") double maxSingleInvestorShare) {
}
