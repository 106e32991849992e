package eu.balticaigf.portal.directory;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.shared.web.FieldErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in organisation's own page: which organisation (when the address speaks for
 * several), whether it is listed, its profile and its colleagues. Without a sign-in,
 * every route leads to the sign-in page.
 */
@Controller
@RequestMapping(AccountPages.PATH)
class AccountPages {

	static final String PATH = "/directory/account";

	private static final String VIEW = "directory/account";

	private final Organisations organisations;

	private final DirectoryAccounts accounts;

	private final DirectoryStore store;

	private final MessageSource messages;

	AccountPages(Organisations organisations, DirectoryAccounts accounts, DirectoryStore store,
			MessageSource messages) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.store = store;
		this.messages = messages;
	}

	/**
	 * Who is signed in, for which organisation, and the others the address speaks for.
	 */
	record Account(OrganisationSession.SignedIn signedIn, Organisation organisation, List<Organisation> all) {
	}

	/** The profile form. */
	record ProfileForm(String profile, String website) {
	}

	/** The form that adds a colleague. */
	record ColleagueForm(String email) {
	}

	/** The form that lists the organisation again: the consent it asks for. */
	record ListingForm(Boolean consent) {
	}

	@GetMapping
	String page(@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		return account(request).map(account -> {
			model.addAttribute("done", done);
			return show(account, new ProfileForm(account.organisation().profile(),
					account.organisation().website() == null ? "" : account.organisation().website()), model);
		}).orElse(signInFirst());
	}

	@PostMapping("/profile")
	String saveProfile(@ModelAttribute("profileForm") ProfileForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		Optional<Account> account = account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		String profile = form.profile() == null ? "" : form.profile().strip();
		String website = form.website() == null ? "" : form.website().strip();
		ProfileRules.check(profile, website, errors);
		if (errors.hasErrors()) {
			model.addAttribute("profileErrors", FieldErrors.of(errors));
			return show(account.get(), form, model);
		}
		accounts.saveProfile(account.get().signedIn(), profile, website.isEmpty() ? null : website);
		return "redirect:" + PATH + "?done=profile";
	}

	@PostMapping("/unlist")
	String unlist(HttpServletRequest request) {
		return account(request).map(account -> {
			accounts.setListed(account.signedIn(), account.organisation(), false);
			return "redirect:" + PATH + "?done=unlisted";
		}).orElse(signInFirst());
	}

	@PostMapping("/list")
	String list(@ModelAttribute("listingForm") ListingForm form, BindingResult errors, HttpServletRequest request,
			Model model) {
		Optional<Account> account = account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		if (!Boolean.TRUE.equals(form.consent())) {
			errors.rejectValue("consent", "directory.listing.error.consent");
			model.addAttribute("listingErrors", FieldErrors.of(errors));
			return show(account.get(), profileOf(account.get()), model);
		}
		accounts.setListed(account.get().signedIn(), account.get().organisation(), true);
		return "redirect:" + PATH + "?done=listed";
	}

	@PostMapping("/colleagues")
	String addColleague(@ModelAttribute("colleagueForm") ColleagueForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		Optional<Account> account = account(request);
		if (account.isEmpty()) {
			return signInFirst();
		}
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.rejectValue("email", "directory.colleagues.error.required");
		}
		else if (!email.matches(SignInPages.EMAIL) || email.length() > 254) {
			errors.rejectValue("email", "directory.colleagues.error.format");
		}
		else if (DataSubjects.normalise(email).equals(DataSubjects.normalise(account.get().signedIn().email()))
				|| !accounts.addColleague(account.get().signedIn(), account.get().organisation(), email,
						LocaleContextHolder.getLocale())) {
			errors.rejectValue("email", "directory.colleagues.error.already");
		}
		if (errors.hasErrors()) {
			model.addAttribute("colleagueErrors", FieldErrors.of(errors).anchor("email", "colleague-email"));
			return show(account.get(), profileOf(account.get()), model);
		}
		return "redirect:" + PATH + "?done=colleague";
	}

	@PostMapping("/colleagues/remove")
	String removeColleague(@RequestParam(required = false) String email, HttpServletRequest request) {
		return account(request).map(account -> {
			if (email != null) {
				accounts.removeColleague(account.signedIn(), email);
			}
			return "redirect:" + PATH + "?done=removed";
		}).orElse(signInFirst());
	}

	@PostMapping("/organisation")
	String switchOrganisation(@RequestParam(required = false) String organisation, HttpServletRequest request) {
		return account(request).map(account -> {
			account.all()
				.stream()
				.filter(candidate -> candidate.key().equals(organisation))
				.findFirst()
				.ifPresent(chosen -> OrganisationSession.switchTo(request, chosen.key()));
			return "redirect:" + PATH;
		}).orElse(signInFirst());
	}

	/**
	 * The signed-in organisation, if the address still speaks for it (an application
	 * withdrawn, a contact changed or a colleague removed ends that).
	 */
	Optional<Account> account(HttpServletRequest request) {
		return OrganisationSession.of(request).flatMap(signedIn -> {
			List<Organisation> all = organisations.speakingFor(signedIn.email());
			Optional<Account> account = all.stream()
				.filter(organisation -> organisation.key().equals(signedIn.organisationKey()))
				.findFirst()
				.map(organisation -> new Account(signedIn, organisation, all));
			if (account.isEmpty()) {
				OrganisationSession.signOut(request);
			}
			return account;
		});
	}

	private String show(Account account, ProfileForm profile, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("profileForm", profile);
		model.addAttribute("colleagues", store.colleagues(account.organisation().key()));
		model.addAttribute("shown",
				ShownOrganisation.of(account.organisation(), messages, LocaleContextHolder.getLocale()));
		return VIEW;
	}

	private static ProfileForm profileOf(Account account) {
		Organisation organisation = account.organisation();
		return new ProfileForm(organisation.profile(), organisation.website() == null ? "" : organisation.website());
	}

	private static String signInFirst() {
		return "redirect:" + SignInPages.PATH;
	}

}
