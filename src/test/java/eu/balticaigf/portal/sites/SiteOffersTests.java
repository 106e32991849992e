package eu.balticaigf.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Journeys;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.staff.Role;

/**
 * A site offered by an organisation through the call's own questions reaches the register
 * through one admin step, once; its operator can be a member of the bid. Sites added here
 * are withdrawn, so that the demo assessment other tests read stays as it is.
 */
@PortalTest
class SiteOffersTests extends PortalIntegrationTest {

	@Autowired
	SiteRepository repository;

	/** Applies to the demo call as a person does, offering a site of its own. */
	private String applyOfferingASite(String organisation, String gridMw) {
		String email = "site-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
		Visitor applicant = Visitor.at(port).speaking("en");
		Form form = Journeys.fillApplication(applicant.open("/calls/demo/apply").form("form[method=post]"), email)
			.fill("organisationName", organisation)
			.choose("q.siteOffer", "OWN_SITE")
			.fill("q.siteGridMw", gridMw);
		Page confirmation = form.submit("#continue").followed().form().submitAndFollow();
		return confirmation.byId("application-reference").text();
	}

	private static Element offer(Page offers, String reference) {
		return offers.document().selectFirst("[data-offer='" + reference + "']");
	}

	@Test
	void anAdminAddsAnOfferedSiteOnceWithItsAnswersAsValuesFromTheApplication() {
		String organisation = "UAB Vėjo duomenys " + UUID.randomUUID().toString().substring(0, 4);
		String reference = applyOfferingASite(organisation, "55.5");
		Visitor admin = signedIn(Role.ADMIN);

		Page offers = admin.open("/staff/sites/sites").click("offers-link");
		Element card = offer(offers, reference);
		assertThat(card).isNotNull();
		assertThat(card.text()).contains(organisation)
			.contains("Lithuania")
			.contains("Yes, a site we own")
			.contains("55.5")
			.contains("Not a member of a bid");

		Page form = offers.click("Add to the register " + organisation);
		assertThat(form.textOf("#offer")).contains(organisation).contains("Yes, a site we own");
		assertThat(form.document().select("#name").val()).isEqualTo("Site offered by " + organisation);
		assertThat(form.document().select("#operator").val()).isEqualTo(organisation);
		assertThat(form.document().select("#country option[selected]").val()).isEqualTo("LT");

		Page refused = form.form("form[action$='/offers/" + reference + "']")
			.fill("name", "")
			.fill("latitude", "95")
			.fill("longitude", "23.9")
			.submit();
		assertThat(refused.errorFor("name")).isNotBlank();
		assertThat(refused.errorFor("latitude")).contains("from -90 to 90");
		assertThat(repository.siteOfferedIn(reference)).isEmpty();

		Form filled = refused.form("form[action$='/offers/" + reference + "']")
			.fill("name", "Jonava data campus")
			.fill("latitude", "55.08")
			.choose("status", "WITHDRAWN");
		Page site = filled.submit().followed();
		assertThat(site.textOf("#saved")).contains("is in the register.");
		assertThat(site.textOf("#details")).contains(organisation).contains("Lithuania").contains(reference);
		Element grid = site.document().selectFirst("#values tr[data-criterion='grid-capacity']");
		assertThat(grid.text()).contains("55.5").contains("Application " + reference);

		// A second click of the same form finds the site it made and adds nothing.
		Page again = filled.submit().followed();
		assertThat(again.path()).isEqualTo(site.path());
		assertThat(
				jdbc.sql("SELECT count(*) FROM site WHERE offered_in = ?").param(reference).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'site.added-from-offer' AND target_id = ?")
			.param(site.path().substring(site.path().lastIndexOf('/') + 1))
			.query(Long.class)
			.single()).isEqualTo(1);

		Element listed = offer(admin.open("/staff/sites/offers"), reference);
		assertThat(listed.select("a").eachText()).anyMatch(text -> text.startsWith("Open its site"));
	}

	@Test
	void aDemoOfferFromABidMemberNamesTheMemberAsItsOperator() {
		Page offers = signedIn(Role.ADMIN).open("/staff/sites/offers");
		Element demo = offers.document().selectFirst("[data-offer]:contains(Šiaurės skaičiavimai)");
		assertThat(demo).isNotNull();
		assertThat(demo.text()).contains("Member of the bid").contains("40");

		Page form = offers.click("Add to the register UAB „Šiaurės skaičiavimai“ (pavyzdys)");
		assertThat(form.document().select("#operatorMember option[selected]").text())
			.startsWith("UAB „Šiaurės skaičiavimai“ (pavyzdys) (Lithuania)");
	}

	@Test
	void aSitesOperatorIsChosenAmongTheBidsMembersAndAForgedMemberIsRefused() {
		Visitor admin = signedIn(Role.ADMIN);
		String slug = "member-site-" + UUID.randomUUID().toString().substring(0, 8);
		Page form = admin.open("/staff/sites/sites/new");
		Element member = form.document().selectFirst("#operatorMember option:contains(Politechnika Przykładowa)");

		Page forged = form.form("form[action$='/sites/new']")
			.fill("slug", slug)
			.fill("name", "Campus site")
			.choose("country", "PL")
			.choose("status", "WITHDRAWN")
			.tamper("operatorMember", "987654321")
			.submit();
		assertThat(forged.errorFor("operatorMember")).isEqualTo("Choose a member from the list, or none");
		assertThat(repository.siteExists(slug)).isFalse();

		Page site = forged.form("form[action$='/sites/new']")
			.choose("operatorMember", member.val())
			.submit()
			.followed();
		Element operator = site.byId("operator");
		assertThat(operator.text()).contains("Politechnika Przykładowa (przykład)").contains("member of the bid");
		assertThat(operator.selectFirst("a").attr("href")).matches("/staff/bids/[a-z0-9-]+/members/" + member.val());
		assertThat(admin.open(operator.selectFirst("a").attr("href")).status()).isEqualTo(200);
	}

	@Test
	void viewersReadTheOffersButOnlyAdminsAddThem() {
		Visitor viewer = signedIn(Role.VIEWER);
		Page offers = viewer.open("/staff/sites/offers");
		assertThat(offers.status()).isEqualTo(200);
		assertThat(offers.text()).contains("Šiaurės skaičiavimai").doesNotContain("Add to the register");
		String reference = offers.document().selectFirst("[data-offer]").attr("data-offer");
		assertThat(viewer.open("/staff/sites/offers/" + reference).status()).isEqualTo(403);
		assertThat(signedIn(Role.ADMIN).open("/staff/sites/offers/NO-SUCH-1").status()).isEqualTo(404);
	}

}
