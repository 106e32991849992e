package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Two chains: the JSON API with bearer tokens and no session, and the
 * pages, where the back office needs a signed-in member of staff and everything else is
 * public.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Scripts, styles and fonts only from this origin: no inline script, no framing, no
	 * foreign form targets.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditLog audit) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
				"A valid API token is required: send it as 'Authorization: Bearer <token>'.");
		AccessDeniedHandler forbidden = (request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
				"This API token's scope does not allow this call.");
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/*", "/api/v1/calls/*/statistics",
						"/api/v1/directory", "/api/v1/directory/cards")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAuthority("SCOPE_READ")
				.anyRequest()
				.hasAuthority("SCOPE_READ_WRITE"))
			// Bearer tokens are not sent by browsers on their own, so there is no
			// cross-site request to forge.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenFilter(tokens, unauthorized, audit), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuditLog audit) throws Exception {
		String[] staffRoles = { Role.ADMIN.name(), Role.REVIEWER.name(), Role.VIEWER.name() };
		SavedRequestAwareAuthenticationSuccessHandler continueToSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		continueToSavedRequest.setDefaultTargetUrl("/staff");
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/staff/login", "/staff/invitation/**", PasswordResetController.PAGE,
					PasswordResetController.PAGE + "/**")
			.permitAll()
			// Between the password and the code, the session holds only a pending
			// authority: it opens this page.
			.requestMatchers(SecondFactorController.CODE_PAGE)
			.hasAuthority(StaffAuthorities.FACTOR_PENDING)
			.requestMatchers(SecondFactorController.ENROL_PAGE)
			.access(AuthorizationManagers.anyOf(
					AuthorityAuthorizationManager.hasAuthority(StaffAuthorities.ENROLMENT_REQUIRED),
					AuthorityAuthorizationManager.hasAnyRole(staffRoles)))
			.requestMatchers(ADMIN_PAGES)
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/staff/**")
			.hasAnyRole(staffRoles)
			// Actuator exposes only health and prometheus (application.properties); both
			// are public.
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/staff/login").successHandler((request, response, authentication) -> {
				if (StaffAuthorities.holds(authentication, StaffAuthorities.FACTOR_PENDING)) {
					response.sendRedirect(request.getContextPath() + SecondFactorController.CODE_PAGE);
				}
				else if (StaffAuthorities.holds(authentication, StaffAuthorities.ENROLMENT_REQUIRED)) {
					response.sendRedirect(request.getContextPath() + SecondFactorController.ENROL_PAGE);
				}
				else {
					continueToSavedRequest.onAuthenticationSuccess(request, response, authentication);
				}
			}))
			.logout(logout -> logout.logoutUrl("/staff/logout")
				.logoutSuccessUrl("/staff/login?signedOut")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						audit.record(authentication.getName(), "staff.sign-out", AuditLog.Target.NONE, null, null);
					}
				}))
			.exceptionHandling(errors -> errors.accessDeniedHandler(pendingStepFirst()))
			// The token lives in a cookie, not the session: public forms then need no
			// server-side session.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				// Private links carry secrets in their path; no other site may see them
				// in a Referer header.
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/** Pages only admins may open: staff accounts, the audit log, API tokens. */
	static final String[] ADMIN_PAGES = { "/staff/accounts/**", "/staff/audit/**", "/staff/api-tokens/**" };

	/**
	 * A session half-way through signing in is sent back to the step it still owes rather
	 * than shown a 403; anyone else who lacks the role gets the 403 page.
	 */
	private static AccessDeniedHandler pendingStepFirst() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (StaffAuthorities.holds(authentication, StaffAuthorities.FACTOR_PENDING)) {
				response.sendRedirect(request.getContextPath() + SecondFactorController.CODE_PAGE);
			}
			else if (StaffAuthorities.holds(authentication, StaffAuthorities.ENROLMENT_REQUIRED)) {
				response.sendRedirect(request.getContextPath() + SecondFactorController.ENROL_PAGE);
			}
			else {
				forbidden.handle(request, response, denied);
			}
		};
	}

	/**
	 * No Micrometer observation around each of the ~15 security filters: the wrappers
	 * cost a tenth of a public page's CPU in the surge profile (docs/benchmarks.md);
	 * request metrics still come from Spring MVC.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
			throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
