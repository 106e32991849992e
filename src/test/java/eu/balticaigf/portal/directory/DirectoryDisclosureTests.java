package eu.balticaigf.portal.directory;

import static eu.balticaigf.portal.directory.DirectorySupport.unique;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "done when": a crawler signed in as a third organisation, and one not
 * signed in, start at the directory's pages and API and follow every same-site link and
 * API path under {@code /directory} and {@code /api/v1/directory} it finds (so pages
 * added later are crawled without changing this test), and no response holds a contact
 * address or phone number of any organisation or colleague, an e-mail address other than
 * the service's own and the crawler's own, or a {@code mailto:} link.
 */
class DirectoryDisclosureTests extends PortalIntegrationTest {

	private static final List<String> ROOTS = List.of("/directory", "/directory/account", "/api/v1/directory");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

	/** A path to follow that an API answer (JSON) names. */
	private static final Pattern API_PATH = Pattern.compile("\"(/(?:api/v1/)?directory[^\"\\s]*)\"");

	/** Enough for every page of a grown test database, few enough to end quickly. */
	private static final int MOST_FETCHES = 400;

	/** The contacts the crawlers must never see: e-mail addresses and phone numbers. */
	private final Set<String> secrets = new LinkedHashSet<>();

	private final Set<String> phones = new LinkedHashSet<>();

	private TestSubmissions.Submitted third;

	private TestSubmissions.Submitted first;

	private Visitor firstOrganisation;

	private String colleague;

	@BeforeEach
	void organisationsWithContactsAndColleagues() {
		jdbc.sql("DELETE FROM directory_sign_in_request").update();
		first = DirectorySupport.applied(context, "Atskleidimas " + unique(), true,
				TestSubmissions.Profile.typical().withCountry("LT"));
		TestSubmissions.Submitted second = DirectorySupport.applied(context, "Disclosure " + unique(), true,
				TestSubmissions.Profile.typical().withCountry("PL"));
		third = DirectorySupport.applied(context, "Crawler " + unique(), false,
				TestSubmissions.Profile.typical().withCountry("LV"));
		secrets.add(first.email());
		secrets.add(second.email());
		phones.add(DirectorySupport.PHONE);

		firstOrganisation = Visitor.at(port);
		colleague = "colleague-" + unique() + "@example.lt";
		DirectorySupport.signIn(firstOrganisation, first.email())
			.form("#colleague-form")
			.fill("email", colleague)
			.submitAndFollow();
		Visitor.at(port)
			.open(Inbox.nth(colleague, 1).path("/directory/colleagues/[A-Za-z0-9_-]+"))
			.form("#confirm-colleague")
			.submit();
		secrets.add(colleague);

		// The first organisation's card, with a request from the second waiting for an
		// answer: its message is shown, the second's contact is not (yet).
		long card = DirectorySupport.approvedCard(context, first.email(), "POWER", "Renewable power for our racks.");
		Visitor secondOrganisation = Visitor.at(port);
		DirectorySupport.signIn(secondOrganisation, second.email());
		secondOrganisation.open("/directory/cards/" + card + "/introduction")
			.form("#ask-form")
			.fill("message", "We can supply the power.")
			.submitAndFollow();

		for (StoredApplication sample : context.getBean(Applications.class).demoSamples()) {
			secrets.add(sample.data().contactEmail());
			if (sample.data().contactPhone() != null) {
				phones.add(sample.data().contactPhone());
			}
		}
	}

	@Test
	void aThirdOrganisationSignedInFindsNoContactOfAnyone() {
		Visitor crawler = Visitor.at(port);
		DirectorySupport.signIn(crawler, third.email());
		List<String> visited = crawl(crawler, Set.of(third.email()));
		assertThat(visited).as("the crawler reached the organisation's own page").contains("/directory/account");
		// The check finds an address where one is shown: the crawler's own, on its page.
		String ownPage = crawler.open("/directory/account").body();
		assertThatThrownBy(() -> assertDisclosesNothing("/directory/account", ownPage, serviceAddresses()))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(third.email());
	}

	@Test
	void theOwnerOfACardWithARequestWaitingFindsNoContactOfTheAsker() {
		secrets.remove(first.email());
		secrets.remove(colleague);
		List<String> visited = crawl(firstOrganisation, Set.of(first.email(), colleague));
		assertThat(visited).contains("/directory/introductions");
		assertThat(firstOrganisation.open("/directory/introductions").text()).contains("We can supply the power.");
	}

	@Test
	void someoneNotSignedInFindsNoContactOfAnyone() {
		List<String> visited = crawl(Visitor.at(port), Set.of());
		assertThat(visited).contains("/directory", "/api/v1/directory");
	}

	/**
	 * Fetches the roots and everything they lead to under the directory, asserting on
	 * each response; the paths fetched.
	 */
	private List<String> crawl(Visitor crawler, Set<String> ownAddresses) {
		Set<String> allowed = new LinkedHashSet<>(serviceAddresses());
		allowed.addAll(ownAddresses);
		Set<String> seen = new LinkedHashSet<>(ROOTS);
		Deque<String> queue = new ArrayDeque<>(ROOTS);
		List<String> visited = new ArrayList<>();
		while (!queue.isEmpty() && visited.size() < MOST_FETCHES) {
			String path = queue.removeFirst();
			Page page = crawler.open(path);
			visited.add(page.path());
			assertThat(page.status()).as(path).isLessThan(500);
			assertDisclosesNothing(path, page.body(), allowed);
			for (String next : links(page)) {
				if (seen.add(next)) {
					queue.addLast(next);
				}
			}
		}
		assertThat(visited).as("pages fetched").hasSizeGreaterThan(ROOTS.size());
		return visited;
	}

	private void assertDisclosesNothing(String path, String body, Set<String> allowed) {
		String lower = body.toLowerCase();
		for (String secret : secrets) {
			assertThat(lower).as("%s shows the contact %s", path, secret).doesNotContain(secret.toLowerCase());
		}
		String compact = body.replaceAll("[\\s().\\-]", "");
		for (String phone : phones) {
			assertThat(body).as("%s shows the phone number %s", path, phone).doesNotContain(phone);
			assertThat(compact).as("%s shows the phone number %s", path, phone)
				.doesNotContain(phone.replaceAll("[\\s().\\-]", ""));
		}
		Matcher addresses = EMAIL.matcher(body);
		while (addresses.find()) {
			assertThat(allowed).as("%s shows the address %s", path, addresses.group())
				.contains(addresses.group().toLowerCase());
		}
		assertThat(lower).as("%s has a mailto: link", path).doesNotContain("mailto:");
	}

	/** The same-site links under the directory or its API, as paths with their query. */
	private static Set<String> links(Page page) {
		Set<String> links = new LinkedHashSet<>();
		if (page.header("Content-Type").orElse("").startsWith("text/html")) {
			for (Element link : page.document().select("a[href]")) {
				String href = link.attr("abs:href");
				String prefix = page.document().location().replaceFirst("^(https?://[^/]+).*$", "$1");
				if (href.startsWith(prefix)) {
					links.add(href.substring(prefix.length()).replaceFirst("#.*$", ""));
				}
			}
		}
		else {
			Matcher paths = API_PATH.matcher(page.body());
			while (paths.find()) {
				links.add(paths.group(1));
			}
		}
		// The same page in another language shows the same data: the language links are
		// left out, so that the bound is spent on pages.
		links.removeIf(link -> !(link.equals("/directory") || link.startsWith("/directory/")
				|| link.startsWith("/directory?") || link.startsWith("/api/v1/directory")) || link.contains("lang="));
		return links;
	}

	/**
	 * The service's own addresses: those its pages show everyone outside the directory
	 * (the footer, the privacy notice).
	 */
	private Set<String> serviceAddresses() {
		Set<String> own = new LinkedHashSet<>();
		for (String path : List.of("/", "/privacy")) {
			Matcher addresses = EMAIL.matcher(Visitor.at(port).open(path).body());
			while (addresses.find()) {
				own.add(addresses.group().toLowerCase());
			}
		}
		return own;
	}

}
