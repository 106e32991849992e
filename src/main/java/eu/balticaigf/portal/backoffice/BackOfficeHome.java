package eu.balticaigf.portal.backoffice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's home: the links each module contributes that the reader's role may
 * follow. Who is signed in, and signing out, are in the layout's staff bar on every page.
 */
@Controller
class BackOfficeHome {

	/**
	 * Roles from the least to the most: a role may follow the links of every role before
	 * it.
	 */
	private static final List<String> ROLES = List.of("VIEWER", "REVIEWER", "ADMIN");

	private final List<BackOfficeLinks> contributions;

	BackOfficeHome(List<BackOfficeLinks> contributions) {
		this.contributions = contributions;
	}

	/** One line of a section: a single link, or a group's links (a call's pages). */
	record Line(String group, List<BackOfficeLink> links) {
	}

	@GetMapping("/staff")
	String home(Authentication who, Locale locale, Model model) {
		int rank = rank(who);
		Map<BackOfficeLink.Section, List<Line>> sections = new LinkedHashMap<>();
		contributions.stream()
			.flatMap(contribution -> contribution.links(locale).stream())
			.filter(link -> ROLES.indexOf(link.minimumRole()) <= rank)
			.sorted(Comparator.comparing(BackOfficeLink::section).thenComparingInt(BackOfficeLink::order))
			.forEach(link -> {
				List<Line> lines = sections.computeIfAbsent(link.section(), section -> new ArrayList<>());
				Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
				if (link.group() != null && last != null && link.group().equals(last.group())) {
					last.links().add(link);
				}
				else {
					lines.add(new Line(link.group(), new ArrayList<>(List.of(link))));
				}
			});
		model.addAttribute("sections", sections);
		return "backoffice/home";
	}

	private static int rank(Authentication who) {
		int rank = -1;
		for (var authority : who.getAuthorities()) {
			rank = Math.max(rank, ROLES.indexOf(authority.getAuthority().replaceFirst("^ROLE_", "")));
		}
		return rank;
	}

}
