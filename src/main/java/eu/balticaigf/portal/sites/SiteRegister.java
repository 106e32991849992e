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

	/**
	 * What staff say about a site itself; {@code operatorMember} is the bid member that
	 * operates it (then {@code operator} is that member's name), or null.
	 */
	record Details(String name, String operator, Long operatorMember, String country, Double latitude, Double longitude,
			SiteStatus status) {

		static Details of(Site site) {
			return new Details(site.name(), site.operator(), site.operatorMember(), site.country(), site.latitude(),
					site.longitude(), site.status());
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
		return add(slug, details, null);
	}

	/**
	 * The same for a site an organisation offered in the application {@code offeredIn}:
	 * false also when that offer is in the register already.
	 */
	@Transactional
	boolean add(String slug, Details details, String offeredIn) {
		boolean added = repository.insertSiteIfNew(slug, details, false, offeredIn).isPresent();
		if (added) {
			audit.record(offeredIn == null ? "site.added" : "site.added-from-offer", AuditLog.Target.of("site", slug),
					null, details);
		}
		return added;
	}

	@Transactional
	void change(Site site, Details details) {
		repository.updateSite(site.id(), details);
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

	/** What an import did. */
	record Imported(int added, int changed, int values) {
	}

	/**
	 * Stores every row of an import, or nothing: one transaction. A row whose slug exists
	 * changes that site; its empty cells leave values as they were.
	 */
	@Transactional
	Imported store(List<SiteCsv.Row> rows, String by) {
		int added = 0;
		int changed = 0;
		int values = 0;
		for (SiteCsv.Row row : rows) {
			if (add(row.slug(), row.details())) {
				added++;
			}
			else {
				Site existing = repository.site(row.slug()).orElseThrow();
				change(existing, keepingMember(existing, row.details()));
				changed++;
			}
			Site site = repository.site(row.slug()).orElseThrow();
			for (Map.Entry<String, Evidence> value : row.values().entrySet()) {
				putValue(site, value.getKey(), value.getValue(), by);
				values++;
			}
		}
		return new Imported(added, changed, values);
	}

	/**
	 * A file names the operator only in words: while the name is the one the site has,
	 * the link to the bid member stays.
	 */
	private static Details keepingMember(Site site, Details imported) {
		boolean same = site.operatorMember() != null && java.util.Objects.equals(site.operator(), imported.operator());
		return same ? new Details(imported.name(), imported.operator(), site.operatorMember(), imported.country(),
				imported.latitude(), imported.longitude(), imported.status()) : imported;
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
