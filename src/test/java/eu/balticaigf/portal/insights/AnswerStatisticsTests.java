package eu.balticaigf.portal.insights;

import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.application.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 §2: the answers to a call's choice questions are counted in the public
 * statistics with the same small-cell protection as the fixed breakdowns; the
 * applications that gave no answer are a cell of their own, so no count can be worked out
 * from the total.
 */
class AnswerStatisticsTests {

	@Test
	void smallCountsOfAnAnswerAreHiddenAndTheRestAddUpToTheTotal() {
		Figures figures = new Cells().add(40, "SUBMITTED", "STARTUP", "LT", "SMALL", 1_000_000, 100).figures();
		PublicStatistics statistics = PublicStatistics.of(Cells.call2025(), figures,
				Map.of("site", List.of("OWN", "PARTNER", "NONE")),
				Map.of("site", new Applications.AnswerCount(Map.of("OWN", 20L, "PARTNER", 2L, "NONE", 10L), 32)));

		Map<String, Object> site = statistics.byAnswer().get("site");
		assertThat(site).containsEntry("PARTNER", "<5").containsKey(PublicStatistics.UNANSWERED);
		assertThat(site.values()).noneMatch(value -> Long.valueOf(2).equals(value));
	}

}
