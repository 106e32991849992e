package eu.balticaigf.portal.privacy;

import java.util.List;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PrivacyNoticeTests extends PortalIntegrationTest {

	/**
	 * The sections the consent boxes of the forms link to ({@code /privacy#applications}
	 * and so on).
	 */
	static final List<String> ANCHORS = List.of("controller", "data", "applications", "directory", "meetings", "emails",
			"staff", "recipients", "cookies", "rights");

	@Autowired
	PrivacySettings settings;

	@Test
	void noticeShowsItsVersionAndTheRetentionPeriods() {
		Page notice = Visitor.at(port).speaking("en").open("/privacy");
		assertThat(notice.byId("privacy-version").text()).startsWith("Version 2025-07-28.");
		assertThat(notice.text()).contains("erased 180 days after the call closes", "Erased 30 days after the meeting",
				"Deleted 30 days after the e-mail was sent");
	}

	@Test
	void noticeNamesTheDataProtectionContactOfTheSettingWithALinkToWrite() {
		assertThat(settings.contact()).as("the embedded default")
			.isEqualTo("dap@eimin.lt, Gedimino pr. 38, LT-01104 Vilnius");
		for (String language : List.of("lt", "en", "pl", "lv", "et")) {
			Page notice = Visitor.at(port).speaking(language).open("/privacy");
			Element contact = notice.byId("privacy-contact");
			assertThat(contact.text()).as(language).endsWith("dap@eimin.lt, Gedimino pr. 38, LT-01104 Vilnius");
			assertThat(contact.select("a[href]").eachAttr("href")).as(language).containsExactly("mailto:dap@eimin.lt");
			assertThat(contact.elementSiblingIndex()).as("under Who is responsible")
				.isBetween(notice.byId("controller").elementSiblingIndex(), notice.byId("data").elementSiblingIndex());
		}
	}

	@Test
	void eachSectionHasAnAnchorToLinkTo() {
		Page notice = Visitor.at(port).speaking("lt").open("/privacy");
		for (String anchor : ANCHORS) {
			assertThat(notice.byId(anchor).tagName()).as("#" + anchor).matches("h[23]");
		}
		assertThat(notice.byId("applications").text()).isEqualTo("Paraiškoje nurodytas kontaktinis asmuo");
		assertThat(notice.byId("meetings").text()).isEqualTo("Į informacinį susitikimą užsiregistravę asmenys");
	}

	@Test
	void noticeIsLinkedFromEveryPageFooter() {
		Page home = Visitor.at(port).speaking("lt").open("/");
		assertThat(home.document().select("footer a[href]").eachAttr("href")).contains("/privacy");
	}

	@Test
	void aContactWithoutAnEmailAddressIsShownAsText() {
		assertThat(PrivacyNoticePage.Contact.of("Gedimino pr. 38, LT-01104 Vilnius"))
			.isEqualTo(new PrivacyNoticePage.Contact("Gedimino pr. 38, LT-01104 Vilnius", null, ""));
		assertThat(PrivacyNoticePage.Contact.of("DPO <dpo@ministry.example>, Vilnius"))
			.isEqualTo(new PrivacyNoticePage.Contact("DPO <", "dpo@ministry.example", ">, Vilnius"));
	}

}
