package eu.balticaigf.portal.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/** Accounts with unique addresses (the suite shares one database), a clock tests can move, and a cookie jar. */
final class StaffTestSupport {

	static final String PASSWORD = "amber kettle orbit lantern";

	private StaffTestSupport() {
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ministry.test";
	}

	static StaffAccount createAccount(StaffRepository staff, org.springframework.security.crypto.password.PasswordEncoder encoder,
			String email, Role role) {
		staff.insert(email, "Test " + role, encoder.encode(PASSWORD), role);
		return staff.findByEmail(email).orElseThrow();
	}

	/** The session and CSRF cookies the browser would carry from one response to the next request. */
	static final class CookieJar {

		private final List<Cookie> cookies = new ArrayList<>();

		CookieJar keep(MvcResult result) {
			for (Cookie cookie : result.getResponse().getCookies()) {
				cookies.removeIf(kept -> kept.getName().equals(cookie.getName()));
				if (cookie.getMaxAge() != 0) {
					cookies.add(cookie);
				}
			}
			return this;
		}

		Cookie[] cookies() {
			return cookies.toArray(Cookie[]::new);
		}

	}

}
