package eu.balticaigf.portal.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import eu.balticaigf.portal.shared.web.FieldErrors;

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
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pages of the second step of signing in (a code from the authenticator, or a
 * recovery code) and of enrolling a second factor. {@link SecondFactorSignIn} decides;
 * this controller carries the outcome to the session: only when the step succeeds does
 * the session get the staff role, under a new session id.
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

	private final SecondFactorSignIn signIn;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final MessageSource messages;

	SecondFactorController(StaffRepository staff, RecoveryCodes recoveryCodes, SecretBox secrets,
			SecondFactorSignIn signIn, MessageSource messages) {
		this.messages = messages;
		this.staff = staff;
		this.recoveryCodes = recoveryCodes;
		this.secrets = secrets;
		this.signIn = signIn;
	}

	/** The code step's and the enrolment's form: one code. */
	record CodeForm(String code) {

		String given() {
			return code == null ? "" : code;
		}

	}

	@GetMapping(CODE_PAGE)
	String codeForm() {
		return "staff/loginCode";
	}

	@PostMapping(CODE_PAGE)
	String code(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Authentication authentication,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = current(authentication);
		String code = form.given();
		return switch (signIn.code(account, code)) {
			case SIGNED_IN -> {
				setAuthentication(account, request, response);
				yield "redirect:" + continueTo(request, response);
			}
			case REFUSED -> endHalfSignedInSession(request, response, authentication);
			case CODE_MISSING, CODE_WRONG, ENROLLED -> {
				refuse(code, errors, model);
				yield "staff/loginCode";
			}
		};
	}

	@GetMapping(ENROL_PAGE)
	String enrolForm(Authentication authentication, Model model, HttpSession session) {
		StaffAccount account = current(authentication);
		model.addAttribute("enrolled", account.hasSecondFactor());
		if (account.hasSecondFactor()) {
			model.addAttribute("recoveryCodesLeft", recoveryCodes.remaining(account.id()));
			return "staff/secondFactor";
		}
		byte[] secret = pendingSecret(session);
		showEnrolment(account, secret, model);
		return "staff/secondFactor";
	}

	@PostMapping(ENROL_PAGE)
	String enrol(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Authentication authentication,
			Model model, HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = current(authentication);
		String code = form.given();
		if (account.hasSecondFactor()) {
			return "redirect:" + ENROL_PAGE;
		}
		boolean signingIn = StaffAuthorities.holds(authentication, StaffAuthorities.ENROLMENT_REQUIRED);
		byte[] secret = pendingSecret(session);
		SecondFactorSignIn.Enrolment enrolment = signIn.enrol(account, secret, code, signingIn);
		switch (enrolment.outcome()) {
			case REFUSED -> {
				return endHalfSignedInSession(request, response, authentication);
			}
			case CODE_MISSING, CODE_WRONG -> {
				model.addAttribute("enrolled", false);
				refuse(code, errors, model);
				showEnrolment(account, secret, model);
				return "staff/secondFactor";
			}
			case SIGNED_IN -> setAuthentication(account, request, response);
			case ENROLLED -> {
			}
		}
		session.removeAttribute(PENDING_SECRET);
		model.addAttribute("codes", enrolment.recoveryCodes());
		return "staff/recoveryCodes";
	}

	/** A missing or wrong code, said next to the field. */
	private static void refuse(String code, BindingResult errors, Model model) {
		errors.rejectValue("code", code.isBlank() ? "staff.code.missing" : "staff.code.wrong");
		model.addAttribute("errors", FieldErrors.of(errors));
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
