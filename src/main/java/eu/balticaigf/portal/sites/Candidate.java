package eu.balticaigf.portal.sites;

import java.util.Map;

/**
 * A site as the scoring sees it: its values by criterion code. A criterion without a
 * value is missing, which is not the same as zero.
 */
record Candidate(String id, Map<String, Double> values) {

	Candidate {
		java.util.Objects.requireNonNull(id);
		values = Map.copyOf(values);
	}

	Double value(String criterion) {
		return values.get(criterion);
	}

}
