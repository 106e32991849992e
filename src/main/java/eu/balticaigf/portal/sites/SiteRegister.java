package eu.balticaigf.portal.sites;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the candidate sites, their values and the criteria catalogue here; every
 * change is audited with the state before and after, in the change's transaction. A
 * change after an assessment was frozen shows in the next freeze, which therefore makes a
 * new version.
 */
@Service
class SiteRegister {

	private final SiteRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	SiteRegister(SiteRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** What staff say about a site itself. */
	record Details(String name, String operator, String country, Double latitude, Double longitude, SiteStatus status) {

		static Details of(Site site) {
			return new Details(site.name(), site.operator(), site.country(), site.latitude(), site.longitude(),
					site.status());
		}

	}

	/** A value as entered, before it gets who and when. */
	record Evidence(double value, String source, LocalDate measuredOn) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * @return false when a site with this slug exists already (nothing is stored)
	 */
	@Transactional
	boolean add(String slug, Details details) {
		if (repository.siteExists(slug)) {
			return false;
		}
		long id = repository.insertSite(slug, details.name(), details.operator(), details.country(), details.latitude(),
				details.longitude(), details.status(), false);
		audit.record("site.added", AuditLog.Target.of("site", slug), null, details);
		return id > 0;
	}

	@Transactional
	void change(Site site, Details details) {
		repository.updateSite(site.id(), details.name(), details.operator(), details.country(), details.latitude(),
				details.longitude(), details.status());
		audit.record("site.changed", AuditLog.Target.of("site", site.slug()), Details.of(site), details);
	}

	@Transactional
	void putValue(Site site, String criterion, Evidence evidence, String by) {
		SiteValue before = repository.values(site.id()).get(criterion);
		SiteValue after = new SiteValue(criterion, evidence.value(), evidence.source(), evidence.measuredOn(), by,
				clock.instant());
		repository.putValue(site.id(), after);
		audit.record("site.value-entered", AuditLog.Target.of("site", site.slug()), before, after);
	}

	@Transactional
	void removeValue(Site site, String criterion) {
		SiteValue before = repository.values(site.id()).get(criterion);
		if (before != null && repository.removeValue(site.id(), criterion)) {
			audit.record("site.value-removed", AuditLog.Target.of("site", site.slug()), before, null);
		}
	}

	/**
	 * @return false when {@code add} and the code is taken (nothing is stored)
	 */
	@Transactional
	boolean putCriterion(SiteCriterion criterion, boolean add) {
		Optional<SiteCriterion> before = repository.criterion(criterion.code());
		if (add == before.isPresent()) {
			return false;
		}
		repository.putCriterion(criterion);
		audit.record(add ? "site-criterion.added" : "site-criterion.changed",
				AuditLog.Target.of("site-criterion", criterion.code()), before.orElse(null), criterion);
		return true;
	}

	/**
	 * One site's values as the pages show them: entered, or for latency estimated from
	 * distance where none was entered.
	 */
	@Transactional(readOnly = true)
	Map<String, SiteAssessments.Shown> shown(Site site, List<SiteCriterion> catalogue) {
		return SiteAssessments.shown(site, catalogue, repository.values(site.id()));
	}

}
