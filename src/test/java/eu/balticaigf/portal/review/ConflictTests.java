package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The conflict-of-interest rules and the balancing choice, without a database. */
class ConflictTests {

	private static Conflict declared(String name, String code) {
		return Conflict.declare("reviewer@ministry.test", name, code, Instant.EPOCH);
	}

	@Test
	void aRegistryCodeMatchesWhateverItsSpacingPunctuationAndCase() {
		Conflict conflict = declared(null, "lt-123 456");
		assertThat(conflict.registryCode()).isEqualTo("LT123456");
		assertThat(conflict.covers("Anything", "LT123456")).isTrue();
		assertThat(conflict.covers("Anything", "lt 123-456")).isTrue();
		assertThat(conflict.covers("Anything", "LT1234567")).isFalse();
		assertThat(conflict.covers("Anything", null)).isFalse();
	}

	@Test
	void anOrganisationNameMatchesAsAWholeIgnoringCaseSpacingAndPunctuation() {
		Conflict conflict = declared("UAB „Paieška“", null);
		assertThat(conflict.covers("uab  paieška", "X1")).isTrue();
		assertThat(conflict.covers("UAB Paieška,", "X1")).isTrue();
		assertThat(conflict.covers("Paieška", "X1")).isFalse();
		assertThat(conflict.covers("UAB Paieška Plius", "X1")).isFalse();
		assertThat(conflict.covers(null, "X1")).isFalse();
	}

	@Test
	void eitherTheNameOrTheCodeIsEnough() {
		Conflict conflict = declared("Acme Sp. z o.o.", "PL-555");
		assertThat(conflict.covers("Acme Sp. z o.o.", "OTHER")).isTrue();
		assertThat(conflict.covers("Other name", "PL555")).isTrue();
		assertThat(conflict.covers("Other name", "OTHER")).isFalse();
	}

	@Test
	void aDeclarationOfOnlyPunctuationDeclaresNothing() {
		Conflict conflict = declared(" ,. ", "--");
		assertThat(conflict.organisationName()).isNull();
		assertThat(conflict.registryCode()).isNull();
		assertThat(conflict.covers("", "")).isFalse();
	}

	@Test
	void balancingPicksTheLeastLoadedReviewerWithoutAConflict() {
		Map<String, Long> load = Map.of("a@ministry.test", 3L, "b@ministry.test", 1L, "c@ministry.test", 1L);
		assertThat(Assignments.leastLoaded(load, email -> false)).contains("b@ministry.test");
		assertThat(Assignments.leastLoaded(load, Set.of("b@ministry.test")::contains)).contains("c@ministry.test");
		assertThat(Assignments.leastLoaded(load, email -> true)).isEmpty();
	}

}
