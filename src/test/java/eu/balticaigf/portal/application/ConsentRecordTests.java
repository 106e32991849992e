package eu.balticaigf.portal.application;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Form;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.privacy.DataSubjects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consents are recorded with the notice version when applying, and again when amending
 * under a newer notice.
 */
@PortalTest
class ConsentRecordTests extends PortalIntegrationTest {

	@Test
	void submitRecordsConsentsAndAmendUnderANewNoticeRecordsThemAgain() {
		String email = Forms.randomEmail();
		Forms.Applied applied = Forms
			.submit(Forms.fillValid(Forms.applicationForm(Visitor.at(port)), email).check("consentDirectory"), email);
		String link = applied.privateLink();
		String reference = applied.reference();
		assertThat(consents(email)).isEqualTo("APPLICATION_PROCESSING@2025-07-28,PARTNER_DIRECTORY@2025-07-28");

		Page amended = Forms.amend(Visitor.at(port), link, form -> form.fill("description",
				"A changed description that is certainly longer than fifty characters."));
		assertThat(amended.path()).isEqualTo(link + "?done=amended");
		// Same notice, same contact: the tick confirms the consent already recorded.
		assertThat(consents(email)).isEqualTo("APPLICATION_PROCESSING@2025-07-28,PARTNER_DIRECTORY@2025-07-28");

		// The consent on record was given to an older notice: amending is a new consent
		// to the current one.
		jdbc.sql("UPDATE application SET consent_privacy_version = '2024-01-01' WHERE reference = ?")
			.param(reference)
			.update();
		assertThat(Forms
			.amend(Visitor.at(port), link,
					form -> form.fill("description",
							"Another changed description, again longer than fifty characters."))
			.path()).isEqualTo(link + "?done=amended");
		assertThat(jdbc.sql("SELECT consent_privacy_version FROM application WHERE reference = ?")
			.param(reference)
			.query(String.class)
			.single()).isEqualTo("2025-07-28");
		assertThat(consents(email)).isEqualTo("APPLICATION_PROCESSING@2025-07-28,APPLICATION_PROCESSING@2025-07-28,"
				+ "PARTNER_DIRECTORY@2025-07-28,PARTNER_DIRECTORY@2025-07-28");
		assertThat(jdbc.sql("SELECT DISTINCT source_reference FROM consent_record WHERE subject_hash = ?")
			.param(DataSubjects.hash(email))
			.query(String.class)
			.list()).containsExactly("application:" + reference);
	}

	/**
	 * After an erasure the first application has no contact: a second application is
	 * refused without a notice.
	 */
	@Test
	void applyingAgainForAnOrganisationWhoseContactWasErasedIsRefusedQuietly() {
		String first = Forms.randomEmail();
		Form firstForm = Forms.fillValid(Forms.applicationForm(Visitor.at(port)), first);
		String registryCode = firstForm.value("registryCode");
		Forms.submit(firstForm, first);
		jdbc.sql("UPDATE application SET contact_name = NULL, contact_email = NULL, contact_phone = NULL"
				+ " WHERE registry_code = ?")
			.param(registryCode)
			.update();

		Page refused = Forms.fillValid(Forms.applicationForm(Visitor.at(port)), Forms.randomEmail())
			.fill("registryCode", registryCode)
			.submit("#continue")
			.followed()
			.form()
			.submit();
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.errorFor("registryCode"))
			.startsWith("An application for this organisation has already been made");
		assertThat(jdbc.sql("SELECT count(*) FROM application WHERE registry_code = ?")
			.param(registryCode)
			.query(Long.class)
			.single()).isOne();
	}

	String consents(String email) {
		return jdbc.sql("""
				SELECT string_agg(purpose || '@' || notice_version, ',' ORDER BY purpose) FROM consent_record
				WHERE subject_hash = ?""").param(DataSubjects.hash(email)).query(String.class).single();
	}

}
