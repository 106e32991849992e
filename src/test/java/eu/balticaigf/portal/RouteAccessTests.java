package eu.balticaigf.portal;

import static eu.balticaigf.portal.RouteAccessTests.Access.ADMIN;
import static eu.balticaigf.portal.RouteAccessTests.Access.PUBLIC;
import static eu.balticaigf.portal.RouteAccessTests.Access.READ_TOKEN;
import static eu.balticaigf.portal.RouteAccessTests.Access.READ_WRITE_TOKEN;
import static eu.balticaigf.portal.RouteAccessTests.Access.REVIEWER;
import static eu.balticaigf.portal.RouteAccessTests.Access.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.shared.SecureTokens;
import eu.balticaigf.portal.staff.Role;

/**
 * Who may use every back-office page and every API endpoint, whichever module it lives
 * in. The routes are read from Spring's own route table, and a route missing from
 * {@link #ROUTES} (or listed there but gone) fails the build, so nobody adds one without
 * deciding who may use it. For each route: an anonymous visitor is sent to sign in
 * (pages) or gets 401 (API), every role or token below the one required gets 403, and
 * those allowed get through.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTests extends PortalIntegrationTest {

	/**
	 * The least a caller needs; roles rank ADMIN above REVIEWER above VIEWER, a
	 * read-write token above a read one.
	 */
	enum Access {

		/**
		 * Anyone, signed in or not: signing in, accepting an invitation, a forgotten
		 * password, the public API.
		 */
		PUBLIC,
		/** Any member of staff. */
		VIEWER,
		/** Reviewers and admins. */
		REVIEWER, ADMIN,
		/** An API token with either scope. */
		READ_TOKEN, READ_WRITE_TOKEN;

		boolean allows(Role role) {
			return switch (this) {
				case PUBLIC, VIEWER -> true;
				case REVIEWER -> role != Role.VIEWER;
				case ADMIN -> role == Role.ADMIN;
				case READ_TOKEN, READ_WRITE_TOKEN -> throw new IllegalStateException(this + " is for the API");
			};
		}

	}

	/**
	 * One route, and a path to call it by. In the path, {@code {reference}} becomes a
	 * freshly inserted application, {@code {slug}} the demo call or meeting; {@code {id}}
	 * and {@code {token}} name nothing that exists, so there the allowed caller may get
	 * 404.
	 */
	record Route(HttpMethod method, String pattern, Access access, String example) {

		Route(HttpMethod method, String pattern, Access access) {
			this(method, pattern, access, pattern);
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

		boolean namesSomethingMissing() {
			return example.contains("{id}") || example.contains("{token}");
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + access + ")";
		}

	}

	static final List<Route> ROUTES = List.of(
			// Signing in and accepting an invitation come before any role.
			new Route(GET, "/staff/login", PUBLIC), new Route(GET, "/staff/login/code", PUBLIC),
			new Route(POST, "/staff/login/code", PUBLIC), new Route(GET, "/staff/invitation/{token}", PUBLIC),
			new Route(POST, "/staff/invitation/{token}", PUBLIC), new Route(GET, "/staff/password-reset", PUBLIC),
			new Route(POST, "/staff/password-reset", PUBLIC), new Route(GET, "/staff/password-reset/sent", PUBLIC),
			new Route(GET, "/staff/password-reset/{token}", PUBLIC),
			new Route(POST, "/staff/password-reset/{token}", PUBLIC),
			// staff
			new Route(GET, "/staff", VIEWER), new Route(GET, "/staff/second-factor", VIEWER),
			new Route(POST, "/staff/second-factor", VIEWER), new Route(GET, "/staff/audit", ADMIN),
			new Route(GET, "/staff/audit/export", ADMIN), new Route(GET, "/staff/accounts", ADMIN),
			new Route(GET, "/staff/accounts/invite", ADMIN), new Route(POST, "/staff/accounts/invite", ADMIN),
			new Route(POST, "/staff/accounts/{id}/role", ADMIN),
			new Route(POST, "/staff/accounts/{id}/reinvite", ADMIN),
			new Route(GET, "/staff/accounts/{id}/deactivate", ADMIN),
			new Route(POST, "/staff/accounts/{id}/deactivate", ADMIN),
			new Route(POST, "/staff/accounts/{id}/reactivate", ADMIN), new Route(GET, "/staff/api-tokens", ADMIN),
			new Route(POST, "/staff/api-tokens", ADMIN), new Route(POST, "/staff/api-tokens/{id}/revoke", ADMIN),
			// review
			new Route(GET, "/staff/applications", VIEWER), new Route(GET, "/staff/applications/export", VIEWER),
			new Route(GET, "/staff/applications/{reference}", VIEWER),
			new Route(POST, "/staff/applications/{reference}/move", REVIEWER),
			new Route(POST, "/staff/applications/{reference}/reopen", REVIEWER),
			new Route(POST, "/staff/applications/{reference}/scores", REVIEWER),
			new Route(POST, "/staff/applications/{reference}/notes", REVIEWER),
			new Route(POST, "/staff/applications/{reference}/assignments", ADMIN),
			new Route(POST, "/staff/applications/{reference}/assignments/remove", ADMIN),
			new Route(POST, "/staff/applications/balance", ADMIN),
			new Route(POST, "/staff/applications/bulk-decision", REVIEWER),
			new Route(POST, "/staff/applications/bulk-decision/confirm", REVIEWER),
			new Route(GET, "/staff/conflicts", REVIEWER), new Route(POST, "/staff/conflicts", REVIEWER),
			new Route(GET, "/staff/conflicts/{id}/withdraw", REVIEWER),
			new Route(POST, "/staff/conflicts/{id}/withdraw", REVIEWER),
			new Route(GET, "/staff/calls/{slug}/rubric", ADMIN), new Route(POST, "/staff/calls/{slug}/rubric", ADMIN),
			// insights
			new Route(GET, "/staff/calls/{slug}/dashboard", VIEWER),
			// meeting: checking guests in is a viewer's job at the door
			// calls: every member of staff reads; admins create, change, publish, archive
			// and
			// clone. Publishing and archiving are tried on a call that does not exist
			// ({id}):
			// archiving the demo call would change what other tests see.
			new Route(GET, "/staff/calls", VIEWER), new Route(GET, "/staff/calls/new", ADMIN),
			new Route(POST, "/staff/calls", ADMIN), new Route(GET, "/staff/calls/{slug}", VIEWER),
			new Route(GET, "/staff/calls/{slug}/edit", ADMIN), new Route(POST, "/staff/calls/{slug}", ADMIN),
			new Route(POST, "/staff/calls/{slug}/publish", ADMIN, "/staff/calls/{id}/publish"),
			new Route(POST, "/staff/calls/{slug}/archive", ADMIN, "/staff/calls/{id}/archive"),
			new Route(GET, "/staff/calls/{slug}/clone", ADMIN), new Route(POST, "/staff/calls/{slug}/clone", ADMIN),
			// A call's questions (issue 15 §2); changes go to a call that does not exist,
			// so that the demo call's form stays as other tests expect it.
			new Route(GET, "/staff/calls/{slug}/questions", VIEWER, "/staff/calls/demo/questions"),
			new Route(GET, "/staff/calls/{slug}/questions/new", ADMIN, "/staff/calls/demo/questions/new"),
			new Route(POST, "/staff/calls/{slug}/questions", ADMIN, "/staff/calls/{id}/questions"),
			new Route(GET, "/staff/calls/{slug}/questions/{key}", ADMIN, "/staff/calls/demo/questions/siteOffer"),
			new Route(POST, "/staff/calls/{slug}/questions/{key}", ADMIN, "/staff/calls/{id}/questions/siteOffer"),
			new Route(POST, "/staff/calls/{slug}/questions/{key}/remove", ADMIN,
					"/staff/calls/{id}/questions/siteOffer/remove"),
			new Route(POST, "/staff/calls/{slug}/questions/publish", ADMIN, "/staff/calls/{id}/questions/publish"),
			// Files applicants uploaded, by their SHA-256 (issue 15 §3).
			new Route(GET, "/staff/application-files/{sha256}", VIEWER, "/staff/application-files/{id}"),
			new Route(GET, "/staff/meetings", VIEWER), new Route(GET, "/staff/meetings/new", ADMIN),
			new Route(POST, "/staff/meetings", ADMIN), new Route(GET, "/staff/meetings/{slug}/edit", ADMIN),
			new Route(POST, "/staff/meetings/{slug}", ADMIN), new Route(GET, "/staff/meetings/{slug}", VIEWER),
			new Route(GET, "/staff/meetings/{slug}/registrations.csv", VIEWER),
			new Route(GET, "/staff/meetings/{slug}/registrations.xlsx", VIEWER),
			new Route(GET, "/staff/meetings/{slug}/materials", VIEWER),
			new Route(POST, "/staff/meetings/{slug}/materials", ADMIN),
			new Route(POST, "/staff/meetings/{slug}/materials/{id}/remove", ADMIN),
			new Route(GET, "/staff/meetings/{slug}/check-in", VIEWER),
			new Route(POST, "/staff/meetings/{slug}/registrations/{id}/check-in", VIEWER),
			new Route(GET, "/staff/meetings/{slug}/check-in/{token}", VIEWER),
			new Route(POST, "/staff/meetings/{slug}/check-in/{token}", VIEWER),
			// messages
			new Route(GET, "/staff/messages", VIEWER), new Route(GET, "/staff/messages/{id}", VIEWER),
			new Route(GET, "/staff/messages/calls/{slug}/new", ADMIN),
			new Route(POST, "/staff/messages/calls/{slug}/preview", ADMIN),
			new Route(POST, "/staff/messages/calls/{slug}", ADMIN),
			new Route(GET, "/staff/messages/meetings/{slug}/new", ADMIN),
			new Route(POST, "/staff/messages/meetings/{slug}/preview", ADMIN),
			new Route(POST, "/staff/messages/meetings/{slug}", ADMIN),
			// notification
			new Route(GET, "/staff/outbox", ADMIN), new Route(POST, "/staff/outbox/{id}/resend", ADMIN),
			new Route(POST, "/staff/outbox/test", ADMIN),
			// privacy
			new Route(GET, "/staff/privacy", ADMIN), new Route(POST, "/staff/privacy/export", ADMIN),
			new Route(POST, "/staff/privacy/erase", ADMIN),
			// bid: every member of staff reads; reviewers and admins move commitments;
			// admins
			// change members
			new Route(GET, "/staff/bids", VIEWER), new Route(GET, "/staff/bids/{slug}", VIEWER, "/staff/bids/demo"),
			new Route(POST, "/staff/bids/{slug}/members/join", ADMIN, "/staff/bids/demo/members/join"),
			new Route(GET, "/staff/bids/{slug}/members/new", ADMIN, "/staff/bids/demo/members/new"),
			new Route(POST, "/staff/bids/{slug}/members/new", ADMIN, "/staff/bids/demo/members/new"),
			new Route(GET, "/staff/bids/{slug}/members/{id}", VIEWER, "/staff/bids/demo/members/{id}"),
			new Route(POST, "/staff/bids/{slug}/members/{id}/ownership", ADMIN,
					"/staff/bids/demo/members/{id}/ownership"),
			new Route(POST, "/staff/bids/{slug}/members/{id}/commitments", REVIEWER,
					"/staff/bids/demo/members/{id}/commitments"),
			new Route(POST, "/staff/bids/{slug}/commitments/{id}/verify", REVIEWER,
					"/staff/bids/demo/commitments/{id}/verify"),
			new Route(POST, "/staff/bids/{slug}/commitments/{id}/withdraw", REVIEWER,
					"/staff/bids/demo/commitments/{id}/withdraw"),
			new Route(GET, "/staff/bids/{slug}/commitments/{id}/letter.pdf", VIEWER,
					"/staff/bids/demo/commitments/{id}/letter.pdf"),
			new Route(GET, "/staff/bids/{slug}/vendors", VIEWER, "/staff/bids/demo/vendors"),
			new Route(POST, "/staff/bids/{slug}/vendors", ADMIN, "/staff/bids/demo/vendors"),
			new Route(GET, "/staff/bids/{slug}/plan", VIEWER, "/staff/bids/demo/plan"),
			new Route(GET, "/staff/bids/{slug}/plan/edit", ADMIN, "/staff/bids/demo/plan/edit"),
			new Route(POST, "/staff/bids/{slug}/plan/edit", ADMIN, "/staff/bids/demo/plan/edit"),
			new Route(POST, "/staff/bids/{slug}/members/{id}/agreement", ADMIN,
					"/staff/bids/demo/members/{id}/agreement"),
			new Route(GET, "/staff/bids/{slug}/agreement", VIEWER, "/staff/bids/demo/agreement"),
			new Route(POST, "/staff/bids/{slug}/agreement", ADMIN, "/staff/bids/demo/agreement"),
			new Route(GET, "/staff/bids/{slug}/agreement.pdf", VIEWER, "/staff/bids/demo/agreement.pdf"),
			new Route(GET, "/staff/bids/{slug}/states", ADMIN, "/staff/bids/demo/states?country=LT"),
			new Route(GET, "/staff/bids/{slug}/readiness", VIEWER, "/staff/bids/demo/readiness"),
			new Route(GET, "/staff/bids/{slug}/scenarios", VIEWER, "/staff/bids/demo/scenarios"),
			new Route(POST, "/staff/bids/{slug}/scenarios", REVIEWER, "/staff/bids/demo/scenarios"),
			new Route(GET, "/staff/bids/{slug}/scenarios/compare", VIEWER, "/staff/bids/demo/scenarios/compare"),
			new Route(GET, "/staff/bids/{slug}/members.{format}", VIEWER, "/staff/bids/demo/members.csv"),
			new Route(GET, "/staff/bids/{slug}/commitments.{format}", VIEWER, "/staff/bids/demo/commitments.xlsx"),
			new Route(GET, "/staff/bids/{slug}/plan.{format}", VIEWER, "/staff/bids/demo/plan.csv"),
			new Route(POST, "/staff/bids/{slug}/states", ADMIN, "/staff/bids/demo/states"),
			// dossier: every member of staff reads and downloads; admins generate
			new Route(GET, "/staff/dossiers", VIEWER),
			new Route(GET, "/staff/bids/{slug}/dossiers", VIEWER, "/staff/bids/demo/dossiers"),
			new Route(POST, "/staff/bids/{slug}/dossiers", ADMIN, "/staff/bids/{id}/dossiers"),
			new Route(GET, "/staff/bids/{slug}/dossiers/{version}.{format}", VIEWER,
					"/staff/bids/demo/dossiers/{id}.pdf"),
			// sites: every member of staff reads; reviewers and admins weigh
			new Route(GET, "/staff/sites", VIEWER),
			new Route(GET, "/staff/sites/assessments/{id}", VIEWER, "/staff/sites/assessments/demo"),
			new Route(GET, "/staff/sites/assessments/{id}/compare", VIEWER, "/staff/sites/assessments/demo/compare"),
			new Route(GET, "/staff/sites/assessments/{id}/weights", VIEWER, "/staff/sites/assessments/demo/weights"),
			new Route(POST, "/staff/sites/assessments/{id}/weights", REVIEWER, "/staff/sites/assessments/demo/weights"),
			new Route(POST, "/staff/sites/assessments/{id}/freeze", REVIEWER),
			new Route(POST, "/staff/sites/assessments/{id}/weights/pairwise", REVIEWER,
					"/staff/sites/assessments/demo/weights/pairwise"),
			// sites: every member of staff reads sites and criteria; admins change them
			new Route(GET, "/staff/sites/sites", VIEWER), new Route(GET, "/staff/sites/sites/new", ADMIN),
			new Route(POST, "/staff/sites/sites/new", ADMIN),
			new Route(GET, "/staff/sites/sites/{slug}", VIEWER, "/staff/sites/sites/poznan"),
			new Route(GET, "/staff/sites/sites/{slug}/edit", ADMIN, "/staff/sites/sites/poznan/edit"),
			new Route(POST, "/staff/sites/sites/{slug}/edit", ADMIN, "/staff/sites/sites/poznan/edit"),
			new Route(GET, "/staff/sites/sites/{slug}/values/{criterion}", ADMIN,
					"/staff/sites/sites/poznan/values/grid-capacity"),
			new Route(POST, "/staff/sites/sites/{slug}/values/{criterion}", ADMIN,
					"/staff/sites/sites/poznan/values/grid-capacity"),
			// An application's reference that is no offer: the role is checked before
			// anything is looked up.
			new Route(GET, "/staff/sites/offers", VIEWER),
			new Route(GET, "/staff/sites/offers/{reference}", ADMIN, "/staff/sites/offers/{token}"),
			new Route(POST, "/staff/sites/offers/{reference}", ADMIN, "/staff/sites/offers/{token}"),
			new Route(GET, "/staff/sites/criteria", VIEWER), new Route(GET, "/staff/sites/criteria/new", ADMIN),
			new Route(POST, "/staff/sites/criteria/new", ADMIN),
			new Route(GET, "/staff/sites/criteria/{code}/edit", ADMIN, "/staff/sites/criteria/grid-capacity/edit"),
			new Route(POST, "/staff/sites/criteria/{code}/edit", ADMIN, "/staff/sites/criteria/grid-capacity/edit"),
			new Route(GET, "/staff/sites/import", ADMIN), new Route(GET, "/staff/sites/import/sample.csv", ADMIN),
			new Route(POST, "/staff/sites/import", ADMIN), new Route(POST, "/staff/sites/import/store", ADMIN),
			new Route(GET, "/staff/sites/assessments/{id}/sites/{slug}", VIEWER,
					"/staff/sites/assessments/demo/sites/poznan"),
			new Route(GET, "/staff/sites/assessments/{id}/ranking.{format}", VIEWER,
					"/staff/sites/assessments/demo/ranking.csv"),
			new Route(GET, "/staff/sites/assessments/{id}/compare.{format}", VIEWER,
					"/staff/sites/assessments/demo/compare.xlsx"),
			// directory cards: reviewers and admins moderate
			new Route(GET, "/staff/directory/moderation", REVIEWER),
			new Route(GET, "/staff/directory/moderation/{id:\\d+}", REVIEWER, "/staff/directory/moderation/{id}"),
			new Route(POST, "/staff/directory/moderation/{id:\\d+}", REVIEWER, "/staff/directory/moderation/{id}"),
			new Route(GET, "/staff/directory", VIEWER), new Route(GET, "/staff/directory/cards.csv", VIEWER),
			new Route(GET, "/api/v1/directory/cards", PUBLIC),
			new Route(GET, "/api/v1/staff/directory/cards", READ_TOKEN),
			// API: calls and their statistics are public; everything else needs a token
			new Route(GET, "/api/v1/calls", PUBLIC), new Route(GET, "/api/v1/calls/{slug}", PUBLIC),
			new Route(GET, "/api/v1/calls/{slug}/statistics", PUBLIC),
			// directory: the listed organisations are public, never a contact
			new Route(GET, "/api/v1/directory", PUBLIC), new Route(GET, "/api/v1/applications", READ_TOKEN),
			// directory introductions: counts only, for any member of staff and read
			// tokens
			new Route(GET, "/staff/directory/introductions", VIEWER),
			new Route(GET, "/staff/directory/introductions.csv", VIEWER),
			new Route(GET, "/api/v1/directory/introductions", READ_TOKEN),
			new Route(GET, "/api/v1/applications/export", READ_TOKEN),
			new Route(GET, "/api/v1/applications/{reference}", READ_TOKEN),
			new Route(POST, "/api/v1/applications/{reference}/decision", READ_WRITE_TOKEN),
			new Route(GET, "/api/v1/meetings/{slug}", READ_TOKEN),
			new Route(GET, "/api/v1/meetings/{slug}/registrations", READ_TOKEN),
			new Route(GET, "/api/v1/audit", READ_TOKEN, "/api/v1/audit?reference={reference}"),
			new Route(GET, "/api/v1/token", READ_TOKEN),
			// bid
			new Route(GET, "/api/v1/bids/{slug}", READ_TOKEN, "/api/v1/bids/demo"),
			new Route(GET, "/api/v1/bids/{slug}/members", READ_TOKEN, "/api/v1/bids/demo/members"),
			new Route(GET, "/api/v1/bids/{slug}/commitments", READ_TOKEN, "/api/v1/bids/demo/commitments"),
			new Route(GET, "/api/v1/bids/{slug}/scenarios", READ_TOKEN, "/api/v1/bids/demo/scenarios"),
			new Route(GET, "/api/v1/bids/{slug}/scenarios/{id}", READ_TOKEN, "/api/v1/bids/demo/scenarios/{id}"),
			// dossier
			new Route(POST, "/api/v1/bids/{slug}/dossiers", READ_WRITE_TOKEN, "/api/v1/bids/{id}/dossiers"),
			new Route(GET, "/api/v1/bids/{slug}/dossiers/{version:\\d+}", READ_TOKEN,
					"/api/v1/bids/demo/dossiers/{id}"),
			new Route(GET, "/api/v1/bids/{slug}/dossiers/{version}.{format}", READ_TOKEN,
					"/api/v1/bids/demo/dossiers/{id}.xlsx"),
			// sites
			new Route(POST, "/api/v1/sites/weights", READ_WRITE_TOKEN),
			new Route(GET, "/api/v1/sites/assessments/{id}", READ_TOKEN, "/api/v1/sites/assessments/demo"),
			new Route(GET, "/api/v1/sites/assessments/{id}/ranking.{format}", READ_TOKEN,
					"/api/v1/sites/assessments/demo/ranking.xlsx"),
			new Route(GET, "/api/v1/sites/assessments/{id}/compare.{format}", READ_TOKEN,
					"/api/v1/sites/assessments/demo/compare.csv"),
			new Route(GET, "/api/v1/sites/assessments/{id}/versions/{version}", READ_TOKEN,
					"/api/v1/sites/assessments/{id}/versions/1"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Real accounts: some pages (the second factor) look the signed-in member of staff
	 * up.
	 */
	private final Map<Role, String> staff = new EnumMap<>(Role.class);

	private String readToken;

	@BeforeAll
	void staffAndTokens() {
		for (Role role : Role.values()) {
			String email = "route-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@ministry.test";
			jdbc.sql("INSERT INTO staff_account (email, display_name, password_hash, role) VALUES (?, ?, '!', ?)")
				.params(email, "Route " + role.name().toLowerCase(), role.name())
				.update();
			staff.put(role, email);
		}
		readToken = SecureTokens.newToken();
		jdbc.sql("INSERT INTO api_token (name, token_hash, scope) VALUES (?, ?, 'READ')")
			.params("route-read-" + readToken.substring(0, 8), SecureTokens.hash(readToken))
			.update();
	}

	static List<Route> routes() {
		return ROUTES;
	}

	@Test
	void everyStaffRouteAndApiEndpointIsInTheTableAndNoOther() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/staff") || pattern.startsWith("/staff/") || pattern.startsWith("/api/")) {
					var methods = info.getMethodsCondition().getMethods();
					// A handler for every method would also answer DELETE and PUT: it
					// must be decided on too.
					if (methods.isEmpty()) {
						mapped.add("ANY " + pattern);
					}
					methods.forEach(method -> mapped.add(method.name() + " " + pattern));
				}
			}
		});
		Set<String> listed = new TreeSet<>();
		ROUTES.forEach(route -> assertThat(listed.add(route.method().name() + " " + route.pattern()))
			.as("listed twice: " + route)
			.isTrue());
		assertThat(listed).as("routes in the table and in the application").isEqualTo(mapped);
	}

	@ParameterizedTest
	@MethodSource("routes")
	void anonymousVisitorsWrongRolesAndRightRolesGetWhatTheTableSays(Route route) throws Exception {
		String reference = TestSubmissions.submit(context, "en", "Route Ltd").reference();
		String path = path(route, reference);
		if (route.api()) {
			checkApi(route, path);
		}
		else {
			checkPage(route, path, reference);
		}
	}

	private void checkPage(Route route, String path, String reference) throws Exception {
		MockHttpServletResponse anonymous = mvc.perform(form(route, path, reference)).andReturn().getResponse();
		if (route.access() == PUBLIC) {
			assertThat(anonymous.getStatus()).as("anonymous on " + route).isNotIn(401, 403).isLessThan(500);
			return;
		}
		assertThat(anonymous.getStatus()).as("anonymous on " + route).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).as("anonymous on " + route).endsWith("/staff/login");
		for (Role role : Role.values()) {
			MockHttpServletResponse response = mvc
				.perform(form(route, path, reference).with(user(staff.get(role)).roles(role.name())))
				.andReturn()
				.getResponse();
			String who = role + " on " + route;
			if (!route.access().allows(role)) {
				assertThat(response.getStatus()).as(who).isEqualTo(403);
			}
			else {
				assertAllowed(route, response, who);
				assertThat(Objects.toString(response.getRedirectedUrl(), "")).as(who).doesNotEndWith("/staff/login");
			}
		}
	}

	private void checkApi(Route route, String path) throws Exception {
		MockHttpServletResponse anonymous = mvc.perform(call(route, path)).andReturn().getResponse();
		if (route.access() == PUBLIC) {
			assertThat(anonymous.getStatus()).as("anonymous on " + route).isEqualTo(200);
			return;
		}
		assertThat(anonymous.getStatus()).as("anonymous on " + route).isEqualTo(401);
		assertThat(anonymous.getContentType()).as("anonymous on " + route)
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		MockHttpServletResponse read = mvc.perform(call(route, path).header("Authorization", "Bearer " + readToken))
			.andReturn()
			.getResponse();
		if (route.access() == READ_WRITE_TOKEN) {
			assertThat(read.getStatus()).as("read token on " + route).isEqualTo(403);
		}
		else {
			assertAllowed(route, read, "read token on " + route);
		}
		MockHttpServletResponse readWrite = mvc
			.perform(call(route, path).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andReturn()
			.getResponse();
		assertAllowed(route, readWrite, "read-write token on " + route);
	}

	/**
	 * Let through: where the path names real things, a page or document (GET) or no
	 * refusal, no 404 and no error; where it names nothing that exists, no refusal and no
	 * error.
	 */
	private static void assertAllowed(Route route, MockHttpServletResponse response, String who) {
		if (route.namesSomethingMissing()) {
			assertThat(response.getStatus()).as(who).isNotIn(401, 403).isLessThan(500);
		}
		else if (route.method() == GET) {
			assertThat(response.getStatus()).as(who).isEqualTo(200);
		}
		else {
			assertThat(response.getStatus()).as(who).isNotIn(401, 403, 404).isLessThan(500);
		}
	}

	/** With a valid decision, so that only the token can be the reason for a refusal. */
	private static MockHttpServletRequestBuilder call(Route route, String path) {
		return route.method() == GET ? request(route.method(), path)
				: request(route.method(), path).contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\": \"ACCEPTED\", \"reason\": \"Route check\"}");
	}

	/**
	 * With every field the review forms need, so that a refusal can only come from the
	 * role ({@code q} keeps balancing to this one application); other forms ignore what
	 * they do not use.
	 */
	private static MockHttpServletRequestBuilder form(Route route, String path, String reference) {
		return request(route.method(), path).with(csrf())
			.param("references", reference)
			.param("decision", "DECLINED")
			.param("action", "startEligibilityCheck")
			.param("reason", "Route check")
			.param("reviewer", "nobody@ministry.test")
			.param("q", reference);
	}

	private static String path(Route route, String reference) {
		return route.example()
			.replace("{reference}", reference)
			.replace("{slug}", route.pattern().contains("/meetings/") ? "demo-info" : "demo")
			.replace("{id}", route.pattern().startsWith("/staff/outbox/") ? UUID.randomUUID().toString() : "0")
			.replace("{token}", "no-such-token");
	}

}
