package eu.balticaigf.portal.staff;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every back-office route of the staff module, for every kind of visitor: anonymous (sent to sign in), each role
 * that may not (403), and each that may (not refused). A test also fails when the module gains a route that is
 * missing from the table, so nobody forgets to decide who may use it.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffRouteAccessTests {

	/** Who may use a route: any member of staff, or admins only. */
	enum Access {

		STAFF(Role.ADMIN, Role.REVIEWER, Role.VIEWER), ADMIN(Role.ADMIN);

		final Set<Role> allowed;

		Access(Role... allowed) {
			this.allowed = Set.of(allowed);
		}

	}

	record Route(HttpMethod method, String pattern, String example, Access access) {

		@Override
		public String toString() {
			return method + " " + example;
		}

	}

	static final List<Route> ROUTES = List.of(new Route(HttpMethod.GET, "/staff", "/staff", Access.STAFF),
			new Route(HttpMethod.GET, "/staff/second-factor", "/staff/second-factor", Access.STAFF),
			new Route(HttpMethod.POST, "/staff/second-factor", "/staff/second-factor", Access.STAFF),
			new Route(HttpMethod.GET, "/staff/audit", "/staff/audit", Access.ADMIN),
			new Route(HttpMethod.GET, "/staff/audit/export", "/staff/audit/export", Access.ADMIN),
			new Route(HttpMethod.GET, "/staff/accounts", "/staff/accounts", Access.ADMIN),
			new Route(HttpMethod.GET, "/staff/accounts/invite", "/staff/accounts/invite", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/accounts/invite", "/staff/accounts/invite", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/accounts/{id}/role", "/staff/accounts/0/role", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/accounts/{id}/reinvite", "/staff/accounts/0/reinvite", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/accounts/{id}/deactivate", "/staff/accounts/0/deactivate", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/accounts/{id}/reactivate", "/staff/accounts/0/reactivate", Access.ADMIN),
			new Route(HttpMethod.GET, "/staff/api-tokens", "/staff/api-tokens", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/api-tokens", "/staff/api-tokens", Access.ADMIN),
			new Route(HttpMethod.POST, "/staff/api-tokens/{id}/revoke", "/staff/api-tokens/0/revoke", Access.ADMIN));

	/** Open before sign-in, or to a half-signed-in session only: tested in StaffSignInTests and TwoStepSignInTests. */
	static final Set<String> SIGN_IN_ROUTES = Set.of("/staff/login", "/staff/login/code", "/staff/invitation/{token}");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final java.util.Map<Role, String> accounts = new java.util.EnumMap<>(Role.class);

	@BeforeAll
	void accounts() {
		for (Role role : Role.values()) {
			accounts.put(role, StaffTestSupport.createAccount(staff, encoder, StaffTestSupport.uniqueEmail("route"), role)
				.email());
		}
	}

	static Stream<Route> routes() {
		return ROUTES.stream();
	}

	private MockHttpServletRequestBuilder call(Route route) {
		return request(route.method(), route.example()).with(csrf());
	}

	@ParameterizedTest
	@MethodSource("routes")
	void anonymousVisitorsAreSentToSignIn(Route route) throws Exception {
		var response = mvc.perform(call(route)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/staff/login");
	}

	@ParameterizedTest
	@MethodSource("routes")
	void onlyTheRightRolesGetThrough(Route route) throws Exception {
		for (Role role : Role.values()) {
			int status = mvc.perform(call(route).with(user(accounts.get(role)).roles(role.name())))
				.andReturn()
				.getResponse()
				.getStatus();
			if (route.access().allowed.contains(role)) {
				assertThat(status).as(role + " on " + route).isNotIn(401, 403).isLessThan(500);
				if (route.method() == HttpMethod.GET) {
					assertThat(status).as(role + " on " + route).isEqualTo(200);
				}
			}
			else {
				assertThat(status).as(role + " on " + route).isEqualTo(403);
			}
		}
	}

	@Test
	void everyStaffRouteOfThisModuleIsInTheTable() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().equals(StaffRouteAccessTests.class.getPackageName())) {
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith("/staff")) {
						for (var method : info.getMethodsCondition().getMethods()) {
							mapped.add(method.name() + " " + pattern);
						}
					}
				}
			}
		});
		Set<String> covered = new TreeSet<>();
		ROUTES.forEach(route -> covered.add(route.method().name() + " " + route.pattern()));
		mapped.removeIf(route -> SIGN_IN_ROUTES.contains(route.substring(route.indexOf(' ') + 1)));
		assertThat(covered).containsAll(mapped);
	}

}
