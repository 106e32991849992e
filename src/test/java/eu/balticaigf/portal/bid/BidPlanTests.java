package eu.balticaigf.portal.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo bid's plan and eligibility through the API (the Wave 2 contract) and the plan
 * page; leaving out Estonia and Latvia, the demo's example, changes exactly their members
 * and their members' money; the plan's figures are set through the page's form.
 */
@PortalTest
class BidPlanTests {

	static final String TOKEN = "Bearer " + PortalTest.API_TOKEN;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	BidStore store;

	private final ObjectMapper json = new ObjectMapper();

	private JsonNode bid(String query) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/bids/demo" + query).header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Euros as every page writes them (hard spaces between thousands). */
	private static String euros(long euros) {
		return eu.balticaigf.portal.shared.web.Formats.euros(euros, java.util.Locale.ENGLISH).replace('\u00a0', ' ');
	}

	@Test
	void theDemoBidAnswersTheContractInWholeEuros() throws Exception {
		JsonNode bid = bid("");
		assertThat(bid.path("members").path("count").asInt()).isGreaterThanOrEqualTo(9);
		assertThat(bid.path("members").path("byCountry").has("LT")).isTrue();
		assertThat(bid.path("members").path("byRole").path("COORDINATOR").asInt()).isGreaterThanOrEqualTo(1);
		JsonNode funding = bid.path("funding");
		assertThat(funding.path("capitalCostEur").asLong()).isEqualTo(3_000_000_000L);
		assertThat(funding.path("targets").path("eu").asLong()).isEqualTo(525_000_000L);
		assertThat(funding.path("targets").path("hostStates").asLong()).isEqualTo(525_000_000L);
		assertThat(funding.path("targets").path("private").asLong()).isEqualTo(1_950_000_000L);
		assertThat(funding.path("pledged").path("eu").asLong()).isEqualTo(525_000_000L);
		// LT 150 M + PL 300 M + CZ 50 M; Estonia and Latvia withdrew.
		assertThat(funding.path("pledged").path("hostStates").asLong()).isEqualTo(500_000_000L);
		assertThat(funding.path("gaps").path("hostStates").asLong()).isEqualTo(25_000_000L);
		assertThat(funding.path("gaps").path("private").asLong())
			.isEqualTo(1_950_000_000L - funding.path("pledged").path("private").asLong());
		assertThat(funding.path("runningCostEur").asLong()).isEqualTo(150_000_000L);
		assertThat(funding.path("countries")).extracting(c -> c.path("country").asString())
			.containsExactly("LT", "PL", "CZ");
		JsonNode rules = bid.path("eligibility");
		assertThat(rules).hasSize(7);
		assertThat(rules).extracting(r -> r.path("rule").asString() + "=" + r.path("verdict").asString())
			.contains("COORDINATOR_IN_EU=MET", "PROCESSORS=NOT_MET", "AGREEMENT_SIGNED=NOT_MET");
		assertThat(rules.get(5).path("evidence").asString()).isEqualTo("Processors committed: "
				+ String.format(java.util.Locale.UK, "%,d", funding.path("processors").asLong())
				+ "; more than 100,000 are needed.");
	}

	@Test
	void leavingOutEstoniaAndLatviaChangesExactlyTheirMembersAndTheirMoney() throws Exception {
		JsonNode all = bid("");
		JsonNode without = bid("?exclude=EE,LV");
		assertThat(without.path("excluded")).extracting(JsonNode::asString).containsExactly("EE", "LV");
		// Their two sample members, the Estonian in-kind EUR 40 M and the Latvian equity
		// EUR 5 M; everything else as it was.
		assertThat(without.path("members").path("count").asInt())
			.isEqualTo(all.path("members").path("count").asInt() - 2);
		assertThat(without.path("members").path("byCountry").has("EE")).isFalse();
		assertThat(without.path("members").path("byCountry").has("LV")).isFalse();
		JsonNode before = all.path("funding");
		JsonNode after = without.path("funding");
		assertThat(after.path("pledged").path("private").asLong())
			.isEqualTo(before.path("pledged").path("private").asLong() - 45_000_000L);
		assertThat(after.path("gaps").path("private").asLong())
			.isEqualTo(before.path("gaps").path("private").asLong() + 45_000_000L);
		for (String unchanged : List.of("targets", "countries", "capitalCostEur", "runningCostEur", "processors")) {
			assertThat(after.path(unchanged)).as(unchanged).isEqualTo(before.path(unchanged));
		}
		for (String source : List.of("eu", "hostStates")) {
			assertThat(after.path("pledged").path(source)).isEqualTo(before.path("pledged").path(source));
			assertThat(after.path("gaps").path(source)).isEqualTo(before.path("gaps").path(source));
		}
		mvc.perform(get("/api/v1/bids/demo?exclude=Estonia").header("Authorization", TOKEN))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/bids/no-such-bid").header("Authorization", TOKEN)).andExpect(status().isNotFound());
	}

	@Test
	void thePlanPageShowsTheFiguresAndRecomputesAScenario() {
		Visitor viewer = Visitor.at(port).speaking("en");
		viewer.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		Page plan = viewer.open("/staff/bids/demo/plan");
		assertThat(plan.textOf("#sources [data-source=hostStates]")).contains(euros(525_000_000L))
			.contains(euros(500_000_000L))
			.contains(euros(25_000_000L));
		assertThat(plan.textOf("#sources [data-source=eu]")).contains("Covered");
		// Poland pledged more than its share of the target: covered, not a negative gap.
		assertThat(plan.textOf("#countries tr[data-country=PL]")).contains("Covered").doesNotContain("-");
		assertThat(plan.byId("running").text()).contains(euros(150_000_000L));
		assertThat(plan.document().select("#rules tr[data-rule]")).hasSize(7);
		assertThat(plan.textOf("#rules [data-rule=COORDINATOR_IN_EU]")).contains("Met");
		assertThat(plan.has("#edit-plan")).isFalse();

		Page scenario = plan.form("#scenario-form").check("exclude", "EE").check("exclude", "LV").submit();
		assertThat(scenario.path()).contains("exclude=EE").contains("exclude=LV");
		assertThat(scenario.byId("scenario").text()).contains("leave out");
	}

	@Test
	void anAdminChangesThePlansFiguresWhichMustAddUp() {
		store.ensureBid("plan-form", "Plan form test", 0, 0, 0);
		Visitor admin = Visitor.at(port).speaking("en");
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		Page wrong = admin.open("/staff/bids/plan-form/plan/edit")
			.form("form[method=post]")
			.fill("capitalCost", "-3")
			.fill("euShare", "17,5")
			.fill("hostShare", "17.5")
			.fill("privateShare", "60")
			.submit();
		assertThat(wrong.errorFor("capitalCost")).isEqualTo("The amount cannot be negative");
		Page shares = wrong.form("form[method=post]").fill("capitalCost", "1 000 000,01").submit();
		assertThat(shares.errorFor("privateShare")).isEqualTo("The three shares must add up to 100 %");
		assertThat(store.bid("plan-form").orElseThrow().capitalCostCents()).isZero();

		Page saved = shares.form("form[method=post]").fill("privateShare", "65").submitAndFollow();
		assertThat(saved.byId("saved").text()).contains("The plan’s figures were saved.");
		Bid bid = store.bid("plan-form").orElseThrow();
		assertThat(Map.of("cost", bid.capitalCostCents(), "eu", bid.targetEuBp(), "private", bid.targetPrivateBp()))
			.isEqualTo(Map.of("cost", 100_000_001L, "eu", 1750, "private", 6500));
		// 17.5 % of EUR 1,000,000.01 is EUR 175,000.00175: the EU's target rounds to the
		// cent.
		assertThat(saved.textOf("#sources [data-source=eu]")).contains(euros(175_000L));
	}

}
