package eu.balticaigf.portal.dossier;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.bid.BidFacts;
import eu.balticaigf.portal.dossier.DossierModel.Cell;
import eu.balticaigf.portal.shared.StaffNames;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Languages;
import eu.balticaigf.portal.shared.web.Option;
import eu.balticaigf.portal.shared.web.Authorities;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of a bid's dossiers: admins generate one (in a language), every member
 * of staff follows its progress (the page reloads itself while one is queued or running),
 * downloads any version exactly as it was issued, and sees what changed since the version
 * before.
 */
@Controller
class DossierPages {

	static final String INDEX = "/staff/dossiers";

	static final String BASE = "/staff/bids/{slug}/dossiers";

	/** Seconds between reloads while a dossier is being generated. */
	static final int REFRESH_SECONDS = 3;

	private final BidFacts bids;

	private final DossierJobs jobs;

	private final DossierStore store;

	private final DossierSettings settings;

	private final Formats formats;

	private final StaffNames staffNames;

	private final ObjectMapper json;

	DossierPages(BidFacts bids, DossierJobs jobs, DossierStore store, DossierSettings settings, Formats formats,
			StaffNames staffNames, ObjectMapper json) {
		this.bids = bids;
		this.jobs = jobs;
		this.store = store;
		this.settings = settings;
		this.formats = formats;
		this.staffNames = staffNames;
		this.json = json;
	}

	record BidLink(String slug, String title, String href) {
	}

	@GetMapping(INDEX)
	String index(Model model) {
		model.addAttribute("bids",
				bids.bids().stream().map(b -> new BidLink(b.slug(), b.title(), path(b.slug()))).toList());
		return "dossier/index";
	}

	/**
	 * A version as the page lists it; {@code problem} says why there is no file.
	 */
	record VersionRow(int version, String language, String status, String statusCode, String by, String requested,
			String finished, Integer pages, String pdfHref, String pdfSha256, String xlsxHref, String xlsxSha256,
			String problem) {
	}

	record Change(String what, String before, String after) {
	}

	/** What changed in version {@code to} since version {@code from}. */
	record Changes(int from, int to, List<Change> totals, List<String> membersAdded, List<String> membersRemoved,
			List<String> commitmentsAdded, List<String> commitmentsRemoved) {

		boolean none() {
			return totals.isEmpty() && membersAdded.isEmpty() && membersRemoved.isEmpty() && commitmentsAdded.isEmpty()
					&& commitmentsRemoved.isEmpty();
		}

	}

	record Dossiers(String slug, String title, String action, boolean mayGenerate, List<Option> languages,
			boolean pending, List<VersionRow> versions, Changes changes, int maxPages) {
	}

	@GetMapping(BASE)
	String page(@PathVariable String slug, Authentication who, Model model) {
		String title = bids.title(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<DossierStore.Version> versions = store.versions(slug);
		Map<String, String> names = staffNames
			.byEmail(versions.stream().map(DossierStore.Version::requestedBy).distinct().toList());
		boolean pending = versions.stream().anyMatch(v -> v.status().pending());
		List<VersionRow> rows = versions.stream().map(v -> row(v, names)).toList();
		Changes changes = versions.stream()
			.filter(v -> v.status() == DossierStore.Status.DONE)
			.findFirst()
			.flatMap(latest -> changes(slug, latest.version()))
			.orElse(null);
		List<Option> languages = new ArrayList<>();
		languages.add(new Option("en", t("dossier.language.en")));
		Languages.CODES.stream()
			.filter(code -> !code.equals("en"))
			.forEach(code -> languages.add(new Option(code, t("dossier.language." + code))));
		model.addAttribute("dossiers", new Dossiers(slug, title, path(slug), mayGenerate(who), languages, pending, rows,
				changes, settings.maxPages()));
		model.addAttribute("refreshSeconds", pending ? REFRESH_SECONDS : null);
		return "dossier/dossiers";
	}

	@PostMapping(BASE)
	@PreAuthorize("hasRole('ADMIN')")
	String generate(@PathVariable String slug, @RequestParam(name = "language", required = false) String language,
			Authentication who, RedirectAttributes redirect) {
		bids.title(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DossierStore.Version version = jobs.request(slug, language(language), who.getName());
		redirect.addFlashAttribute("queued", t("dossier.queued", version.version()));
		return "redirect:" + path(slug);
	}

	@GetMapping(BASE + "/{version}.{format}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable int version, @PathVariable String format) {
		return file(store, slug, version, format);
	}

	/** A finished version's PDF or XLSX exactly as it was issued; 404 otherwise. */
	static ResponseEntity<byte[]> file(DossierStore store, String slug, int version, String format) {
		if (!format.equals("pdf") && !format.equals("xlsx")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] bytes = store.file(slug, version, format)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String type = format.equals("pdf") ? "application/pdf"
				: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		return ResponseEntity.ok()
			.header("Content-Type", type)
			.header("Content-Disposition",
					"attachment; filename=\"dossier-" + slug + "-v" + version + "." + format + "\"")
			.body(bytes);
	}

	static String path(String slug) {
		return BASE.replace("{slug}", slug);
	}

	/** One of the portal's languages; English (the Commission's) by default. */
	static Locale language(String code) {
		return code != null && Languages.CODES.contains(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
	}

	private static boolean mayGenerate(Authentication who) {
		return Authorities.holdsAny(who, "ROLE_ADMIN");
	}

	private VersionRow row(DossierStore.Version v, Map<String, String> names) {
		String base = path(v.bidSlug()) + "/" + v.version();
		boolean done = v.status() == DossierStore.Status.DONE;
		String problem = v.problem() == null ? null : "TOO_MANY_PAGES".equals(v.problem())
				? t("dossier.problem.TOO_MANY_PAGES", v.pages(), v.pageLimit()) : t("dossier.problem." + v.problem());
		return new VersionRow(v.version(), t("dossier.language." + v.language()), t(v.status().label()),
				v.status().name(), names.getOrDefault(v.requestedBy(), v.requestedBy()),
				formats.dateTime(v.requestedAt(), DossierContents.ZONE),
				v.finishedAt() == null ? null : formats.dateTime(v.finishedAt(), DossierContents.ZONE), v.pages(),
				done ? base + ".pdf" : null, v.pdfSha256(), done ? base + ".xlsx" : null, v.xlsxSha256(), problem);
	}

	private record Kept(Map<String, Map<String, Object>> totals, Map<String, Map<String, String>> contents) {
	}

	private Optional<Changes> changes(String slug, int latest) {
		return store.previousDone(slug, latest).flatMap(previous -> {
			Optional<Kept> before = kept(slug, previous);
			Optional<Kept> after = kept(slug, latest);
			if (before.isEmpty() || after.isEmpty()) {
				return Optional.empty();
			}
			Locale locale = Html.locale();
			List<Change> totals = new ArrayList<>();
			Map<String, Map<String, Object>> was = before.get().totals();
			after.get().totals().forEach((key, now) -> {
				Map<String, Object> then = was.get(key);
				String shownNow = cell(now).shown(locale);
				String shownThen = then == null ? "" : cell(then).shown(locale);
				if (!shownNow.equals(shownThen)) {
					totals.add(new Change(label(key), shownThen, shownNow));
				}
			});
			Map<String, String> membersThen = before.get().contents().getOrDefault("members", Map.of());
			Map<String, String> membersNow = after.get().contents().getOrDefault("members", Map.of());
			Map<String, String> commitmentsThen = before.get().contents().getOrDefault("commitments", Map.of());
			Map<String, String> commitmentsNow = after.get().contents().getOrDefault("commitments", Map.of());
			return Optional.of(new Changes(previous, latest, totals, added(membersThen, membersNow),
					added(membersNow, membersThen), added(commitmentsThen, commitmentsNow),
					added(commitmentsNow, commitmentsThen)));
		});
	}

	private Optional<Kept> kept(String slug, int version) {
		return store.kept(slug, version)
			.map(kept -> new Kept(
					json.readValue(kept.totals(), new TypeReference<LinkedHashMap<String, Map<String, Object>>>() {
					}),
					json.readValue(kept.contents(), new TypeReference<LinkedHashMap<String, Map<String, String>>>() {
					})));
	}

	private static List<String> added(Map<String, String> before, Map<String, String> after) {
		return after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
	}

	/** A stored total back as a cell: its kind says how it is written. */
	static Cell cell(Map<String, Object> stored) {
		DossierModel.Kind kind = DossierModel.Kind.valueOf((String) stored.get("kind"));
		Number value = (Number) stored.get("value");
		return new Cell(kind, switch (kind) {
			case COUNT, EUR -> value.longValue();
			case DECIMAL -> new BigDecimal(value.toString());
			default -> value.doubleValue();
		});
	}

	/** "Funding plan – Capital cost by source: Target" from funding.sources.target. */
	private static String label(String key) {
		String[] parts = key.split("\\.");
		return t("dossier.change.total", t("dossier.section." + parts[0]), t("dossier.table." + parts[1]),
				t("dossier.column." + parts[2]));
	}

}
