package eu.balticaigf.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.application.TestSubmissions.Profile;
import eu.balticaigf.portal.application.TestSubmissions.Submitted;

/**
 * The query other modules read applications with, instead of the table: organisations
 * matched by one folding rule (the review's conflicts of interest), id sets passed in, a
 * contact's applications, counts per status.
 */
@PortalTest
class ApplicationSearchTests extends PortalIntegrationTest {

	@Autowired
	ApplicationSearch search;

	private final String marker = "Search" + UUID.randomUUID().toString().substring(0, 8);

	private Submitted submit(String name) {
		return TestSubmissions.submit(context, "en", name);
	}

	private Set<Long> ofOrganisations(List<String> names, List<String> codes) {
		return search.ids(ApplicationQuery.all().ofOrganisations(names, codes));
	}

	@Test
	void anOrganisationNameMatchesAsAWholeWhateverItsCaseAccentsSpacingAndPunctuation() {
		Submitted paieska = submit("UAB „Paieška " + marker + "“");
		Submitted longer = submit("UAB Paieška " + marker + " Plius");
		Submitted lodz = submit("Łódź " + marker + " Sp. z o.o.");

		for (String declared : List.of("uab  paieska " + marker, "UAB PAIEŠKA, " + marker.toUpperCase(Locale.ROOT),
				"  u.a.b. – Paieška " + marker + "!")) {
			// "u.a.b." is "u a b": punctuation separates, it does not join.
			Set<Long> found = ofOrganisations(List.of(declared), List.of());
			assertThat(found).as(declared).doesNotContain(longer.id(), lodz.id());
			assertThat(found.contains(paieska.id())).as(declared).isEqualTo(!declared.contains("u.a.b."));
		}
		assertThat(ofOrganisations(List.of("Paieška " + marker), List.of())).isEmpty();
		assertThat(ofOrganisations(List.of("lodz " + marker + " sp z o o"), List.of())).containsExactly(lodz.id());
	}

	@Test
	void aRegistryCodeMatchesWhateverItsSpacingPunctuationAndCaseAndEitherIsEnough() {
		Submitted one = submit("One " + marker);
		Submitted two = submit("Two " + marker);
		String code = one.registryCode();
		String typed = code.substring(0, 3).toLowerCase(Locale.ROOT) + "-" + code.substring(3, 7) + " "
				+ code.substring(7);

		assertThat(ofOrganisations(List.of(), List.of(typed))).containsExactly(one.id());
		assertThat(ofOrganisations(List.of("Two " + marker), List.of(typed))).containsExactlyInAnyOrder(one.id(),
				two.id());
		assertThat(ofOrganisations(List.of(), List.of(code + "7"))).isEmpty();
		// No name and no code match nothing, not everything.
		assertThat(ofOrganisations(List.of(), List.of())).isEmpty();
		assertThat(ofOrganisations(List.of(" ,. "), List.of("--"))).isEmpty();
	}

	@Test
	void idsPassedInNarrowOrExcludeAndContactsAndStatusesAreCounted() {
		Submitted first = TestSubmissions.submit(context, "en", "First " + marker);
		Submitted second = TestSubmissions.submit(context, "en", "Second " + marker,
				Profile.typical().withStatus(ApplicationStatus.UNDER_REVIEW));
		ApplicationQuery ours = ApplicationQuery.all().containing(marker);

		assertThat(search.ids(ours)).containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(search.ids(ours.among(List.of(second.id(), -1L)))).containsExactly(second.id());
		assertThat(search.ids(ours.among(List.of()))).isEmpty();
		assertThat(search.ids(ours.excluding(List.of(first.id())))).containsExactly(second.id());
		assertThat(search.ids(ApplicationQuery.all().withContact(" " + first.email().toUpperCase(Locale.ROOT))))
			.containsExactly(first.id());
		assertThat(search.countByStatus(ours)).containsEntry(ApplicationStatus.SUBMITTED, 1L)
			.containsEntry(ApplicationStatus.UNDER_REVIEW, 1L)
			.containsEntry(ApplicationStatus.ACCEPTED, 0L)
			.hasSize(ApplicationStatus.values().length);
		assertThat(search.findAll(ours)).extracting(ApplicationRow::reference)
			.containsExactly(first.reference(), second.reference());
	}

}
