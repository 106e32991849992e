package eu.balticaigf.portal.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as public JSON: the same listed organisations and filters as the page,
 * with codes instead of labels. There is no contact in it to leave out: an
 * {@link Organisation} has none.
 */
@RestController
class DirectoryApi {

	/** One listed organisation. */
	record Listed(String name, String country, String category, List<String> contributionAreas, String profile,
			String website) {
	}

	private final Organisations organisations;

	private final DirectorySettings settings;

	DirectoryApi(Organisations organisations, DirectorySettings settings) {
		this.organisations = organisations;
		this.settings = settings;
	}

	/**
	 * Filters: {@code q} (name or profile, case and accents ignored), {@code country}
	 * (ISO code), {@code category}, {@code area} (a contribution area's code);
	 * {@code page} from 1.
	 */
	@GetMapping("/api/v1/directory")
	Map<String, Object> directory(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "1") String page) {
		DirectoryPages.Found found = DirectoryPages.Found.page(
				organisations.listed(new Organisations.Query(q.strip(), country, category, area)),
				DirectoryPages.pageNumber(page), settings.pageSize());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("total", found.total());
		answer.put("page", found.page());
		answer.put("pages", found.pages());
		answer.put("organisations", found.organisations()
			.stream()
			.map(o -> new Listed(o.name(), o.country(), o.category(), o.contributionAreas(), o.profile(), o.website()))
			.toList());
		return answer;
	}

}
