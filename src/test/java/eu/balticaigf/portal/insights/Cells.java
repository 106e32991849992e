package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.call.Call;

/**
 * Builds figures by hand for unit tests: each {@code add} is a number of identical
 * applications.
 */
class Cells {

	static final Instant NOW = Instant.parse("2025-08-11T10:00:00Z");

	private final List<Cell> cells = new ArrayList<>();

	private final List<Figures.Day> days = new ArrayList<>();

	private long largest;

	Cells add(int applications, String status, String category, String country, String size, long investmentEach,
			long computeEach) {
		cells.add(new Cell(status, category, country, size, applications, investmentEach > 0 ? applications : 0,
				investmentEach * applications, computeEach > 0 ? applications : 0, computeEach * applications));
		if (!Vocabulary.WITHDRAWN.equals(status) && !Vocabulary.DECLINED.equals(status)) {
			largest = Math.max(largest, investmentEach);
		}
		return this;
	}

	Cells day(String date, long applications) {
		days.add(new Figures.Day(java.time.LocalDate.parse(date), applications));
		return this;
	}

	Figures figures() {
		return new Figures(cells, days, largest, NOW);
	}

	/** The 2025 call's targets: EUR 3 bn, 65 % private, 100,000 GPUs. */
	static Call call2025() {
		return new Call(1, "baltic-aigf-2025", Map.of("en", "Call"), Instant.parse("2025-07-27T21:00:00Z"),
				Instant.parse("2025-08-10T20:59:59Z"), ZoneId.of("Europe/Vilnius"), 3_000_000_000L, 65, 100_000, null,
				false);
	}

}
