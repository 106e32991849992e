package eu.balticaigf.portal.call;

import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15 §2 and §4: admins add questions to a call's form in the back office;
 * publishing makes a new version of the form; applicants answer them (a conditional one
 * only when it applies); the answers appear wherever the application does, always with
 * the labels of the version they answered.
 */
class CallQuestionsTests extends PortalIntegrationTest {

	private static final List<String> LANGUAGES = List.of("lt", "en", "pl", "lv", "et");

	/** A draft copy of the demo call (open now), made through the clone page. */
	private String cloneOfDemo(Visitor admin) {
		String slug = "questions-" + UUID.randomUUID().toString().substring(0, 8);
		admin.open("/staff/calls/demo/clone")
			.form("#clone-form")
			.fill("slug", slug)
			.uncheck("copy", "QUESTIONS")
			.submitAndFollow();
		return slug;
	}

	private static Form question(Visitor admin, String slug, String key, String type, String label) {
		Form form = admin.open("/staff/calls/" + slug + "/questions/new")
			.form("#question-form")
			.fill("key", key)
			.choose("type", type);
		for (String code : LANGUAGES) {
			form.fill("label[" + code + "]", label + " (" + code + ")");
		}
		return form;
	}

	private static Form choices(Form form, String... values) {
		for (int i = 0; i < values.length; i++) {
			form.fill("choices[" + i + "].value", values[i]);
			for (String code : LANGUAGES) {
				form.fill("choices[" + i + "].label[" + code + "]", values[i].toLowerCase() + " (" + code + ")");
			}
		}
		return form;
	}

	/** A site question (one choice) and a power question asked only for "OWN". */
	private void addSiteQuestions(Visitor admin, String slug) {
		Page added = choices(question(admin, slug, "site", "SINGLE_CHOICE", "Site offered"), "OWN", "NONE")
			.submitAndFollow();
		assertThat(added.byId("notice").text()).contains("The question was added");
		Form power = question(admin, slug, "powerMw", "NUMBER", "Power").fill("unit", "MW")
			.fill("min", "1")
			.fill("max", "500")
			.choose("shownWhen", "site=OWN")
			.check("required");
		Page listed = power.submitAndFollow();
		assertThat(listed.byId("questions").select("tr[data-key]").eachAttr("data-key")).containsExactly("site",
				"powerMw");
		assertThat(listed.text()).contains("Only when \"Site offered (en)\" is answered \"own (en)\"");
	}

	private Form applicationForm(String slug, String email) {
		return Journeys.fillApplication(
				Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").form("form[method=post]"), email);
	}

	@Test
	void answersKeepTheLabelsOfTheVersionTheyAnsweredWhereverTheyAreShown() throws Exception {
		Visitor admin = signedIn(Role.ADMIN);
		String slug = cloneOfDemo(admin);
		addSiteQuestions(admin, slug);
		Page published = admin.open("/staff/calls/" + slug).form("#publish-form").submitAndFollow();
		assertThat(published.textOf("[data-state]")).isEqualTo("Published");
		long callId = jdbc.sql("SELECT id FROM call WHERE slug = ?").param(slug).query(Long.class).single();
		assertThat(jdbc.sql("SELECT form_version FROM call WHERE id = ?").param(callId).query(Integer.class).single())
			.isEqualTo(2);

		// The form asks both, the conditional one saying when it applies; the server
		// judges the answer.
		String email = "questions-" + UUID.randomUUID() + "@example.lt";
		Page tooMuch = applicationForm(slug, email).choose("q.site", "OWN")
			.fill("q.powerMw", "900")
			.submit("#continue");
		assertThat(tooMuch.errorFor("q.powerMw"))
			.isEqualTo("“Power (en) (MW)”".replace(" (MW)", "") + " must be 500 or less");
		assertThat(tooMuch.byId("q.powerMw-hint").text())
			.contains("Answer only if you answered “Site offered (en)” with “own (en)”.");
		Page missing = tooMuch.form("form[method=post]").fill("q.powerMw", "").submit("#continue");
		assertThat(missing.errorFor("q.powerMw")).isEqualTo("Answer “Power (en)”");

		Page check = missing.form("form[method=post]").fill("q.powerMw", "120,5").submit("#continue").followed();
		assertThat(check.text()).contains("Site offered (en)", "own (en)", "Power (en)", "120.5 MW");
		Page confirmation = check.form().submitAndFollow();
		String reference = confirmation.byId("application-reference").text();
		Inbox.Mail receipt = Inbox.nth(email, 1);
		assertThat(receipt.text()).contains("Power (en)", "120.5 MW", "own (en)");

		// Staff change the label and publish: new applicants read the new label...
		Form relabel = admin.open("/staff/calls/" + slug + "/questions/powerMw").form("#question-form");
		for (String code : LANGUAGES) {
			relabel.fill("label[" + code + "]", "Grid power (" + code + ")");
		}
		Page pending = relabel.submitAndFollow();
		assertThat(pending.has("#pending")).isTrue();
		assertThat(Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").text())
			.doesNotContain("Grid power");
		pending.form("#publish-questions-form").submitAndFollow();
		assertThat(Visitor.at(port).speaking("en").open("/calls/" + slug + "/apply").text())
			.contains("Grid power (en)");

		// ...while the application sent before keeps the label it answered.
		Page staffPage = signedIn(Role.REVIEWER).open("/staff/applications/" + reference);
		assertThat(staffPage.text()).contains("Power (en)", "120.5 MW").doesNotContain("Grid power");
		mvc.perform(get("/api/v1/applications/" + reference).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.application.formVersion").value(2))
			.andExpect(jsonPath("$.application.answers.site").value("OWN"))
			.andExpect(jsonPath("$.application.answers.powerMw").value(120.5));
		mvc.perform(get("/api/v1/calls/" + slug))
			.andExpect(jsonPath("$.formVersion").value(3))
			.andExpect(jsonPath("$.questions[1].key").value("powerMw"))
			.andExpect(jsonPath("$.questions[1].type").value("NUMBER"))
			.andExpect(jsonPath("$.questions[1].required").value(true))
			.andExpect(jsonPath("$.questions[1].label").value("Grid power (en)"));
		String csv = admin.open("/staff/applications/export?format=csv&q=" + reference).body();
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",site,powerMw");
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).endsWith(",OWN,120.5");
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE target_id = ? ORDER BY id")
			.param(slug)
			.query(String.class)
			.list()).contains("call.form.published");
		admin.open("/staff/calls/" + slug).form("#archive-form").submitAndFollow();
	}

	@Test
	void aQuestionThatDoesNotApplyIsNeitherRequiredNorKept() {
		Visitor admin = signedIn(Role.ADMIN);
		String slug = cloneOfDemo(admin);
		addSiteQuestions(admin, slug);
		admin.open("/staff/calls/" + slug).form("#publish-form").submitAndFollow();

		Page check = applicationForm(slug, "no-site-" + UUID.randomUUID() + "@example.lt").choose("q.site", "NONE")
			.fill("q.powerMw", "9999")
			.submit("#continue")
			.followed();

		assertThat(check.path()).contains("/apply/check");
		assertThat(check.text()).contains("none (en)").doesNotContain("Power (en)");
		String reference = check.form().submitAndFollow().byId("application-reference").text();
		assertThat(jdbc.sql("SELECT answers::text FROM application WHERE reference = ?")
			.param(reference)
			.query(String.class)
			.single()).isEqualTo("{\"site\": \"NONE\"}");
		mvcStatistics(slug);
		admin.open("/staff/calls/" + slug).form("#archive-form").submitAndFollow();
	}

	/**
	 * One application answered "NONE": even "<5" beside two zeros would give it away, so
	 * the question's counts are withheld, as the fixed breakdowns are.
	 */
	private void mvcStatistics(String slug) {
		try {
			mvc.perform(get("/api/v1/calls/" + slug + "/statistics"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.byAnswer.site").isEmpty())
				.andExpect(jsonPath("$.withheld").value(org.hamcrest.Matchers.hasItem("byAnswer.site")));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void badQuestionsAreNamedNextToTheirFieldsAndNothingIsStored() {
		Visitor admin = signedIn(Role.ADMIN);
		String slug = cloneOfDemo(admin);
		Page page = question(admin, slug, "Not a key", "SINGLE_CHOICE", "Choice").fill("label[pl]", "")
			.fill("choices[0].value", "ONLY")
			.submit();

		assertThat(page.errorFor("key")).startsWith("Enter a key that starts with a lower-case letter");
		assertThat(page.errorFor("label-pl")).isEqualTo("Label (Polski): enter the question in this language");
		assertThat(page.errorSummary()).contains("Label (Polski): enter the question in this language");
		assertThat(page.errorFor("choices-0-label-en")).isEqualTo("Enter this text in this language too");
		assertThat(page.byId("choices-error").text()).contains("Give at least two choices");
		assertThat(Visitor.at(port).speaking("en").open("/staff/calls/" + slug + "/questions").status()).isEqualTo(200);
		assertThat(admin.open("/staff/calls/" + slug + "/questions").has("#no-questions")).isTrue();
	}

	@Test
	void viewersReadTheQuestionsButCannotChangeThem() {
		Page list = signedIn(Role.VIEWER).open("/staff/calls/demo/questions");
		assertThat(list.byId("questions").select("tr[data-key]").eachAttr("data-key")).containsExactly("siteOffer",
				"siteGridMw");
		assertThat(list.has("#add-question, #publish-questions, [id^=remove-]")).isFalse();
	}

}
