package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * The score summary in exports and the API, balancing by two admins at once, the staff
 * home's link to conflicts and the review module's part in a data-subject request.
 */
@PortalTest
class ReviewScoreSummaryTests extends PortalIntegrationTest {

	@Autowired
	ReviewQueue queue;

	@Autowired
	Assignments assignments;

	@Autowired
	ReviewPersonalData personalData;

	private static String marker(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	private byte[] body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static MockHttpServletRequestBuilder api(String path) {
		return get(path).header("Authorization", "Bearer " + PortalTest.API_TOKEN);
	}

	/** The rows of an XLSX export, each as its cells' text, by reference. */
	private static Map<String, List<String>> sheet(byte[] xlsx) throws Exception {
		Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(new DataFormatter(Locale.ROOT).formatCellValue(cell)));
				rows.put(cells.get(0), cells);
			}
		}
		return rows;
	}

	private static String line(String csv, String reference) {
		return csv.lines().filter(line -> line.startsWith(reference + ",")).findFirst().orElseThrow();
	}

	@Test
	void exportsAndTheApiShowHowManyScoredTheirMeanAndWhetherTheyDisagree() throws Exception {
		String marker = marker("Scores");
		TestSubmissions.Submitted scored = TestSubmissions.submit(context, "en", marker + " Scored");
		TestSubmissions.Submitted unscored = TestSubmissions.submit(context, "en", marker + " Unscored");
		// Weighted averages 5.00 and 3.60 (weights 30, 30, 20, 20): mean 4.30; investment
		// readiness 5 against 3
		// is two points apart, so they disagree although the averages lie only 1.40
		// apart.
		ReviewDesk.signIn(context, port, Role.REVIEWER).score(scored.reference(), 5, 5, 5, 5);
		ReviewDesk.signIn(context, port, Role.REVIEWER).score(scored.reference(), 4, 4, 3, 3);

		String csv = new String(body(get("/staff/applications/export").param("format", "csv")
			.param("q", marker)
			.with(user("v@ministry.test").roles("VIEWER"))), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow())
			.endsWith(",submittedAt,decidedAt,scoredBy,meanWeightedAverage,disagreement");
		assertThat(line(csv, scored.reference())).endsWith(",2,4.30,true");
		assertThat(line(csv, unscored.reference())).endsWith(",0,,false");

		byte[] workbook = body(api("/api/v1/applications/export").param("format", "xlsx").param("q", marker));
		Map<String, List<String>> xlsx = sheet(workbook);
		// Numbers are numbers in the spreadsheet, so that staff can sum and sort them.
		try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Row row = StreamSupport.stream(opened.getSheetAt(0).spliterator(), false)
				.filter(candidate -> candidate.getCell(0).getStringCellValue().equals(scored.reference()))
				.findFirst()
				.orElseThrow();
			assertThat(row.getCell(ApplicationExport.HEADER.indexOf("meanWeightedAverage")).getNumericCellValue())
				.isEqualTo(4.3);
			assertThat(row.getCell(ApplicationExport.HEADER.indexOf("investmentIntentEur")).getNumericCellValue())
				.isEqualTo(250_000);
		}
		assertThat(xlsx.get("reference")).endsWith("scoredBy", "meanWeightedAverage", "disagreement");
		assertThat(xlsx.get(scored.reference())).endsWith("2", "4.30", "true");
		assertThat(xlsx.get(unscored.reference())).endsWith("0", "", "false");

		mvc.perform(api("/api/v1/applications").param("q", scored.registryCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].reference").value(scored.reference()))
			.andExpect(jsonPath("$.items[0].stage").value("SUBMITTED"))
			.andExpect(jsonPath("$.items[0].scores.reviewers").value(2))
			.andExpect(jsonPath("$.items[0].scores.meanWeightedAverage").value(4.3))
			.andExpect(jsonPath("$.items[0].scores.disagreement").value(true));
		mvc.perform(api("/api/v1/applications/" + scored.reference()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(scored.reference()))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.application.organisationName", startsWith(marker + " Scored")))
			.andExpect(jsonPath("$.timeline").isArray())
			.andExpect(jsonPath("$.scores.reviewers").value(2))
			.andExpect(jsonPath("$.scores.meanWeightedAverage").value(4.3))
			.andExpect(jsonPath("$.scores.disagreement").value(true));
		mvc.perform(api("/api/v1/applications/" + unscored.reference()))
			.andExpect(jsonPath("$.scores.reviewers").value(0))
			.andExpect(jsonPath("$.scores.meanWeightedAverage").isEmpty())
			.andExpect(jsonPath("$.scores.disagreement").value(false));

		// The queue shows the mean in the reader's language, and the disagreement in
		// words.
		Page queue = ReviewDesk.signIn(context, port, Role.VIEWER)
			.speaking("lt")
			.open("/staff/applications?q=" + marker);
		assertThat(queue.byId("score-" + scored.reference()).text()).isEqualTo("4,30 Vertintojų nuomonės skiriasi");
		assertThat(queue.byId("score-" + unscored.reference()).text()).isEqualTo("Neįvertinta");
	}

	@Test
	void theQueueSortsByMeanScoreBestFirstWithTheUnscoredLast() {
		String marker = marker("Ranked");
		TestSubmissions.Submitted unscored = TestSubmissions.submit(context, "en", marker + " Unscored");
		TestSubmissions.Submitted low = TestSubmissions.submit(context, "en", marker + " Low");
		TestSubmissions.Submitted high = TestSubmissions.submit(context, "en", marker + " High");
		ReviewDesk ana = ReviewDesk.signIn(context, port, Role.REVIEWER);
		ana.score(low.reference(), 2, 2, 2, 2);
		ana.score(high.reference(), 5, 4, 4, 4);
		ReviewDesk viewer = ReviewDesk.signIn(context, port, Role.VIEWER).speaking("en");

		Page best = viewer.open("/staff/applications?sort=score&desc=true&q=" + marker);
		assertThat(best.document().selectFirst("#queue th[aria-sort=descending]").text()).isEqualTo("Mean score");
		assertThat(listed(best)).containsExactly(high.reference(), low.reference(), unscored.reference());
		assertThat(listed(viewer.open("/staff/applications?sort=score&desc=false&q=" + marker)))
			.containsExactly(low.reference(), high.reference(), unscored.reference());
	}

	/** The references a queue page lists, in the order of its rows. */
	private static List<String> listed(Page page) {
		return page.document().select("#queue tbody a[href^=/staff/applications/]").eachText();
	}

	@Test
	void aConflictedReviewersExportsLeaveOutTheApplicationsTheyDeclaredAConflictWith() throws Exception {
		String marker = marker("Excluded");
		TestSubmissions.Submitted conflictedWith = TestSubmissions.submit(context, "en", marker + " Conflicted");
		TestSubmissions.Submitted other = TestSubmissions.submit(context, "en", marker + " Other");
		ReviewDesk conflicted = ReviewDesk.signIn(context, port, Role.REVIEWER);
		conflicted.declareConflict(conflictedWith.registryCode());

		String csv = conflicted.open("/staff/applications/export?format=csv&q=" + marker).body();
		assertThat(csv).contains(other.reference()).doesNotContain(conflictedWith.reference());
		Map<String, List<String>> xlsx = sheet(body(get("/staff/applications/export").param("format", "xlsx")
			.param("q", marker)
			.with(user(conflicted.email()).roles("REVIEWER"))));
		assertThat(xlsx).containsKey(other.reference()).doesNotContainKey(conflictedWith.reference());
	}

	@Test
	void twoAdminsBalancingAtTheSameMomentGiveEachApplicationOneReviewer() throws Exception {
		String marker = marker("Race");
		List<TestSubmissions.Submitted> created = IntStream.range(0, 12)
			.mapToObj(i -> TestSubmissions.submit(context, "en", marker + " " + i))
			.toList();
		StaffSignInSupport.create(context, Role.REVIEWER);
		StaffSignInSupport.create(context, Role.REVIEWER);
		List<ReviewQueue.Row> rows = queue
			.all(new ReviewQueue.Filter(null, null, null, null, null, null, null, marker));
		assertThat(rows).hasSize(created.size());

		CyclicBarrier together = new CyclicBarrier(2);
		Callable<Integer> balance = () -> {
			together.await();
			return assignments.balance(rows);
		};
		ExecutorService admins = Executors.newFixedThreadPool(2);
		try {
			int assigned = 0;
			for (Future<Integer> done : admins.invokeAll(List.of(balance, balance))) {
				assigned += done.get();
			}
			assertThat(assigned).isEqualTo(created.size());
		}
		finally {
			admins.shutdownNow();
		}
		for (TestSubmissions.Submitted one : created) {
			assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE application_id = ?")
				.param(one.id())
				.query(Long.class)
				.single()).as(one.reference()).isEqualTo(1);
		}
	}

	@Test
	void theStaffHomeLinksReviewersAndAdminsToTheirConflicts() {
		for (Role role : List.of(Role.REVIEWER, Role.ADMIN)) {
			assertThat(ReviewDesk.signIn(context, port, role).open("/staff").has("a[href=/staff/conflicts]"))
				.as(role.name())
				.isTrue();
		}
		assertThat(ReviewDesk.signIn(context, port, Role.VIEWER).open("/staff").has("a[href=/staff/conflicts]"))
			.isFalse();
	}

	@Test
	void aStaffMembersReviewDataIsExportedAndOnErasurePseudonymisedExceptConflicts() throws Exception {
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		String email = reviewer.email();
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", marker("Erased") + " Ltd");
		reviewer.declareConflict("LT-ERASE-1");
		reviewer.note(application.reference(), "Looks credible");
		reviewer.score(application.reference(), 3, 3, 3, 3);
		ReviewDesk.signIn(context, port, Role.ADMIN).assign(application.reference(), email);

		List<Map<String, Object>> exported = personalData.export(email);
		assertThat(exported).extracting(record -> record.get("kind"))
			.containsExactly("conflict", "note", "score", "score", "score", "score", "assignment");
		// The declaration as typed.
		assertThat(exported.get(0)).containsEntry("registry_code", "LT-ERASE-1");
		assertThat(exported.get(1)).containsEntry("reference", application.reference())
			.containsEntry("body", "Looks credible");

		assertThat(personalData.erase(email)).isEqualTo(6);
		assertThat(personalData.export(email)).extracting(record -> record.get("kind")).containsExactly("conflict");
		String pseudonym = DataSubjects.pseudonym(email);
		assertThat(jdbc.sql("SELECT author FROM review_note WHERE application_id = ?")
			.param(application.id())
			.query(String.class)
			.single()).isEqualTo(pseudonym);
		assertThat(jdbc.sql("SELECT DISTINCT reviewer FROM review_score WHERE application_id = ?")
			.param(application.id())
			.query(String.class)
			.single()).isEqualTo(pseudonym);
		assertThat(jdbc.sql("SELECT reviewer FROM review_assignment WHERE application_id = ?")
			.param(application.id())
			.query(String.class)
			.single()).isEqualTo(pseudonym);
	}

	/**
	 * An applicant's own words in the review (their answer to a question) are in their
	 * data-subject export, by the application's reference.
	 */
	@Test
	void anApplicantsAnswersAreInTheirDataSubjectExport() {
		TestSubmissions.Submitted application = TestSubmissions.submit(context, "en", marker("Answering") + " Ltd");
		ReviewDesk reviewer = ReviewDesk.signIn(context, port, Role.REVIEWER);
		reviewer.move(application.reference(), "startEligibilityCheck", "Complete");
		reviewer.move(application.reference(), "startReview", "Eligible");
		reviewer.ask(application.reference(), "Sites unclear", "Which sites?");
		String answerPage = Inbox.nth(application.email(), 2)
			.path("/applications/" + application.reference() + "/[A-Za-z0-9_-]+/answer");
		Visitor.at(port)
			.open(answerPage)
			.form("form[method=post]")
			.fill("answer", "Two, near Gdańsk.")
			.submitAndFollow();

		List<Map<String, Object>> exported = personalData.export(DataSubjects.normalise(application.email()));
		assertThat(exported).singleElement()
			.satisfies(record -> assertThat(record).containsEntry("kind", "applicant")
				.containsEntry("reference", application.reference())
				.containsEntry("action", "ANSWER_INFORMATION")
				.containsEntry("text", "Two, near Gdańsk."));
	}

}
