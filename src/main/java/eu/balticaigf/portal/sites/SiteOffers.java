package eu.balticaigf.portal.sites;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.application.StoredApplication;
import eu.balticaigf.portal.bid.BidOrganisations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites that organisations offered through a call's own questions: an application that
 * answers the site question with a yes is an offer, and staff add it to the register
 * once. The site keeps the offer's reference, its operator is the organisation (linked to
 * its bid member where it is one), and the offer's numbers become values whose source is
 * the application.
 */
@Service
class SiteOffers {

	/**
	 * The call question asking whether an organisation offers a site (the demo call asks
	 * it).
	 */
	static final String QUESTION = "siteOffer";

	/** The answers to {@link #QUESTION} that offer a site. */
	static final Set<String> OFFERING = Set.of("OWN_SITE", "WITH_PARTNER");

	/**
	 * Number questions whose answers become a criterion's value: question key to
	 * criterion code.
	 */
	static final Map<String, String> VALUES = Map.of("siteGridMw", "grid-capacity");

	private static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	/**
	 * One offer: the application, the site it became (its slug, or null) and the bid
	 * member the organisation is (or null).
	 */
	record Offer(StoredApplication application, String siteSlug, BidOrganisations.Listed member) {

		String reference() {
			return application.reference();
		}

		String organisation() {
			return application.data().organisationName();
		}

		/**
		 * The site's details as the offer suggests them; staff may change any before
		 * adding.
		 */
		SiteRegister.Details suggested(String name) {
			return new SiteRegister.Details(name, organisation(), member == null ? null : member.id(),
					application.data().country(), null, null, SiteStatus.PROPOSED);
		}

	}

	private final Applications applications;

	private final BidOrganisations members;

	private final SiteRepository repository;

	private final SiteRegister register;

	SiteOffers(Applications applications, BidOrganisations members, SiteRepository repository, SiteRegister register) {
		this.applications = applications;
		this.members = members;
		this.repository = repository;
		this.register = register;
	}

	@Transactional(readOnly = true)
	List<Offer> offers() {
		Map<String, String> sites = repository.offeredSites();
		List<BidOrganisations.Listed> listed = members.members();
		return applications.answering(QUESTION, OFFERING)
			.stream()
			.map(application -> new Offer(application, sites.get(application.reference()),
					listed.stream()
						.filter(m -> application.reference().equals(m.applicationReference()))
						.findFirst()
						.orElse(null)))
			.toList();
	}

	Optional<Offer> offer(String reference) {
		return offers().stream().filter(offer -> offer.reference().equals(reference)).findFirst();
	}

	/** A short name for a new site from its organisation's name, free in the register. */
	String suggestedSlug(Offer offer) {
		String base = Normalizer.normalize(offer.organisation(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		base = (base.isEmpty() ? "site" : base.substring(0, Math.min(base.length(), SiteInput.MAX_NAME - 8)))
			.replaceAll("-$", "") + "-site";
		String slug = base;
		for (int n = 2; repository.siteExists(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * Adds the offer's site with the details staff confirmed, and the offer's numbers as
	 * values dated the day the application was submitted. An offer already in the
	 * register is not added again (a second click): its site is the answer, as it is.
	 * @return the slug of the offer's site, or empty when {@code slug} is another site's
	 * (nothing is stored)
	 */
	@Transactional
	Optional<String> register(Offer offer, String slug, SiteRegister.Details details, String source, String by) {
		Optional<String> registered = repository.siteOfferedIn(offer.reference()).map(Site::slug);
		if (registered.isPresent() || !register.add(slug, details, offer.reference())) {
			return registered.or(() -> repository.siteOfferedIn(offer.reference()).map(Site::slug));
		}
		Site site = repository.site(slug).orElseThrow();
		LocalDate submitted = LocalDate.ofInstant(offer.application().submittedAt(), ZONE);
		VALUES.forEach((question, criterion) -> {
			if (offer.application().data().answers().get(question) instanceof Number number) {
				register.putValue(site, criterion,
						new SiteRegister.Evidence(new BigDecimal(number.toString()).doubleValue(), source, submitted),
						by);
			}
		});
		return Optional.of(slug);
	}

}
