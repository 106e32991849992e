package eu.balticaigf.portal.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.ApplicationSummary;
import eu.balticaigf.portal.application.ApplicationSummary.Cell;
import eu.balticaigf.portal.application.ApplicationSummary.Largest;
import eu.balticaigf.portal.call.Call;

/**
 * Builds figures by hand for unit tests: each {@code add} is a number of identical
 * applications.
 */
class Cells {

	static final Instant NOW = Instant.parse("2025-08-11T10:00:00Z");

	private final List<Cell> cells = new ArrayList<>();

	private final List<ApplicationSummary.Day> days = new ArrayList<>();

	private final List<Long> investments = new ArrayList<>();

	private final List<Long> computeDemands = new ArrayList<>();

	private Instant now = NOW;

	Cells add(int applications, String status, String category, String country, String size, long investmentEach,
			long computeEach) {
		Cell cell = new Cell(ApplicationStatus.valueOf(status), category, country, size, applications,
				investmentEach > 0 ? applications : 0, investmentEach * applications,
				computeEach > 0 ? applications : 0, computeEach * applications);
		cells.add(cell);
		if (cell.active()) {
			for (int i = 0; i < applications; i++) {
				investments.add(investmentEach);
				computeDemands.add(computeEach);
			}
		}
		return this;
	}

	Cells day(String date, long applications) {
		days.add(new ApplicationSummary.Day(LocalDate.parse(date), applications));
		return this;
	}

	/** When the figures are read ("today" for the dashboard's timeline). */
	Cells at(Instant now) {
		this.now = now;
		return this;
	}

	Figures figures() {
		return new Figures(cells, days, largest(investments), largest(computeDemands), now);
	}

	private static Largest largest(List<Long> amounts) {
		return Largest.of(amounts.stream().sorted(Comparator.reverseOrder()).limit(2).toList());
	}

	/** The 2025 call's targets: EUR 3 bn, 65 % private, 100,000 GPUs. */
	static Call call2025() {
		return new Call(1, "baltic-aigf-2025", Map.of("en", "Call"), Instant.parse("2025-07-27T21:00:00Z"),
				Instant.parse("2025-08-10T20:59:59Z"), ZoneId.of("Europe/Vilnius"), 3_000_000_000L, 65, 100_000, null,
				false);
	}

}
