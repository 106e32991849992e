package eu.balticaigf.portal.shared.web;

import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * Whether the signed-in person holds one of some roles: what a page asks to decide which
 * controls to show (the routes themselves are guarded by {@code @PreAuthorize}).
 */
public final class Authorities {

	private Authorities() {
	}

	/** True when {@code who} holds any of {@code authorities} (e.g. "ROLE_ADMIN"). */
	public static boolean holdsAny(Authentication who, String... authorities) {
		Set<String> wanted = Set.of(authorities);
		return who != null && who.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
	}

}
