package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SiteCsvTests {

	static final Set<String> CRITERIA = Set.of("grid-capacity", "pue", "renewable-share", "time-to-power");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void readsCommaAndSemicolonFilesWithADecimalPointOrCommaAndAByteOrderMark() {
		SiteCsv.Reading comma = SiteCsv.read("""
				\uFEFFslug,name,country,status,source,measured_on,grid-capacity,pue
				north,North,pl,proposed,Offer,2026-01-15,120,"1,2"
				""", CRITERIA, TODAY);
		SiteCsv.Reading semicolon = SiteCsv.read("""
				slug;name;country;status;source;measured_on;grid-capacity;pue
				north;North;PL;PROPOSED;Offer;2026-01-15;120;1,2
				""", CRITERIA, TODAY);

		for (SiteCsv.Reading reading : List.of(comma, semicolon)) {
			assertThat(reading.problems()).isEmpty();
			SiteCsv.Row row = reading.rows().get(0);
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.details().country()).isEqualTo("PL");
			assertThat(row.details().status()).isEqualTo(SiteStatus.PROPOSED);
			assertThat(row.values())
				.isEqualTo(Map.of("grid-capacity", new SiteRegister.Evidence(120, "Offer", LocalDate.of(2026, 1, 15)),
						"pue", new SiteRegister.Evidence(1.2, "Offer", LocalDate.of(2026, 1, 15))));
		}
	}

	@Test
	void saysWhatIsWrongByRowAndColumnAndGivesNoRowsThen() {
		SiteCsv.Reading reading = SiteCsv.read("""
				slug,name,country,status,source,grid-capacity,latitude,longitude
				good,Good,PL,PROPOSED,Offer,120,,
				bad-number,Bad,PL,PROPOSED,Offer,lots,,
				Bad Slug,Bad,Poland,MAYBE,,10,54.3,
				good,Again,PL,PROPOSED,Offer,,,
				short,Short
				""", CRITERIA, TODAY);

		assertThat(reading.rows()).isEmpty();
		assertThat(reading.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.code())
			.containsExactly("3 grid-capacity sites.error.value", "4 slug sites.error.slug",
					"4 country sites.import.error.country", "4 longitude sites.error.coordinates",
					"4 status sites.import.error.status", "4 source sites.error.source",
					"5 slug sites.import.error.slugTwice", "6 null sites.import.error.cells");
	}

	@Test
	void refusesAHeaderWithUnknownRepeatedOrMissingColumns() {
		SiteCsv.Reading reading = SiteCsv.read("slug,name,grid_mw,name,status\nx,X,1,X,PROPOSED\n", CRITERIA, TODAY);

		assertThat(reading.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.code())
			.containsExactly("1 grid_mw sites.import.error.column", "1 name sites.import.error.columnTwice",
					"1 country sites.import.error.columnMissing");
		assertThat(SiteCsv.read("", CRITERIA, TODAY).problems()).extracting(SiteCsv.Problem::code)
			.containsExactly("sites.import.error.empty");
		assertThat(SiteCsv.read("slug,name\n\"unclosed,x\n", CRITERIA, TODAY).problems())
			.extracting(SiteCsv.Problem::code)
			.containsExactly("sites.import.error.unreadable");
	}

	@Test
	void theSampleFileReadsBackWithoutProblems() {
		List<SiteCriterion> catalogue = CRITERIA.stream()
			.sorted()
			.map(code -> new SiteCriterion(code, 0, Map.of("en", code), "MW", Criterion.Direction.MORE_IS_BETTER, null,
					null, null))
			.toList();

		SiteCsv.Reading reading = SiteCsv.read(new String(SiteCsv.sample(catalogue), StandardCharsets.UTF_8), CRITERIA,
				TODAY);

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.rows()).extracting(SiteCsv.Row::slug).containsExactly("example-north", "example-south");
		assertThat(reading.rows().get(0).values()).containsKeys("grid-capacity", "pue");
	}

}
