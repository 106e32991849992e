package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in (a code from the authenticator, or a recovery code) and
 * the enrolment of a second factor. Only when this step succeeds does the session get the
 * staff role.
 */
@Controller
class SecondFactorController {

	static final String CODE_PAGE = "/staff/login/code";

	static final String ENROL_PAGE = "/staff/second-factor";

	/**
	 * The secret being enrolled, encrypted, until the first code proves the app has it.
	 */
	private static final String PENDING_SECRET = "staff.pendingTotpSecret";

	private static final String ISSUER = "Baltic AI Gigafactory Portal";

	private final StaffRepository staff;

	private final RecoveryCodes recoveryCodes;

	private final SecretBox secrets;

	private final StaffAuthenticationProvider passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final MessageSource messages;

	SecondFactorController(StaffRepository staff, RecoveryCodes recoveryCodes, SecretBox secrets,
			StaffAuthenticationProvider passwords, AuditLog audit, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.staff = staff;
		this.recoveryCodes = recoveryCodes;
		this.secrets = secrets;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(CODE_PAGE)
	String codeForm() {
		return "staff/login-code";
	}

	@PostMapping(CODE_PAGE)
	String code(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = current(authentication);
		Instant now = clock.instant();
		try {
			// Before the code is looked at, so that a lock also stops the guesses of a
			// session that was already
			// waiting for its code, and a recovery code is not used up by a refused
			// attempt.
			passwords.refuseIfBarred(account, now);
		}
		catch (AccountStatusException barred) {
			return endHalfSignedInSession(request, response, authentication);
		}
		String factor = verify(account, code, now);
		if (factor == null) {
			passwords.registerFailure(account, now, "wrong-code");
			if (reload(account).isLockedAt(now)) {
				return endHalfSignedInSession(request, response, authentication);
			}
			model.addAttribute("error", code.isBlank() ? "staff.code.missing" : "staff.code.wrong");
			return "staff/login-code";
		}
		if (!finishSignIn(account, now)) {
			return endHalfSignedInSession(request, response, authentication);
		}
		audit.record(account.email(), "staff.sign-in.succeeded", AuditLog.Target.of("staff_account", account.id()),
				null, Map.of("factors", "password+" + factor));
		setAuthentication(account, request, response);
		return "redirect:" + continueTo(request, response);
	}

	@GetMapping(ENROL_PAGE)
	String enrolForm(Authentication authentication, Model model, HttpSession session) {
		StaffAccount account = current(authentication);
		model.addAttribute("enrolled", account.hasSecondFactor());
		if (account.hasSecondFactor()) {
			model.addAttribute("recoveryCodesLeft", recoveryCodes.remaining(account.id()));
			return "staff/second-factor";
		}
		byte[] secret = pendingSecret(session);
		showEnrolment(account, secret, model);
		return "staff/second-factor";
	}

	@PostMapping(ENROL_PAGE)
	@Transactional
	String enrol(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
			HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = current(authentication);
		if (account.hasSecondFactor()) {
			return "redirect:" + ENROL_PAGE;
		}
		boolean signingIn = StaffAuthorities.holds(authentication, StaffAuthorities.ENROLMENT_REQUIRED);
		if (signingIn) {
			try {
				passwords.refuseIfBarred(account, clock.instant());
			}
			catch (AccountStatusException barred) {
				return endHalfSignedInSession(request, response, authentication);
			}
		}
		byte[] secret = pendingSecret(session);
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			model.addAttribute("enrolled", false);
			model.addAttribute("error", code.isBlank() ? "staff.code.missing" : "staff.code.wrong");
			showEnrolment(account, secret, model);
			return "staff/second-factor";
		}
		staff.setTotp(account.id(), secrets.encrypt(secret), step.getAsLong());
		List<String> codes = recoveryCodes.renew(account.id());
		session.removeAttribute(PENDING_SECRET);
		audit.record(account.email(), "staff.second-factor.enrolled", AuditLog.Target.of("staff_account", account.id()),
				null, Map.of("method", "totp", "recoveryCodes", codes.size()));
		if (signingIn) {
			if (!finishSignIn(account, clock.instant())) {
				// Locked since the check above: enrol nothing, as the recovery codes
				// would never be shown.
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				return endHalfSignedInSession(request, response, authentication);
			}
			audit.record(account.email(), "staff.sign-in.succeeded", AuditLog.Target.of("staff_account", account.id()),
					null, Map.of("factors", "password+totp-enrolment"));
			setAuthentication(account, request, response);
		}
		model.addAttribute("codes", codes);
		return "staff/recovery-codes";
	}

	/**
	 * Marks the sign-in done, unless a lock started meanwhile (by another session's
	 * guesses): the lock then stands, refused and audited as at the password step,
	 * instead of being cleared by this sign-in.
	 * @return whether the sign-in may go ahead
	 */
	private boolean finishSignIn(StaffAccount account, Instant now) {
		if (staff.signedIn(account.id(), now)) {
			return true;
		}
		try {
			passwords.refuseIfBarred(reload(account), now);
			return false;
		}
		catch (AccountStatusException barred) {
			return false;
		}
	}

	/**
	 * Signs the half-signed-in session out; the sign-in page then says the address,
	 * password or lock is the cause.
	 */
	private static String endHalfSignedInSession(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/staff/login?error";
	}

	private StaffAccount reload(StaffAccount account) {
		return staff.findById(account.id()).orElseThrow();
	}

	/**
	 * @return which factor matched ({@code totp} or {@code recovery-code}), or
	 * {@code null}
	 */
	private String verify(StaffAccount account, String code, Instant now) {
		if (!account.hasSecondFactor() || code.isBlank()) {
			return null;
		}
		String typed = code.replaceAll("\\s", "");
		if (typed.matches("\\d+")) {
			OptionalLong step = Totp.matchingStep(secrets.decrypt(account.totpSecret()), typed, now);
			return step.isPresent() && staff.useTotpStep(account.id(), step.getAsLong()) ? "totp" : null;
		}
		return recoveryCodes.use(account.id(), typed) ? "recovery-code" : null;
	}

	/**
	 * Where the person was going when asked to sign in (a page under /staff), else the
	 * back office's home.
	 */
	private String continueTo(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		if (saved != null && "GET".equals(saved.getMethod())) {
			String url = saved.getRedirectUrl();
			int path = url.indexOf("/staff");
			if (path >= 0 && url.startsWith(request.getScheme() + "://")) {
				return url.substring(path);
			}
		}
		return "/staff";
	}

	/**
	 * A new session id as the privilege changes, so that an id seen before sign-in is
	 * worth nothing.
	 */
	private Authentication setAuthentication(StaffAccount account, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
				StaffAuthorities.of(account.role()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		return full;
	}

	private void showEnrolment(StaffAccount account, byte[] secret, Model model) {
		String uri = Totp.uri(ISSUER, account.email(), secret);
		model.addAttribute("qrSvg",
				QrCodes.svg(uri, messages.getMessage("staff.enrol.qrLabel", null, LocaleContextHolder.getLocale())));
		model.addAttribute("secret", Totp.base32(secret).replaceAll("(.{4})(?!$)", "$1 "));
	}

	private byte[] pendingSecret(HttpSession session) {
		if (session.getAttribute(PENDING_SECRET) instanceof String sealed) {
			return secrets.decrypt(sealed);
		}
		byte[] secret = Totp.newSecret();
		session.setAttribute(PENDING_SECRET, secrets.encrypt(secret));
		return secret;
	}

	private StaffAccount current(Authentication authentication) {
		return staff.findByEmail(authentication.getName())
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.FORBIDDEN));
	}

}
