package eu.balticaigf.portal.call;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15 §1: admins run calls in the back office, through the pages as served; the
 * public sees a call only once it is published.
 */
@PortalTest
class StaffCallPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Visitor admin() {
		Visitor admin = Visitor.at(port).speaking("en");
		admin.signIn(StaffSignInSupport.create(context, Role.ADMIN));
		return admin;
	}

	private static String slug() {
		return "call-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The new-call form with every required field filled in. */
	private static Form filled(Visitor admin, String slug) {
		Form form = admin.open("/staff/calls/new").form("#call-form").fill("slug", slug);
		for (String code : List.of("lt", "en", "pl", "lv", "et")) {
			form.fill("title[" + code + "]", "Binding commitments 2026 (" + code + ")");
		}
		return form.fill("opensAt", "2026-03-02T09:00")
			.fill("closesAt", "2026-03-31T17:00")
			.fill("zone", "Europe/Warsaw")
			.fill("budget", "2500000.50")
			.fill("privateShare", "17.5")
			.fill("plannedGpus", "0")
			.fill("contactEmail", "calls@ministry.example")
			.choose("countries[0].country", "LT")
			.choose("countries[1].country", "CZ")
			.fill("countries[1].joined", "2025-11-01");
	}

	@Test
	void aNewCallIsADraftOnlyStaffSeeUntilItIsPublished() throws Exception {
		Visitor admin = admin();
		String slug = slug();
		Form form = filled(admin, slug);
		for (String code : List.of("lt", "en", "pl", "lv", "et")) {
			form.fill("description[" + code + "]", "We ask for **binding** commitments.\n\n- compute\n- sites");
		}
		Page created = form.submitAndFollow();

		assertThat(created.path()).isEqualTo("/staff/calls/" + slug);
		assertThat(created.byId("notice").text()).contains("saved as a draft");
		assertThat(created.textOf("[data-state]")).isEqualTo("Draft");
		assertThat(created.byId("summary-budget").text()).isEqualTo("EUR 2 500 000.50");
		assertThat(created.byId("summary-share").text()).isEqualTo("17.5 %");
		assertThat(Visitor.at(port).get("/calls/" + slug).status()).isEqualTo(404);
		mvc.perform(get("/api/v1/calls/" + slug)).andExpect(status().isNotFound());

		Page published = created.form("#publish-form").submitAndFollow();

		assertThat(published.textOf("[data-state]")).isEqualTo("Published");
		Page call = Visitor.at(port).open("/calls/" + slug + "?lang=en");
		assertThat(call.heading()).isEqualTo("Binding commitments 2026 (en)");
		assertThat(call.byId("call-description").select("strong").text()).isEqualTo("binding");
		assertThat(call.byId("call-description").select("li").eachText()).containsExactly("compute", "sites");
		assertThat(call.byId("call-window").text()).contains("(Warsaw)");
		assertThat(call.byId("participating-countries").select("li").eachText()).containsExactly("Lithuania",
				"Czechia (joined in November 2025)");
		assertThat(call.byId("call-contact").text()).contains("calls@ministry.example");
		mvc.perform(get("/api/v1/calls/" + slug))
			.andExpect(jsonPath("$.budgetEur").value(2500000.5))
			.andExpect(jsonPath("$.privateSharePct").value(17.5))
			.andExpect(jsonPath("$.participatingCountries[1].joined").value("2025-11-01"));
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_type = 'call' AND target_id = ? ORDER BY id")
			.param(slug)
			.query(String.class)
			.list()).containsExactly("call.created", "call.published");
		archive(admin, slug);
	}

	/**
	 * Takes a test's published call off the public lists again, where other tests look.
	 */
	private static void archive(Visitor admin, String slug) {
		admin.open("/staff/calls/" + slug).form("#archive-form").submitAndFollow();
	}

	@Test
	void badInputIsNamedNextToItsFieldAndNothingIsStored() {
		Visitor admin = admin();
		long before = jdbc.sql("SELECT count(*) FROM call").query(Long.class).single();
		Page page = filled(admin, "demo").fill("closesAt", "2026-03-01T09:00")
			.fill("zone", "Mars/Olympus")
			.fill("budget", "-5")
			.fill("privateShare", "101")
			.fill("countries[1].left", "2025-10-01")
			.fill("links[0].url", "javascript:alert(1)")
			.fill("description[en]", "Only in English")
			.submit();

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.errorFor("zone")).isEqualTo("Enter a time zone such as Europe/Vilnius");
		assertThat(page.errorFor("budget")).startsWith("Enter the budget in euros");
		assertThat(page.errorFor("privateShare"))
			.isEqualTo("Enter a share between 0 and 100, with at most two decimals");
		assertThat(page.errorFor("countries-1-left"))
			.isEqualTo("The date it left must be on or after the date it joined");
		assertThat(page.errorFor("links-0-url")).isEqualTo("Enter an address that starts with https:// or http://");
		assertThat(page.errorFor("description-lt")).startsWith("Enter the description in this language too");
		assertThat(page.errorSummary()).contains("Enter a time zone such as Europe/Vilnius");
		// What was typed stays in the form.
		assertThat(page.form("#call-form").value("budget")).isEqualTo("-5");

		Page ordered = filled(admin, "demo").fill("closesAt", "2026-03-01T09:00").submit();
		assertThat(ordered.errorFor("closesAt")).isEqualTo("The call must close after it opens");
		assertThat(ordered.errorFor("slug")).isEqualTo("Another call already has this short name: choose another one");
		assertThat(jdbc.sql("SELECT count(*) FROM call").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aPublishedCallKeepsItsSlugAndItsChangesAreAuditedBeforeAndAfter() {
		Visitor admin = admin();
		String slug = slug();
		filled(admin, slug).submitAndFollow().form("#publish-form").submitAndFollow();

		Page refused = admin.open("/staff/calls/" + slug + "/edit")
			.form("#call-form")
			.fill("slug", slug + "-renamed")
			.submit();
		assertThat(refused.errorFor("slug"))
			.isEqualTo("The short name of a published call cannot change, because its address is already in use");

		Page saved = admin.open("/staff/calls/" + slug + "/edit")
			.form("#call-form")
			.fill("budget", "3000000")
			.choose("countries[2].country", "EE")
			.fill("countries[2].left", "2025-12-01")
			.submitAndFollow();
		assertThat(saved.errorSummary()).isEmpty();
		assertThat(saved.byId("notice").text()).contains("Your changes were saved.");
		assertThat(saved.byId("summary-budget").text()).isEqualTo("EUR 3 000 000");

		Map<String, Object> entry = jdbc.sql("""
				SELECT before_state ->> 'budgetEur' AS before_budget, after_state ->> 'budgetEur' AS after_budget,
				       jsonb_array_length(after_state -> 'participatingCountries') AS countries
				FROM audit_log WHERE action = 'call.changed' AND target_id = ?""").param(slug).query().singleRow();
		assertThat(entry).containsEntry("before_budget", "2500000.50")
			.containsEntry("after_budget", "3000000")
			.containsEntry("countries", 3);
		archive(admin, slug);
	}

	@Test
	void aCloneIsADraftWithWhatWasChosenAndSaysWhatWasCopied() {
		Visitor admin = admin();
		String slug = slug();
		Page copy = admin.open("/staff/calls/demo/clone")
			.form("#clone-form")
			.fill("slug", slug)
			.uncheck("copy", "FAQ_AND_LINKS")
			.submitAndFollow();

		assertThat(copy.path()).isEqualTo("/staff/calls/" + slug);
		assertThat(copy.textOf("[data-state]")).isEqualTo("Draft");
		assertThat(copy.byId("copied").select("li[data-part]").eachAttr("data-part")).containsExactly("TEXTS",
				"COUNTRIES", "CHOICES", "QUESTIONS");
		assertThat(copy.byId("participating-countries").select("li").eachAttr("data-country")).containsExactly("LT",
				"PL", "LV", "EE", "CZ");
		assertThat(copy.has("#call-links")).isFalse();

		Page taken = admin.open("/staff/calls/demo/clone").form("#clone-form").fill("slug", slug).submit();
		assertThat(taken.errorFor("slug")).isEqualTo("Another call already has this short name: choose another one");
	}

	@Test
	void archivingTakesACallOffTheHomePageButKeepsItsPage() {
		Visitor admin = admin();
		String slug = slug();
		filled(admin, slug).fill("opensAt", "2020-01-01T00:00")
			.fill("closesAt", "2099-01-01 00:00")
			.submitAndFollow()
			.form("#publish-form")
			.submitAndFollow();
		assertThat(Visitor.at(port).open("/").has("[data-call=" + slug + "]")).isTrue();

		Page archived = admin.open("/staff/calls/" + slug).form("#archive-form").submitAndFollow();

		assertThat(archived.textOf("[data-state]")).isEqualTo("Archived");
		assertThat(Visitor.at(port).open("/").has("[data-call=" + slug + "]")).isFalse();
		assertThat(Visitor.at(port).open("/calls/" + slug).status()).isEqualTo(200);
		assertThat(Visitor.at(port).open("/calls/" + slug + "/apply").has("form[method=post]")).isFalse();
	}

	@Test
	void viewersReadCallsWithoutTheButtonsToChangeThem() {
		Visitor viewer = Visitor.at(port).speaking("en");
		viewer.signIn(StaffSignInSupport.create(context, Role.VIEWER));

		Page list = viewer.open("/staff/calls");
		assertThat(list.byId("calls").select("tr[data-call=baltic-aigf-2025]")).hasSize(1);
		// The heading says what the column holds: when applications may be sent.
		assertThat(list.byId("calls").select("thead th").eachText()).containsExactly("Title", "State",
				"Application window");
		assertThat(list.has("#new-call")).isFalse();
		Page call = viewer.open("/staff/calls/baltic-aigf-2025");
		assertThat(call.has("#edit-call")).isFalse();
		assertThat(call.has("#publish-form, #archive-form, #clone-call")).isFalse();
	}

}
