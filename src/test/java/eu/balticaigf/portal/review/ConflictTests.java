package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The declaration of a conflict of interest and the balancing choice, without a database.
 * Which applications a declaration covers is the application module's search
 * (ApplicationSearchTests).
 */
class ConflictTests {

	private static Conflict declared(String name, String code) {
		return Conflict.declare("reviewer@ministry.test", name, code, Instant.EPOCH);
	}

	@Test
	void aDeclarationIsKeptAsTyped() {
		Conflict conflict = declared("  UAB „Paieška“ ", " lt-123 456");
		assertThat(conflict.organisationName()).isEqualTo("UAB „Paieška“");
		assertThat(conflict.registryCode()).isEqualTo("lt-123 456");
		assertThat(conflict.namesSomething()).isTrue();
	}

	@Test
	void aDeclarationOfOnlyPunctuationDeclaresNothing() {
		Conflict conflict = declared(" ,. ", "--");
		assertThat(conflict.organisationName()).isNull();
		assertThat(conflict.registryCode()).isNull();
		assertThat(conflict.namesSomething()).isFalse();
		assertThat(declared(null, "12").namesSomething()).isTrue();
	}

	@Test
	void balancingPicksTheLeastLoadedReviewerWithoutAConflict() {
		Map<String, Long> load = Map.of("a@ministry.test", 3L, "b@ministry.test", 1L, "c@ministry.test", 1L);
		assertThat(Assignments.leastLoaded(load, email -> false)).contains("b@ministry.test");
		assertThat(Assignments.leastLoaded(load, Set.of("b@ministry.test")::contains)).contains("c@ministry.test");
		assertThat(Assignments.leastLoaded(load, email -> true)).isEmpty();
	}

}
