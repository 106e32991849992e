package eu.balticaigf.portal.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.balticaigf.portal.application.ApplyingOrganisation;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.bid.BidOrganisations;
import eu.balticaigf.portal.privacy.DataSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Which organisations the directory knows, read through their owners' APIs (the
 * application module for those that applied, the bid module for members added without an
 * application) and joined here with what each said in the directory. Nothing is copied: a
 * consent unticked in an amendment, or an application withdrawn, takes the listing away
 * at the next page view.
 */
@Service
class Organisations {

	/** What someone looks for in the directory; blank fields do not filter. */
	record Query(String q, String country, String category, String area) {

		static Query none() {
			return new Query("", "", "", "");
		}

	}

	private final Applications applications;

	private final BidOrganisations members;

	private final DirectoryStore store;

	private final JdbcClient jdbc;

	Organisations(Applications applications, BidOrganisations members, DirectoryStore store, JdbcClient jdbc) {
		this.applications = applications;
		this.members = members;
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * The organisations this address may act for: as the contact of the latest
	 * application or of a bid member, or as a confirmed colleague.
	 */
	List<Organisation> speakingFor(String email) {
		Map<String, Organisation> found = new LinkedHashMap<>();
		for (ApplyingOrganisation applying : applications.organisationsWithContact(email)) {
			Organisation organisation = of(applying, store.profile(OrganisationKeys.of(applying)));
			found.put(organisation.key(), organisation);
		}
		for (BidOrganisations.DirectMember member : members.withContact(email)) {
			Organisation organisation = of(member, store.profile(OrganisationKeys.of(member)));
			found.put(organisation.key(), organisation);
		}
		for (String key : store.organisationsOfColleague(DataSubjects.normalise(email))) {
			if (!found.containsKey(key)) {
				find(key).ifPresent(organisation -> found.put(key, organisation));
			}
		}
		return List.copyOf(found.values());
	}

	/** The organisation with this key while its application or membership exists. */
	Optional<Organisation> find(String key) {
		DirectoryStore.Profile profile = store.profile(key);
		Optional<Organisation> applying = OrganisationKeys.application(key)
			.flatMap(parts -> applications.organisation(parts[0], parts[1]))
			.map(found -> of(found, profile));
		if (applying.isPresent()) {
			return applying;
		}
		return OrganisationKeys.member(key).flatMap(members::member).map(member -> of(member, profile));
	}

	/**
	 * The listed organisations that answer the query, by name: those whose application
	 * consents and who did not withdraw here, and those who chose here to be listed.
	 */
	List<Organisation> listed(Query query) {
		Map<String, DirectoryStore.Profile> profiles = store.profiles();
		Map<String, Organisation> listed = new LinkedHashMap<>();
		for (ApplyingOrganisation applying : applications.organisationsConsentingToDirectory()) {
			String key = OrganisationKeys.of(applying);
			listed.put(key, of(applying, profiles.getOrDefault(key, DirectoryStore.Profile.none(key))));
		}
		for (String key : store.listedHere()) {
			if (!listed.containsKey(key)) {
				find(key).ifPresent(organisation -> listed.put(key, organisation));
			}
		}
		List<Organisation> answers = listed.values()
			.stream()
			.filter(Organisation::listed)
			.filter(organisation -> matches(query.country(), organisation.country()))
			.filter(organisation -> matches(query.category(), organisation.category()))
			.filter(organisation -> !StringUtils.hasText(query.area())
					|| organisation.contributionAreas().contains(query.area()))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
		return StringUtils.hasText(query.q()) ? search(answers, query.q().strip()) : answers;
	}

	/**
	 * Keeps those whose name or profile contains the words, folded as staff search folds
	 * them ({@code search_fold}: case and accents ignored), so that "lodz" finds "Łódź".
	 * The texts come from two modules, so they are folded here rather than in either's
	 * query.
	 */
	private List<Organisation> search(List<Organisation> organisations, String q) {
		if (organisations.isEmpty()) {
			return organisations;
		}
		String[] texts = organisations.stream().map(o -> o.name() + " " + o.profile()).toArray(String[]::new);
		String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Set<Integer> hits = Set.copyOf(jdbc.sql("""
				SELECT i::int FROM unnest(?::text[]) WITH ORDINALITY AS t(text, i)
				WHERE search_fold(text) LIKE search_fold(?)""").params(texts, pattern).query(Integer.class).list());
		List<Organisation> kept = new ArrayList<>();
		for (int i = 0; i < organisations.size(); i++) {
			if (hits.contains(i + 1)) {
				kept.add(organisations.get(i));
			}
		}
		return kept;
	}

	private static boolean matches(String wanted, String value) {
		return !StringUtils.hasText(wanted) || wanted.equals(value);
	}

	private static Organisation of(ApplyingOrganisation applying, DirectoryStore.Profile profile) {
		return new Organisation(OrganisationKeys.of(applying), applying.name(), applying.country(), applying.category(),
				applying.contributionAreas(), profile.profile(),
				StringUtils.hasText(profile.website()) ? profile.website() : applying.website(),
				profile.listed(applying.consentsToDirectory()), applying.consentsToDirectory());
	}

	private static Organisation of(BidOrganisations.DirectMember member, DirectoryStore.Profile profile) {
		return new Organisation(OrganisationKeys.of(member), member.name(), member.country(), member.category(),
				List.of(), profile.profile(), profile.website(), profile.listed(false), false);
	}

}
