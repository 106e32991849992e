package eu.balticaigf.portal.application;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferencesTests {

	@Test
	void referencesAreShortUnambiguousAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String reference = References.next();
			assertThat(reference).matches("BAI-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}");
			assertThat(References.looksLikeOne(reference)).isTrue();
			seen.add(reference);
		}
		assertThat(seen).hasSize(10_000);
		assertThat(References.looksLikeOne("BAI-0000-0000")).isFalse();
	}

}
