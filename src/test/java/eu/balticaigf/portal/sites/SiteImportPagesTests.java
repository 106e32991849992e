package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * Imports of withdrawn sites, so the demo assessment other tests read stays as it is. The
 * files give the status in lower case (accepted like upper case): a file shown back in
 * its field is text the person typed, and PageChecks would take an upper-case code in it
 * for one the page leaked.
 */
@PortalTest
class SiteImportPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SiteRepository repository;

	private Visitor admin(String language) {
		Visitor visitor = Visitor.at(port).speaking(language);
		visitor.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		return visitor;
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aFileWithWrongRowsIsRefusedRowByRowAndNothingIsStored() {
		String good = unique("good");
		String csv = String.join("\n", "slug,name,country,status,source,grid-capacity", //
				good + ",Good,PL,withdrawn,Offer,120", //
				unique("a") + ",Bad number,PL,withdrawn,Offer,lots", //
				unique("b") + ",Bad country,Poland,withdrawn,Offer,10", //
				unique("c") + ",No source,PL,withdrawn,,10");

		Page refused = admin("en").open("/staff/sites/sites")
			.click("import-link")
			.form("form[action$='/staff/sites/import']")
			.fill("csv", csv)
			.submit();

		assertThat(refused.errorFor("csv"))
			.contains("The file has 3 problems, so nothing was stored: correct them and check the file again");
		assertThat(refused.document().select("#problems li")).extracting(e -> e.text())
			.containsExactly("Row 3, column grid-capacity: Enter the value as a number, such as 120 or 1.25",
					"Row 4, column country: give the country as a two-letter code, such as PL",
					"Row 5, column source: Enter the source: a document, a link or a note");
		assertThat(refused.document().select("#csv").text()).contains("Bad number");
		assertThat(repository.siteExists(good)).isFalse();

		Page lithuanian = admin("lt").open("/staff/sites/import")
			.form("form[action$='/staff/sites/import']")
			.fill("csv", csv)
			.submit();
		assertThat(lithuanian.errorFor("csv")).contains("Faile yra 3 klaidos");
		assertThat(lithuanian.textOf("#problems")).contains("3 eilutė, stulpelis grid-capacity: Įveskite reikšmę");
	}

	@Test
	void aGoodFileIsPreviewedFirstThenStoredAddingOneSiteAndChangingAnother() {
		String existing = unique("existing");
		repository.insertSite(existing, "Old name", null, "PL", null, null, SiteStatus.WITHDRAWN, false);
		String added = unique("added");
		// As a spreadsheet set to Polish saves it: semicolons, decimal commas.
		String csv = String.join("\n", "slug;name;operator;country;latitude;longitude;status;source;measured_on;pue",
				added + ";Nowa;Operator SA;PL;52,1;21,0;withdrawn;Studium 2026;2026-02-01;1,18",
				existing + ";New name;;CZ;;;withdrawn;;;");
		Visitor admin = admin("en");

		Page preview = admin.open("/staff/sites/import")
			.form("form[action$='/staff/sites/import']")
			.fill("csv", csv)
			.submit();
		assertThat(preview.textOf("#preview-count")).contains("2 sites were read from the file without problems");
		assertThat(preview.textOf("#preview [data-site=" + added + "]")).contains("Added")
			.contains("Design PUE (power usage effectiveness): 1.18 (ratio)");
		assertThat(preview.textOf("#preview [data-site=" + existing + "]")).contains("Changed").contains("Czechia");
		assertThat(repository.siteExists(added)).isFalse();

		Page stored = preview.form("form[action$='/import/store']").submit().followed();
		assertThat(stored.textOf("#saved")).contains("2 sites and their values are stored from the file.");
		assertThat(repository.site(existing).orElseThrow().name()).isEqualTo("New name");
		Page site = admin.open("/staff/sites/sites/" + added);
		assertThat(site.textOf("#details")).contains("Operator SA").contains("52.1, 21");
		assertThat(site.textOf("#values [data-criterion=pue]")).contains("1.18")
			.contains("Studium 2026")
			.contains("1 February 2026")
			.contains("Test Admin");
	}

}
