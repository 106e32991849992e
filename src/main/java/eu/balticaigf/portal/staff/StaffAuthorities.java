package eu.balticaigf.portal.staff;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities a staff session holds at each step of signing in. Between the password
 * and the second factor the session holds only a pending authority, which opens the code
 * (or enrolment) page and nothing else.
 */
final class StaffAuthorities {

	/** The password was right; the one-time code is still missing. */
	static final String FACTOR_PENDING = "FACTOR_PENDING";

	/**
	 * The password was right, but this account must enrol a second factor before anything
	 * else.
	 */
	static final String ENROLMENT_REQUIRED = "ENROLMENT_REQUIRED";

	private StaffAuthorities() {
	}

	static List<GrantedAuthority> of(Role role) {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	static List<GrantedAuthority> pending(String step) {
		return List.of(new SimpleGrantedAuthority(step));
	}

	static boolean holds(Authentication authentication, String authority) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> authority.equals(granted.getAuthority()));
	}

}
