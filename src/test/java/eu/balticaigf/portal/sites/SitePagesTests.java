package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

@PortalTest
class SitePagesTests extends PortalIntegrationTest {

	@Autowired
	SiteRepository repository;

	/** An assessment of its own, so that changing weights leaves the demo's alone. */
	private String assessment() {
		String id = "pages-" + UUID.randomUUID().toString().substring(0, 8);
		repository.insertAssessment(id, "Page test", "test", Instant.now());
		repository.putWeights(id, DemoSites.WEIGHTS, "test", Instant.now());
		return id;
	}

	@Test
	void theRankingSaysInWordsWhichSitesAreOutAndWhatIsMissing() {
		Page page = signedIn(Role.VIEWER).open("/staff/sites/assessments/demo");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.textOf("#illustrative")).contains("illustrative");
		assertThat(page.textOf("#out [data-site=praha-zbraslav]"))
			.contains("Grid capacity available is 26 MW, below the limit of 50 MW.");
		assertThat(page.textOf("#ranking [data-site=skawina]")).contains("No value for Permit readiness")
			.contains("Not computed: a value is missing");
		assertThat(page.textOf("#ranking")).contains("Estimated from distance with a route factor of 1.5");
		assertThat(page.document().select("#ranking tbody tr")).hasSize(5);
		assertThat(page.document().select("#odds tbody tr")).hasSize(5);
		assertThat(page.textOf("#odds")).contains("10,000 random weightings");
		assertThat(page.document().select("#swaps tbody tr")).hasSize(4);
	}

	@Test
	void sitesSideBySideShowValuesWithTheirSourcesAndSayWhatIsMissing() {
		Page page = signedIn(Role.VIEWER)
			.open("/staff/sites/assessments/demo/compare?site=skawina&site=praha-zbraslav");

		assertThat(page.document().select("#comparison thead th")).extracting(e -> e.text())
			.containsExactly("Criterion", "Weight", "Skawina", "Praha-Zbraslav");
		assertThat(page.textOf("#comparison [data-criterion=permit-readiness]")).contains("No value");
		assertThat(page.textOf("#comparison [data-criterion=grid-capacity]")).contains("26 MW")
			.contains("Source: Public reports cited in issue 18");
		assertThat(page.textOf("#comparison [data-criterion=latency-vilnius]"))
			.contains("an estimate from the distance");
	}

	@Test
	void weightsEnteredDirectlyChangeTheRankingAndAWrongOneIsSaidNextToItsField() {
		String id = assessment();
		Visitor reviewer = signedIn(Role.REVIEWER);

		Page refused = reviewer.open("/staff/sites/assessments/" + id + "/weights")
			.form("form[action$='/weights']")
			.fill("weight-grid-capacity", "lots")
			.submit();
		assertThat(refused.errorFor("weight-grid-capacity"))
			.contains("Enter the weight of Grid capacity available as a number of zero or more");
		assertThat(repository.assessment(id).orElseThrow().weights()).isEqualTo(DemoSites.WEIGHTS);

		var form = reviewer.open("/staff/sites/assessments/" + id + "/weights").form("form[action$='/weights']");
		for (String code : DemoSites.WEIGHTS.keySet()) {
			form.fill("weight-" + code, "");
		}
		Page saved = form.fill("weight-electricity-price", "3").fill("weight-land", "1").submit().followed();
		assertThat(saved.textOf("#saved")).contains("The weights are saved.");
		assertThat(saved.document().select("#weights tbody tr")).extracting(e -> e.text())
			.containsExactly("Land 25%", "Electricity price 75%");
		// Skawina has the cheapest power in the demo.
		assertThat(saved.document().select("#ranking tbody tr").first().attr("data-site")).isEqualTo("skawina");
	}

	@Test
	void pairwiseComparisonsThatContradictEachOtherAreRefusedNamingThePair() {
		String id = assessment();
		repository.putWeights(id, Map.of("grid-capacity", 1.0, "renewable-share", 1.0, "electricity-price", 1.0),
				"test", Instant.now());
		Visitor reviewer = signedIn(Role.REVIEWER);

		// Grid over renewables, renewables over price, yet price far over grid.
		Page refused = reviewer.open("/staff/sites/assessments/" + id + "/weights")
			.form("form[action$='/pairwise']")
			.choose("pair-0-1", "9")
			.choose("pair-1-2", "9")
			.choose("pair-0-2", "1/9")
			.submit();
		assertThat(refused.errorSummary()).hasSize(1);
		assertThat(refused.document().select(".govuk-form-group--error select").attr("name")).startsWith("pair-");
		assertThat(refused.errorSummary().get(0)).contains("contradict each other too much");
		assertThat(repository.assessment(id).orElseThrow().weights()).containsEntry("grid-capacity", 1.0);

		// The matrix: 0.637, 0.258, 0.105.
		Page derived = reviewer.open("/staff/sites/assessments/" + id + "/weights")
			.form("form[action$='/pairwise']")
			.choose("pair-0-1", "3")
			.choose("pair-0-2", "5")
			.choose("pair-1-2", "3")
			.submit()
			.followed();
		assertThat(derived.textOf("#saved")).contains("the consistency ratio is 0.033");
		assertThat(derived.document().select("#weights tbody tr")).extracting(e -> e.text())
			.containsExactly("Grid capacity available 63.7%", "Renewable share 25.8%", "Electricity price 10.5%");
	}

	@Test
	void aFrozenVersionKeepsWeightsValuesAndResultsWithWhoAndWhenAndADoubleClickMakesNoSecond() throws Exception {
		String id = assessment();
		StaffSignInSupport.Account account = StaffSignInSupport.create(context, Role.REVIEWER);
		Visitor reviewer = Visitor.at(port).speaking("en");
		reviewer.signIn(account);

		Page first = reviewer.open("/staff/sites/assessments/" + id)
			.form("form[action$='/freeze']")
			.submit()
			.followed();
		assertThat(first.textOf("#saved")).contains("Frozen as version 1.");
		assertThat(first.document().select("#versions tbody tr")).hasSize(1);
		Page again = reviewer.open("/staff/sites/assessments/" + id)
			.form("form[action$='/freeze']")
			.submit()
			.followed();
		assertThat(again.textOf("#saved")).contains("Nothing has changed since version 1");
		assertThat(again.document().select("#versions tbody tr")).hasSize(1);

		var weights = reviewer.open("/staff/sites/assessments/" + id + "/weights").form("form[action$='/weights']");
		weights.fill("weight-land", "30").submit();
		Page second = reviewer.open("/staff/sites/assessments/" + id)
			.form("form[action$='/freeze']")
			.submit()
			.followed();
		assertThat(second.textOf("#saved")).contains("Frozen as version 2.");
		assertThat(second.textOf("#versions [data-version=2]")).contains("Test Reviewer");

		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'site-assessment.frozen' AND target_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/sites/assessments/" + id + "/versions/1")
			.header("Authorization", SitesApiTests.TOKEN))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.assessment.weights.land")
				.value(org.hamcrest.Matchers.closeTo(0.05, 1e-9), Double.class))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.values.poznan.grid-capacity.source")
				.value("Illustrative demo value, not a measurement"));
	}

	@Test
	void aViewerReadsButIsNotOfferedWhatOnlyReviewersDo() {
		Visitor viewer = signedIn(Role.VIEWER);

		assertThat(viewer.open("/staff/sites/assessments/demo").has("form[action$='/freeze']")).isFalse();
		assertThat(viewer.open("/staff/sites/assessments/demo/weights").textOf("#read-only"))
			.contains("Only reviewers and admins change the weights");
	}

}
