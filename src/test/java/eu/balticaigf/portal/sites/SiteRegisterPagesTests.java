package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * Admins keep the sites, their values and the criteria catalogue; others read. The sites
 * made here are withdrawn, so that the demo assessment other tests read stays as it is.
 */
@PortalTest
class SiteRegisterPagesTests extends PortalIntegrationTest {

	@Autowired
	SiteRepository repository;

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long audited(String action, String target) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?")
			.params(action, target)
			.query(Long.class)
			.single();
	}

	@Test
	void anAdminAddsASiteAndWrongAnswersAreSaidNextToTheirFieldsWithNothingStored() {
		Visitor admin = signedIn(Role.ADMIN);
		String slug = unique("gdansk");

		Page refused = admin.open("/staff/sites")
			.click("sites-link")
			.click("add-site")
			.form("form[action$='/sites/new']")
			.fill("slug", slug)
			.fill("name", "Gdańsk Port")
			.fill("latitude", "154.35")
			.fill("longitude", "")
			.choose("status", "WITHDRAWN")
			.submit();
		assertThat(refused.errorFor("country")).contains("Choose the country");
		assertThat(refused.errorFor("latitude")).contains("Enter the latitude in decimal degrees, from -90 to 90");
		assertThat(refused.document().select("#name").val()).isEqualTo("Gdańsk Port");
		assertThat(repository.siteExists(slug)).isFalse();

		Page halfCoordinates = refused.form("form[action$='/sites/new']")
			.choose("country", "PL")
			.fill("latitude", "54.35")
			.submit();
		assertThat(halfCoordinates.errorFor("longitude")).contains("Enter both the latitude and the longitude");
		assertThat(repository.siteExists(slug)).isFalse();

		Page added = halfCoordinates.form("form[action$='/sites/new']")
			.fill("longitude", "18.65")
			.fill("operator", "Port of Gdańsk")
			.submit()
			.followed();
		assertThat(added.textOf("#saved")).contains("The site Gdańsk Port is added.");
		assertThat(added.textOf("#details")).contains("Port of Gdańsk").contains("Poland").contains("54.35, 18.65");
		assertThat(added.textOf("#status")).isEqualTo("Withdrawn");
		assertThat(audited("site.added", slug)).isEqualTo(1);

		Page taken = admin.open("/staff/sites/sites/new")
			.form("form[action$='/sites/new']")
			.fill("slug", slug)
			.fill("name", "Again")
			.choose("country", "PL")
			.choose("status", "WITHDRAWN")
			.submit();
		assertThat(taken.errorFor("slug")).contains("A site with this short name already exists");
		assertThat(repository.site(slug).orElseThrow().name()).isEqualTo("Gdańsk Port");
	}

	@Test
	void aValueIsEnteredWithItsSourceAndDateAndShowsWhoEnteredItAndAMeasuredLatencyReplacesTheEstimate() {
		String slug = unique("zbraslav");
		repository.insertSite(slug, "Zbraslav East", null, "CZ", 49.97, 14.39, SiteStatus.WITHDRAWN, false);
		Visitor admin = signedIn(Role.ADMIN);

		Page site = admin.open("/staff/sites/sites/" + slug);
		assertThat(site.textOf("#values [data-criterion=grid-capacity]")).contains("No value");
		assertThat(site.byId("values").selectFirst("[data-criterion=latency-riga]").attr("data-estimate"))
			.isEqualTo("true");
		assertThat(site.textOf("#values [data-criterion=latency-riga]"))
			.contains("an estimate from the distance, with a route factor of 1.5");

		Page refused = admin.open("/staff/sites/sites/" + slug + "/values/grid-capacity")
			.form("form[action*='/values/']")
			.fill("value", "twenty")
			.fill("source", "")
			.fill("measuredOn", "31/03/2026")
			.submit();
		assertThat(refused.errorFor("value")).contains("Enter the value as a number");
		assertThat(refused.errorFor("source")).contains("Enter the source");
		assertThat(refused.errorFor("measuredOn")).contains("Enter the date as year-month-day");
		assertThat(repository.values(repository.site(slug).orElseThrow().id())).isEmpty();

		Page saved = refused.form("form[action*='/values/']")
			.fill("value", "1 250,5")
			.fill("source", "ČEPS connection study, 2026")
			.fill("measuredOn", "2026-03-31")
			.submit()
			.followed();
		assertThat(saved.textOf("#saved")).contains("The value of Grid capacity available is saved.");
		assertThat(saved.textOf("#values [data-criterion=grid-capacity]")).contains("1,250.5 MW")
			.contains("ČEPS connection study, 2026")
			.contains("31 March 2026")
			.contains("Test Admin");

		Page measured = admin.open("/staff/sites/sites/" + slug + "/values/latency-riga")
			.form("form[action*='/values/']")
			.fill("value", "19")
			.fill("source", "Ping from Riga IX, median of 100")
			.submit()
			.followed();
		assertThat(measured.byId("values").selectFirst("[data-criterion=latency-riga]").attr("data-estimate"))
			.isEqualTo("false");
		assertThat(measured.textOf("#values [data-criterion=latency-riga]")).contains("19 ms")
			.contains("Ping from Riga IX");
		assertThat(audited("site.value-entered", slug)).isEqualTo(2);

		Page removed = admin.open("/staff/sites/sites/" + slug + "/values/latency-riga")
			.form("form[action*='/values/']")
			.submit("#remove-value")
			.followed();
		assertThat(removed.byId("values").selectFirst("[data-criterion=latency-riga]").attr("data-estimate"))
			.isEqualTo("true");
		assertThat(audited("site.value-removed", slug)).isEqualTo(1);
	}

	@Test
	void aChangeOfAValueAfterAFreezeMakesTheNextFreezeANewVersion() {
		String slug = unique("skawina-b");
		long id = repository.insertSite(slug, "Skawina B", null, "PL", 49.97, 19.83, SiteStatus.PROPOSED, false);
		repository.putValue(id, new SiteValue("grid-capacity", 100, "Study", null, "test", Instant.now()));
		String assessment = unique("freeze");
		repository.insertAssessment(assessment, "Freeze after a change", "test", Instant.now());
		repository.putWeights(assessment, DemoSites.WEIGHTS, "test", Instant.now());
		Visitor admin = signedIn(Role.ADMIN);
		try {
			Page first = admin.open("/staff/sites/assessments/" + assessment)
				.form("form[action$='/freeze']")
				.submit()
				.followed();
			assertThat(first.textOf("#saved")).contains("Frozen as version 1.");

			admin.open("/staff/sites/sites/" + slug + "/values/grid-capacity")
				.form("form[action*='/values/']")
				.fill("value", "140")
				.submit();
			Page second = admin.open("/staff/sites/assessments/" + assessment)
				.form("form[action$='/freeze']")
				.submit()
				.followed();
			assertThat(second.textOf("#saved")).contains("Frozen as version 2.");
		}
		finally {
			repository.updateSite(id,
					new SiteRegister.Details("Skawina B", null, null, "PL", 49.97, 19.83, SiteStatus.WITHDRAWN));
		}
	}

	@Test
	void anAdminChangesACriterionAndAddsOneWithLabelsInEveryLanguage() {
		Visitor admin = signedIn(Role.ADMIN);
		String code = unique("fibre-routes");

		Page refused = admin.open("/staff/sites/criteria")
			.click("add-criterion")
			.form("form[action$='/criteria/new']")
			.fill("code", code)
			.fill("labelEn", "Diverse fibre routes")
			.choose("unit", "STAGE")
			.fill("limit", "two")
			.submit();
		assertThat(refused.errorFor("labelLt")).contains("Enter the label in Lithuanian");
		assertThat(refused.errorFor("direction")).contains("Choose whether more or less is better");
		assertThat(refused.errorFor("limit")).contains("Enter the hard limit as a number, or leave it empty");
		assertThat(repository.criterion(code)).isEmpty();

		Page added = refused.form("form[action$='/criteria/new']")
			.fill("labelLt", "Skirtingos šviesolaidžio trasos")
			.fill("labelPl", "Niezależne trasy światłowodowe")
			.fill("labelLv", "Neatkarīgas optiskās šķiedras trases")
			.fill("labelEt", "Sõltumatud valguskaabli trassid")
			.choose("direction", "MORE_IS_BETTER")
			.fill("limit", "")
			.submit()
			.followed();
		assertThat(added.textOf("#saved")).contains("The criterion Diverse fibre routes is added.");
		assertThat(added.textOf("#criteria [data-criterion=" + code + "]")).contains("More is better");
		Visitor lithuanian = Visitor.at(port).speaking("lt");
		lithuanian.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		assertThat(lithuanian.open("/staff/sites/criteria").textOf("#criteria [data-criterion=" + code + "]"))
			.contains("Skirtingos šviesolaidžio trasos");
		assertThat(audited("site-criterion.added", code)).isEqualTo(1);

		Page changed = admin.open("/staff/sites/criteria/" + code + "/edit")
			.form("form[action$='/edit']")
			.fill("hubLatitude", "54.35")
			.submit();
		assertThat(changed.errorFor("hubLongitude")).contains("Enter both the latitude and the longitude");
		Page saved = changed.form("form[action$='/edit']")
			.fill("hubLatitude", "")
			.fill("limit", "1")
			.submit()
			.followed();
		assertThat(saved.textOf("#criteria [data-criterion=" + code + "]")).contains("1 (stage, 0 none to 4 granted)");
		assertThat(repository.criterion(code).orElseThrow().limit()).isEqualTo(1.0);
		// A hard limit counts in every assessment: taken off again, so the demo's stays
		// as it was.
		admin.open("/staff/sites/criteria/" + code + "/edit").form("form[action$='/edit']").fill("limit", "").submit();
		assertThat(repository.criterion(code).orElseThrow().limit()).isNull();
	}

	@Test
	void aViewerReadsSitesAndCriteriaButIsNotOfferedChangesNorLetIn() {
		Visitor viewer = signedIn(Role.VIEWER);

		Page site = viewer.open("/staff/sites/sites/poznan");
		assertThat(site.textOf("#values [data-criterion=grid-capacity]")).contains("120 MW")
			.contains("Illustrative demo value");
		assertThat(site.has("#edit-site")).isFalse();
		assertThat(site.has("#values a")).isFalse();
		assertThat(viewer.open("/staff/sites/criteria").has("#add-criterion")).isFalse();
		assertThat(viewer.open("/staff/sites/sites/poznan/values/grid-capacity").status()).isEqualTo(403);
	}

}
