package eu.balticaigf.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.review.TestApplications.Created;
import eu.balticaigf.portal.review.TestApplications.Profile;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.staff.Role;

/**
 * The review queue as a reviewer uses it: each filter, the search (accents and capitals
 * aside), the call and country as choices, an unknown filter value ignored with a
 * message, the sort links' orders, the pages and the counts per stage. Every request
 * searches for a marker unique to the test, so other tests' applications never show up.
 */
@PortalTest
class ReviewQueueTests {

	/** A reference as the queue links it, in the order the rows are listed. */
	private static final Pattern LISTED = Pattern.compile(">(BAI-[0-9A-Z]{4}-[0-9A-Z]{4})</a>");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final String marker = "Queue" + SecureTokens.newToken().replaceAll("[^A-Za-z0-9]", "").substring(0, 10);

	@Test
	void eachFilterKeepsOnlyTheApplicationsThatMatchIt() throws Exception {
		String otherCall = TestApplications.newCall(jdbc);
		Created typical = insert("Typical", Profile.typical());
		Created elsewhere = insert("Elsewhere", Profile.typical().withCall(otherCall));
		Created underReview = insert("Reviewed", Profile.typical().withStage("UNDER_REVIEW"));
		Created polish = insert("Polska", Profile.typical().withCountry("PL"));
		Created university = insert("Uni", Profile.typical().withCategory("UNIVERSITY"));
		Created large = insert("Large", Profile.typical().withSize("LARGE"));
		Created energy = insert("Energy", Profile.typical().withAreas("DATA", "ENERGY_COOLING"));
		Created noInvestment = insert("NoMoney", Profile.typical().withInvestmentIntentEur(0L));
		Created unanswered = insert("Unanswered", Profile.typical().withInvestmentIntentEur(null));
		List<Created> all = List.of(typical, elsewhere, underReview, polish, university, large, energy, noInvestment,
				unanswered);

		assertThat(listed("q", marker)).containsExactlyInAnyOrderElementsOf(references(all));
		assertThat(listed("q", marker, "call", otherCall)).containsExactly(elsewhere.reference());
		assertThat(listed("q", marker, "call", "baltic-aigf-2025")).doesNotContain(elsewhere.reference())
			.hasSize(all.size() - 1);
		assertThat(listed("q", marker, "stage", "UNDER_REVIEW")).containsExactly(underReview.reference());
		assertThat(listed("q", marker, "country", "PL")).containsExactly(polish.reference());
		// People type the code as they please.
		assertThat(listed("q", marker, "country", "pl")).containsExactly(polish.reference());
		assertThat(listed("q", marker, "category", "UNIVERSITY")).containsExactly(university.reference());
		assertThat(listed("q", marker, "size", "LARGE")).containsExactly(large.reference());
		assertThat(listed("q", marker, "area", "ENERGY_COOLING")).containsExactly(energy.reference());
		assertThat(listed("q", marker, "area", "DATA")).containsExactly(energy.reference());
		// "Without investment intent" covers both an explicit 0 and no answer at all.
		assertThat(listed("q", marker, "investment", "false")).containsExactlyInAnyOrder(noInvestment.reference(),
				unanswered.reference());
		assertThat(listed("q", marker, "investment", "true")).hasSize(all.size() - 2)
			.doesNotContain(noInvestment.reference(), unanswered.reference());
		// Filters combine.
		assertThat(listed("q", marker, "country", "LT", "size", "LARGE", "investment", "true"))
			.containsExactly(large.reference());
		assertThat(listed("q", marker, "country", "PL", "size", "LARGE")).isEmpty();
	}

	@Test
	void theSearchFindsByOrganisationNameRegistryCodeOrReference() throws Exception {
		Created aurora = insert("Aurora", Profile.typical());
		Created borealis = insert("Borealis", Profile.typical());

		assertThat(listed("q", marker)).containsExactlyInAnyOrder(aurora.reference(), borealis.reference());
		// Part of the name, in any case.
		assertThat(listed("q", marker.toLowerCase() + " aurora")).containsExactly(aurora.reference());
		assertThat(listed("q", borealis.registryCode())).containsExactly(borealis.reference());
		assertThat(listed("q", aurora.reference())).containsExactly(aurora.reference());
		assertThat(listed("q", aurora.reference().toLowerCase())).containsExactly(aurora.reference());
		assertThat(listed("q", marker + " Nobody")).isEmpty();
	}

	@Test
	void theSortLinksOrderByReferenceOrganisationOrSubmissionEitherWay() throws Exception {
		Instant start = Instant.parse("2025-08-01T09:00:00Z");
		// Names, dates and (random) references each in a different order, so one sort
		// cannot pass for another.
		Created beta = insert("Beta", Profile.typical().withSubmittedAt(start.plus(Duration.ofHours(3))));
		Created gamma = insert("Gamma", Profile.typical().withSubmittedAt(start));
		Created alpha = insert("Alpha", Profile.typical().withSubmittedAt(start.plus(Duration.ofHours(1))));
		Created delta = insert("Delta", Profile.typical().withSubmittedAt(start.plus(Duration.ofHours(2))));

		List<String> byName = references(List.of(alpha, beta, delta, gamma));
		List<String> bySubmission = references(List.of(gamma, alpha, delta, beta));
		List<String> byReference = byName.stream().sorted().toList();

		assertThat(listed("q", marker, "sort", "organisation")).containsExactlyElementsOf(byName);
		assertThat(listed("q", marker, "sort", "organisation", "desc", "true"))
			.containsExactlyElementsOf(reversed(byName));
		assertThat(listed("q", marker, "sort", "submitted")).containsExactlyElementsOf(bySubmission);
		assertThat(listed("q", marker, "sort", "submitted", "desc", "true"))
			.containsExactlyElementsOf(reversed(bySubmission));
		assertThat(listed("q", marker, "sort", "reference")).containsExactlyElementsOf(byReference);
		assertThat(listed("q", marker, "sort", "reference", "desc", "true"))
			.containsExactlyElementsOf(reversed(byReference));
		// Without a choice, the oldest submission comes first.
		assertThat(listed("q", marker)).containsExactlyElementsOf(bySubmission);

		// The column headings link to those orders and keep the search; the current
		// column's link turns it round.
		// (Which way the other columns' links start is left open: today they flip too,
		// which the audit questions.)
		String page = page("q", marker, "sort", "organisation");
		assertThat(page).contains("href=\"/staff/applications?sort=organisation&amp;desc=true&amp;q=" + marker + "\"")
			.containsPattern("href=\"/staff/applications\\?sort=reference&amp;desc=(true|false)&amp;q=" + marker + "\"")
			.containsPattern(
					"href=\"/staff/applications\\?sort=submitted&amp;desc=(true|false)&amp;q=" + marker + "\"");
	}

	@Test
	void twentyFiveApplicationsAPageAndTheSecondPageShowsTheRest() throws Exception {
		Instant start = Instant.parse("2025-08-02T09:00:00Z");
		List<Created> created = new ArrayList<>();
		for (int i = 0; i < ReviewPages.PAGE_SIZE + 2; i++) {
			created.add(insert("Page " + i, Profile.typical().withSubmittedAt(start.plus(Duration.ofMinutes(i)))));
		}
		List<String> inSubmissionOrder = references(created);

		String first = page("q", marker);
		assertThat(listed(first)).containsExactlyElementsOf(inSubmissionOrder.subList(0, 25));
		assertThat(first).contains("27 applications found", "Page 1 of 2")
			.contains("href=\"/staff/applications?page=2&amp;sort=submitted&amp;desc=false&amp;q=" + marker + "\"")
			.doesNotContain("page=0");

		String second = page("q", marker, "page", "2");
		assertThat(listed(second)).containsExactlyElementsOf(inSubmissionOrder.subList(25, 27));
		assertThat(second).contains("27 applications found", "Page 2 of 2")
			.contains("href=\"/staff/applications?page=1&amp;sort=submitted&amp;desc=false&amp;q=" + marker + "\"")
			.doesNotContain("page=3");

		// One page needs no page line.
		assertThat(page("q", created.get(0).reference())).doesNotContain("Page 1 of");
	}

	@Test
	void theCountsPerStageFollowTheOtherFiltersButNotTheStage() throws Exception {
		for (int i = 0; i < 3; i++) {
			insert("Submitted " + i, Profile.typical());
		}
		insert("Review PL", Profile.typical().withStage("UNDER_REVIEW").withCountry("PL"));
		insert("Review LT", Profile.typical().withStage("UNDER_REVIEW"));
		insert("Accepted", Profile.typical().withStage("ACCEPTED"));

		assertThat(stageCounts(page("q", marker))).containsExactly("Submitted: 3", "Eligibility check: 0",
				"Under review: 2", "Information requested: 0", "Accepted: 1", "Declined: 0", "Withdrawn: 0");
		// Choosing a stage lists only that stage; the counts still show what each stage
		// would list.
		String underReview = page("q", marker, "stage", "UNDER_REVIEW");
		assertThat(listed(underReview)).hasSize(2);
		assertThat(stageCounts(underReview)).contains("Submitted: 3", "Under review: 2", "Accepted: 1");
		assertThat(stageCounts(page("q", marker, "country", "PL"))).contains("Submitted: 0", "Under review: 1",
				"Accepted: 0");
	}

	@Test
	void theSearchIgnoresAccentsAndCaseInNamesAndFindsContactPeople() {
		Created neurons = insert("Neuronų tinklas", Profile.typical());
		Created other = insert("Kitas", Profile.typical());
		jdbc.sql("UPDATE application SET contact_name = ? WHERE id = ?")
			.params("Rūta Žemaitė " + marker, other.id())
			.update();
		ReviewDesk viewer = ReviewDesk.signIn(context, port, Role.VIEWER);

		assertThat(listed(viewer.open("/staff/applications?q=" + marker.toLowerCase() + "+neuronu")))
			.containsExactly(neurons.reference());
		assertThat(listed(viewer.open("/staff/applications?q=" + marker.toUpperCase() + "+NEURONU+TINKLAS")))
			.containsExactly(neurons.reference());
		assertThat(listed(viewer.open("/staff/applications?q=ruta+zemaite+" + marker)))
			.containsExactly(other.reference());
		// What is typed is text, not a pattern.
		assertThat(listed(viewer.open("/staff/applications?q=" + marker + "%25"))).isEmpty();
	}

	@Test
	void countryAndCallAreChoicesByNameAndTheCallIsShown() {
		String otherCall = TestApplications.newCall(jdbc);
		Created polish = insert("Polska", Profile.typical().withCountry("PL").withCall(otherCall));
		Created lithuanian = insert("Lietuva", Profile.typical());
		ReviewDesk viewer = ReviewDesk.signIn(context, port, Role.VIEWER);

		Page queue = viewer.open("/staff/applications?q=" + marker);
		assertThat(queue.document().select("#country option[value=PL]").text()).isEqualTo("Poland");
		assertThat(queue.document().select("#call option").eachAttr("value")).contains("", "baltic-aigf-2025",
				otherCall);
		// Each row names its call while no call is chosen.
		assertThat(queue.textOf("#queue tbody")).contains("Call to join the Baltic AI Gigafactory Consortium (2025)");
		Page inPoland = queue.form("#filters").choose("country", "PL").submit();
		assertThat(listed(inPoland)).containsExactly(polish.reference());
		assertThat(inPoland.document().selectFirst("#more-filters").hasAttr("open")).isTrue();
		Page inCall = inPoland.form("#filters").choose("country", "").choose("call", otherCall).submit();
		assertThat(listed(inCall)).containsExactly(polish.reference());
		assertThat(inCall.byId("queue-call").text()).startsWith("in the call “");

		Page inLithuanian = ReviewDesk.signIn(context, port, Role.VIEWER)
			.speaking("lt")
			.open("/staff/applications?q=" + marker);
		assertThat(inLithuanian.document().select("#country option[value=PL]").text()).isEqualTo("Lenkija");
		assertThat(inLithuanian.document().select("td[data-country=LT]").eachText()).containsOnly("Lietuva");
		assertThat(lithuanian.reference()).isNotBlank();
	}

	@Test
	void anUnknownCountryOrCallInTheAddressIsIgnoredWithAMessage() {
		Created polish = insert("Polska", Profile.typical().withCountry("PL"));
		Created lithuanian = insert("Lietuva", Profile.typical());
		ReviewDesk viewer = ReviewDesk.signIn(context, port, Role.VIEWER);

		Page page = viewer.open("/staff/applications?q=" + marker + "&country=Lithuania&call=no-such-call");
		assertThat(page.status()).isEqualTo(200);
		assertThat(listed(page)).containsExactlyInAnyOrder(polish.reference(), lithuanian.reference());
		assertThat(page.byId("ignored-filters").text()).contains(
				"The filter “Country” has no choice “Lithuania”, so it was not applied.",
				"The filter “Call” has no choice “no-such-call”, so it was not applied.");
		// The links on the page no longer carry what was ignored.
		assertThat(page.document().select("a[href*=export]").first().attr("href")).doesNotContain("Lithuania");
	}

	private static List<String> listed(Page page) {
		return listed(page.body());
	}

	private Created insert(String name, Profile profile) {
		return TestApplications.insert(jdbc, "en", marker + " " + name, profile);
	}

	private String page(String... parameters) throws Exception {
		var request = get("/staff/applications").with(user("viewer@ministry.test").roles("VIEWER")).param("lang", "en");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<String> listed(String... parameters) throws Exception {
		return listed(page(parameters));
	}

	private static List<String> listed(String page) {
		List<String> references = new ArrayList<>();
		Matcher matcher = LISTED.matcher(page);
		while (matcher.find()) {
			references.add(matcher.group(1));
		}
		return references;
	}

	/** The stage count links, as the reader sees them ("Submitted: 3"), in page order. */
	private static List<String> stageCounts(String page) {
		String list = page.substring(page.indexOf("id=\"stage-counts\""));
		list = list.substring(0, list.indexOf("</ul>"));
		return Pattern.compile(">([^<>]+: \\d+)</a>")
			.matcher(list)
			.results()
			.map(found -> found.group(1).strip())
			.toList();
	}

	private static List<String> reversed(List<String> list) {
		List<String> reversed = new ArrayList<>(list);
		Collections.reverse(reversed);
		return reversed;
	}

	private static List<String> references(List<Created> applications) {
		return applications.stream().map(Created::reference).toList();
	}

}
