package eu.balticaigf.portal.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk-through 19: Lithuanian wrote euros three ways ("257 750 000 Eur", "1 000 000 EUR",
 * "3 000 000 000 eurų"). Every amount on the home page, the call pages, the statistics,
 * the staff dashboard and the applicant's check page is written the one way of its
 * language: "EUR 3 000 000 000" in English, "3 000 000 000 EUR" in the other four.
 */
@PortalTest
class EurosOnPagesTests extends PortalIntegrationTest {

	/**
	 * An amount with a euro word, code or sign beside it, in any of the ways seen so far
	 * (digits grouped by threes after a code: in a table row the next cell's number
	 * follows).
	 */
	static final Pattern AMOUNT = Pattern
		.compile("(?:EUR|Eur|€) ?\\d{1,3}(?:[ ,.]\\d{3})*|\\d[\\d ,.]* ?(?:EUR|Eur|eur\\p{L}*|euro|eiro|€)");

	static final Pattern ENGLISH = Pattern.compile("EUR \\d{1,3}( \\d{3})*");

	static final Pattern OTHERS = Pattern.compile("\\d{1,3}( \\d{3})* EUR");

	static final List<String> PUBLIC_PAGES = List.of("/", "/calls/baltic-aigf-2025", "/calls/demo",
			"/calls/baltic-aigf-2025/statistics", "/calls/demo/statistics");

	@Test
	void everyAmountOfEurosIsWrittenTheLanguagesOneWay() {
		Visitor staff = Visitor.at(port);
		staff.signIn(StaffSignInSupport.create(context, Role.VIEWER));
		List<String> wrong = new ArrayList<>();
		int amounts = 0;
		for (String language : Languages.CODES) {
			Pattern expected = language.equals("en") ? ENGLISH : OTHERS;
			List<Page> pages = new ArrayList<>();
			PUBLIC_PAGES.forEach(path -> pages.add(Visitor.at(port).open(path + "?lang=" + language)));
			pages.add(staff.open("/staff/calls/demo/dashboard?lang=" + language));
			Visitor applicant = Visitor.at(port).speaking(language);
			pages.add(
					Journeys
						.fillApplication(applicant.open("/calls/demo/apply").form("form[method=post]"),
								"euros-" + language + "@applicant.test")
						.submit("#continue")
						.followed());
			for (Page page : pages) {
				Matcher amount = AMOUNT.matcher(page.text().replace('\u00a0', ' ').replace('\u202f', ' '));
				while (amount.find()) {
					amounts++;
					String written = amount.group().replaceAll("[ ,.]+$", "");
					if (!expected.matcher(written).matches()) {
						wrong.add(language + " " + page.path() + ": " + written);
					}
				}
			}
		}
		assertThat(wrong).as("amounts not written the language's one way").isEmpty();
		assertThat(amounts).as("amounts found").isGreaterThan(50);
	}

}
