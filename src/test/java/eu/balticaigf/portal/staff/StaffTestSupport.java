package eu.balticaigf.portal.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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
		staff.insert(email, "Test " + role.name().charAt(0) + role.name().substring(1).toLowerCase(), encoder.encode(PASSWORD), role);
		return staff.findByEmail(email).orElseThrow();
	}

	/** The password step of a staff member with a second factor: the session now waits for the code. */
	static CookieJar signInWithPassword(MockMvc mvc, String email) throws Exception {
		return new CookieJar().keep(mvc
			.perform(post("/staff/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl(SecondFactorController.CODE_PAGE))
			.andReturn());
	}

	/** The code step, in the session of the jar, which keeps what the answer sets. */
	static MvcResult submitCode(MockMvc mvc, CookieJar jar, String code) throws Exception {
		MvcResult result = mvc
			.perform(post(SecondFactorController.CODE_PAGE).param("code", code).cookie(jar.cookies()).with(csrf()))
			.andReturn();
		jar.keep(result);
		return result;
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
