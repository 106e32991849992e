package eu.balticaigf.portal.review;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;

import eu.balticaigf.portal.staff.Role;

/**
 * What the signed-in member of staff may change, for pages that offer a form only to
 * those who may use it. The routes themselves are guarded by {@code @PreAuthorize}; this
 * only spares the others a form that would answer 403.
 */
final class Roles {

	private Roles() {
	}

	static void addTo(Model model) {
		model.addAttribute("isAdmin", holds(Role.ADMIN));
		model.addAttribute("canReview", holds(Role.ADMIN) || holds(Role.REVIEWER));
	}

	private static boolean holds(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
	}

}
