package eu.balticaigf.portal.sites;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins import sites and their values from a CSV file (chosen, or pasted): the file is
 * read whole and checked, every problem is said by row and column, and nothing is stored
 * unless every row is right; a preview shows what will be added and changed before it is
 * stored.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SiteImportPages {

	static final String IMPORT = SitePages.BASE + "/import";

	private final SiteRegister register;

	private final SiteRepository repository;

	SiteImportPages(SiteRegister register, SiteRepository repository) {
		this.register = register;
		this.repository = repository;
	}

	@GetMapping(IMPORT)
	String form(Model model) {
		return importPage(model, "", List.of());
	}

	@GetMapping(IMPORT + "/sample.csv")
	ResponseEntity<byte[]> sample() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("candidate-sites-sample.csv").build().toString())
			.body(SiteCsv.sample(repository.criteria()));
	}

	record PreviewRow(int row, String slug, String name, boolean added, String country, String status,
			List<String> values) {
	}

	@PostMapping(IMPORT)
	String check(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "csv", required = false) String csv, Model model) {
		String text;
		try {
			text = file != null && !file.isEmpty() ? utf8(file.getBytes()) : csv;
		}
		catch (CharacterCodingException notUtf8) {
			return importPage(model, "", List.of(new SiteCsv.Problem(0, null, "sites.import.error.encoding")));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		SiteCsv.Reading reading = read(text);
		if (!reading.ok()) {
			return importPage(model, text, reading.problems());
		}
		Locale locale = Html.locale();
		Map<String, SiteCriterion> criteria = new java.util.HashMap<>();
		repository.criteria().forEach(c -> criteria.put(c.code(), c));
		model.addAttribute("rows", reading.rows().stream().map(row -> {
			List<String> values = row.values()
				.entrySet()
				.stream()
				.map(v -> criteria.get(v.getKey()).label(locale) + ": "
						+ SitePages.amount(criteria.get(v.getKey()), v.getValue().value(), locale))
				.toList();
			return new PreviewRow(row.number(), row.slug(), row.details().name(), !repository.siteExists(row.slug()),
					SiteRegisterPages.countryName(row.details().country(), locale), t(row.details().status().label()),
					values);
		}).toList());
		model.addAttribute("csv", text);
		return "sites/importPreview";
	}

	@PostMapping(IMPORT + "/store")
	String store(@RequestParam(name = "csv", required = false) String csv, Model model, Authentication who,
			RedirectAttributes redirect) {
		SiteCsv.Reading reading = read(csv);
		if (!reading.ok()) {
			return importPage(model, csv, reading.problems());
		}
		SiteRegister.Imported imported = register.store(reading.rows(), who.getName());
		redirect.addFlashAttribute("saved", t("sites.import.stored", imported.added() + imported.changed()));
		return "redirect:" + SiteRegisterPages.SITES;
	}

	private SiteCsv.Reading read(String text) {
		Set<String> codes = new HashSet<>();
		repository.criteria().forEach(c -> codes.add(c.code()));
		return SiteCsv.read(text, codes, register.today());
	}

	private String importPage(Model model, String csv, List<SiteCsv.Problem> problems) {
		FieldErrors errors = FieldErrors.none();
		if (!problems.isEmpty()) {
			errors.add("csv", t("sites.import.problems", problems.size()));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("problems", problems.stream().map(SiteImportPages::message).toList());
		model.addAttribute("csv", csv == null ? "" : csv);
		Locale locale = Html.locale();
		model.addAttribute("columns",
				SiteCsv.DETAILS.stream()
					.map(column -> new Option(column, t("sites.import.column." + column)))
					.toList());
		model.addAttribute("statuses",
				java.util.Arrays.stream(SiteStatus.values())
					.map(status -> new Option(status.name(), t(status.label())))
					.toList());
		model.addAttribute("criteria",
				repository.criteria()
					.stream()
					.map(c -> new Option(c.code(), c.label(locale) + " (" + t(c.unitLabel()) + ")"))
					.toList());
		return "sites/import";
	}

	/** A problem as a person reads it: where, then what. */
	private static String message(SiteCsv.Problem problem) {
		String what = t(problem.code(), problem.arguments());
		if (problem.row() == 0) {
			return what;
		}
		return problem.column() == null ? t("sites.import.problem.row", problem.row(), what)
				: t("sites.import.problem.cell", problem.row(), problem.column(), what);
	}

	private static String utf8(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

}
