package eu.balticaigf.portal.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;
import eu.balticaigf.portal.notification.Email;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.Consents;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in organisation changes about itself: its profile, whether it is listed,
 * and its colleagues. Each change is audited under the address that made it.
 */
@Service
class DirectoryAccounts {

	private final DirectoryStore store;

	private final Consents consents;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	DirectoryAccounts(DirectoryStore store, Consents consents, Outbox outbox, AuditLog audit, Clock clock) {
		this.store = store;
		this.consents = consents;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void saveProfile(OrganisationSession.SignedIn by, String profile, String website) {
		DirectoryStore.Profile before = store.profile(by.organisationKey());
		store.saveProfile(by.organisationKey(), profile, website, clock.instant());
		audit.record(by.email(), "directory.profile.changed", AuditLog.Target.of("directory", by.organisationKey()),
				profileState(before.profile(), before.website()), profileState(profile, website));
	}

	/**
	 * Lists the organisation (a consent to the directory, recorded with the notice's
	 * version) or takes it out of the directory at once.
	 */
	@Transactional
	void setListed(OrganisationSession.SignedIn by, Organisation organisation, boolean listed) {
		store.setListed(organisation.key(), listed, organisation.applicationConsent(), DataSubjects.hash(by.email()),
				clock.instant());
		if (listed) {
			consents.record(by.email(), Consents.Purpose.PARTNER_DIRECTORY, "directory:" + by.organisationKey());
		}
		audit.record(by.email(), listed ? "directory.listed" : "directory.unlisted",
				AuditLog.Target.of("directory", by.organisationKey()), null, null);
	}

	/**
	 * Adds a colleague's address and e-mails them a link to confirm it, in the language
	 * of the one who added them.
	 * @return false when the address is a colleague already
	 */
	@Transactional
	boolean addColleague(OrganisationSession.SignedIn by, Organisation organisation, String email, Locale locale) {
		String token = SecureTokens.newToken();
		Instant now = clock.instant();
		if (!store.addColleague(organisation.key(), DataSubjects.normalise(email), SecureTokens.hash(token), by.email(),
				now)) {
			return false;
		}
		outbox.enqueue(new Email(email, locale, "directory/colleague",
				Map.of("organisation", organisation.name(), "link", ColleaguePages.PATH + "/" + token)));
		audit.record(by.email(), "directory.colleague.added", AuditLog.Target.of("directory", organisation.key()), null,
				Map.of("colleague", DataSubjects.normalise(email)));
		return true;
	}

	@Transactional
	void removeColleague(OrganisationSession.SignedIn by, String email) {
		if (store.removeColleague(by.organisationKey(), DataSubjects.normalise(email))) {
			audit.record(by.email(), "directory.colleague.removed",
					AuditLog.Target.of("directory", by.organisationKey()),
					Map.of("colleague", DataSubjects.normalise(email)), null);
		}
	}

	/** Confirms a colleague's address by its link: the organisation's key, once. */
	@Transactional
	Optional<String> confirmColleague(String token) {
		Optional<String> key = store.confirmColleague(SecureTokens.hash(token), clock.instant());
		key.ifPresent(organisation -> audit.record("colleague (link)", "directory.colleague.confirmed",
				AuditLog.Target.of("directory", organisation), null, null));
		return key;
	}

	Optional<String> colleagueInvitation(String token) {
		return store.colleagueInvitation(SecureTokens.hash(token));
	}

	private static Map<String, Object> profileState(String profile, String website) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("profile", profile);
		state.put("website", website);
		return state;
	}

}
