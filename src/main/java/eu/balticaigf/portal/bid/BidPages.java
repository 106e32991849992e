package eu.balticaigf.portal.bid;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Languages;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bid's staff pages: its members (joined from accepted applications or added by an
 * admin), each member's ownership and commitments with the moves staff make (request,
 * verify, withdraw), the signed letters, and the high-risk-vendor list. Every member of
 * staff reads; reviewers move commitments; admins change who is a member and what they
 * state.
 */
@Controller
class BidPages {

	static final String BASE = "/staff/bids";

	private static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	private final BidStore store;

	private final Members members;

	private final Commitments commitments;

	private final Formats formats;

	private final Clock clock;

	BidPages(BidStore store, Members members, Commitments commitments, Formats formats, Clock clock) {
		this.store = store;
		this.members = members;
		this.commitments = commitments;
		this.formats = formats;
		this.clock = clock;
	}

	// The bids and their members

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("bids", store.bids());
		return "bid/list";
	}

	record Join(String reference) {
	}

	record MemberRow(long id, String href, String organisation, String country, String category, String roles,
			int commitments) {
	}

	record CountryCount(String code, String name, int count) {
	}

	record Overview(Bid bid, int memberCount, List<MemberRow> members, List<CountryCount> byCountry, String base) {
	}

	@GetMapping(BASE + "/{slug}")
	String overview(@PathVariable String slug, Model model) {
		model.addAttribute("overview", overview(bid(slug)));
		return "bid/overview";
	}

	@PostMapping(BASE + "/{slug}/members/join")
	@PreAuthorize("hasRole('ADMIN')")
	String join(@PathVariable String slug, @ModelAttribute("join") Join join, BindingResult errors, Authentication who,
			Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		String reference = CommitmentAnswers.required(join.reference(), "reference", 40, "bid.error.reference", errors);
		return FormFlow.complete(errors, redirect, () -> {
			try {
				return new FormFlow.Done(memberPath(bid, members.join(bid, reference, who.getName())),
						t("bid.member.joined"));
			}
			catch (Members.Refused refused) {
				throw new FormFlow.Refused("reference", t("bid.error.join." + refused.refusal().name()));
			}
		}, problems -> {
			model.addAttribute("overview", overview(bid));
			model.addAttribute("joinErrors", problems);
			return "bid/overview";
		});
	}

	private Overview overview(Bid bid) {
		Locale locale = Html.locale();
		Map<String, String> countries = Applications.countryNames(locale);
		List<Member> all = store.members(bid.id());
		Map<Long, Integer> counts = new java.util.HashMap<>();
		store.commitments(bid.id()).forEach(c -> counts.merge(c.memberId(), 1, Integer::sum));
		List<MemberRow> rows = all.stream()
			.map(m -> new MemberRow(m.id(), memberPath(bid, m.id()), m.organisationName(),
					countries.getOrDefault(m.country(), m.country()), t("application.category." + m.category()),
					roles(m.roles()), counts.getOrDefault(m.id(), 0)))
			.toList();
		Map<String, Integer> byCountry = new TreeMap<>();
		all.forEach(m -> byCountry.merge(m.country(), 1, Integer::sum));
		List<CountryCount> countryCounts = byCountry.entrySet()
			.stream()
			.map(e -> new CountryCount(e.getKey(), countries.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
			.sorted(Comparator.comparing(CountryCount::count).reversed())
			.toList();
		return new Overview(bid, all.size(), rows, countryCounts, BASE + "/" + bid.slug());
	}

	// Adding a member directly

	record NewMember(String organisationName, String country, String category, List<String> roles, String contactName,
			String contactEmail, String language) {

		static NewMember empty() {
			return new NewMember("", "", "", List.of(), "", "", "");
		}

	}

	@GetMapping(BASE + "/{slug}/members/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newMember(@PathVariable String slug, Model model) {
		model.addAttribute("choices", choices(bid(slug)));
		return "bid/memberNew";
	}

	@PostMapping(BASE + "/{slug}/members/new")
	@PreAuthorize("hasRole('ADMIN')")
	String addMember(@PathVariable String slug, @ModelAttribute("member") NewMember form, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		String organisation = CommitmentAnswers.required(form.organisationName(), "organisationName", 300,
				"bid.error.organisation", errors);
		if (form.country() == null || !Applications.countryNames(Locale.ENGLISH).containsKey(form.country())) {
			errors.rejectValue("country", "bid.error.country");
		}
		if (form.category() == null || !Applications.CATEGORIES.contains(form.category())) {
			errors.rejectValue("category", "bid.error.category");
		}
		List<MemberRole> roles = roles(form.roles(), errors);
		String contactName = CommitmentAnswers.required(form.contactName(), "contactName", 200, "bid.error.contactName",
				errors);
		String email = form.contactEmail() == null ? "" : form.contactEmail().strip();
		if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254) {
			errors.rejectValue("contactEmail", "bid.error.email");
		}
		if (form.language() == null || !Languages.CODES.contains(form.language())) {
			errors.rejectValue("language", "bid.error.language");
		}
		return FormFlow.complete(errors, redirect,
				() -> new FormFlow.Done(memberPath(bid, members.add(bid, organisation, form.country(), form.category(),
						roles, contactName, email, form.language(), who.getName())), t("bid.member.added")),
				problems -> {
					model.addAttribute("choices", choices(bid));
					model.addAttribute("errors", problems.anchor("roles", "roles"));
					return "bid/memberNew";
				});
	}

	record Choices(String base, List<Option> countries, List<Option> ownerCountries, List<Option> categories,
			List<Option> roles, List<Option> languages, List<Option> vendors, List<Option> kinds, List<Option> yesNo) {
	}

	/**
	 * Where an ultimate owner may be beyond the application form's countries (the EU and
	 * the EEA): the countries whose capital and equipment the tender's rules are about.
	 */
	static final List<String> OTHER_OWNER_COUNTRIES = List.of("GB", "CH", "US", "CA", "JP", "KR", "TW", "CN", "IN",
			"IL", "SG", "AE", "SA", "QA", "RU", "BY", "TR", "UA", "AU");

	private static Map<String, String> ownerCountries(Locale locale) {
		Map<String, String> names = new java.util.LinkedHashMap<>(Applications.countryNames(locale));
		OTHER_OWNER_COUNTRIES
			.forEach(code -> names.put(code, new Locale("", code).getDisplayCountry(Languages.supported(locale))));
		return names;
	}

	private Choices choices(Bid bid) {
		Locale locale = Html.locale();
		List<Option> countries = Applications.countryNames(locale)
			.entrySet()
			.stream()
			.map(e -> new Option(e.getKey(), e.getValue(), null))
			.toList();
		List<Option> ownerCountries = ownerCountries(locale).entrySet()
			.stream()
			.map(e -> new Option(e.getKey(), e.getValue(), null))
			.toList();
		List<Option> categories = Applications.CATEGORIES.stream()
			.map(c -> new Option(c, t("application.category." + c), null))
			.toList();
		List<Option> roles = Arrays.stream(MemberRole.values())
			.map(r -> new Option(r.name(), t(r.label()), null))
			.toList();
		List<Option> languages = Languages.CODES.stream()
			.map(l -> new Option(l, t("bid.language." + l), null))
			.toList();
		List<Option> vendors = new ArrayList<>();
		vendors.add(new Option("", t("bid.ownership.vendor.none"), null));
		store.vendors().forEach(v -> vendors.add(new Option(String.valueOf(v.id()), v.name(), null)));
		List<Option> kinds = Arrays.stream(CommitmentKind.values())
			.map(k -> new Option(k.name(), t(k.label()), null))
			.toList();
		List<Option> yesNo = List.of(new Option("true", t("bid.yes"), null), new Option("false", t("bid.no"), null));
		return new Choices(BASE + "/" + bid.slug(), countries, ownerCountries, categories, roles, languages, vendors,
				kinds, yesNo);
	}

	private static List<MemberRole> roles(List<String> typed, Errors errors) {
		List<MemberRole> roles = new ArrayList<>();
		for (String role : typed == null ? List.<String>of() : typed) {
			try {
				roles.add(MemberRole.valueOf(role));
			}
			catch (IllegalArgumentException notARole) {
				errors.rejectValue("roles", "bid.error.role");
				return List.of();
			}
		}
		return roles.stream().distinct().toList();
	}

	// One member: ownership and commitments

	record Ownership(List<String> roles, String euIncorporated, String ownerCountry, String majorityEuropean,
			String vendor) {
	}

	record CommitmentRow(long id, String kind, String amount, String years, String conditions, String state,
			String stateCode, String signed, String letterHref, String letterSha256, String withdrawnReason,
			boolean verifiable, boolean withdrawable, FieldErrors errors) {
	}

	record MemberView(Bid bid, Member member, String base, String country, String category, String roles,
			String ownerCountry, String vendor, String source, String agreement, List<CommitmentRow> commitments,
			Ownership ownership, Choices choices) {
	}

	@GetMapping(BASE + "/{slug}/members/{id}")
	String member(@PathVariable String slug, @PathVariable long id, Model model) {
		Bid bid = bid(slug);
		model.addAttribute("view", memberView(bid, member(bid, id), null, null, 0));
		return "bid/member";
	}

	@PostMapping(BASE + "/{slug}/members/{id}/ownership")
	@PreAuthorize("hasRole('ADMIN')")
	String stateOwnership(@PathVariable String slug, @PathVariable long id, @ModelAttribute("ownership") Ownership form,
			BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Member member = member(bid, id);
		List<MemberRole> roles = roles(form.roles(), errors);
		Boolean eu = yesNo(form.euIncorporated(), "euIncorporated", errors);
		if (form.ownerCountry() == null || !ownerCountries(Locale.ENGLISH).containsKey(form.ownerCountry())) {
			errors.rejectValue("ownerCountry", "bid.error.ownerCountry");
		}
		Boolean majority = yesNo(form.majorityEuropean(), "majorityEuropean", errors);
		Long vendor = null;
		if (form.vendor() != null && !form.vendor().isBlank()) {
			vendor = store.vendors()
				.stream()
				.filter(v -> String.valueOf(v.id()).equals(form.vendor()))
				.map(BidStore.Vendor::id)
				.findFirst()
				.orElse(null);
			if (vendor == null) {
				errors.rejectValue("vendor", "bid.error.vendor");
			}
		}
		Long supplied = vendor;
		return FormFlow.complete(errors, redirect, () -> {
			members.stateOwnership(member, roles, eu, form.ownerCountry(), majority, supplied, who.getName());
			return new FormFlow.Done(memberPath(bid, id), t("bid.ownership.saved"));
		}, problems -> memberPage(memberView(bid, member, form, null, 0), "ownershipErrors", problems, model));
	}

	/** The member page again, with one of its forms' problems. */
	private static String memberPage(MemberView view, String errorsName, FieldErrors problems, Model model) {
		model.addAttribute("view", view);
		model.addAttribute(errorsName, problems);
		return "bid/member";
	}

	record Request(String kind) {
	}

	@PostMapping(BASE + "/{slug}/members/{id}/commitments")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String request(@PathVariable String slug, @PathVariable long id, @ModelAttribute("request") Request form,
			BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Member member = member(bid, id);
		CommitmentKind kind = Arrays.stream(CommitmentKind.values())
			.filter(k -> k.name().equals(form.kind()))
			.findFirst()
			.orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "bid.error.kind");
		}
		else if (member.contactEmail() == null || member.contactEmail().isBlank()) {
			errors.rejectValue("kind", "bid.error.noContact");
		}
		return FormFlow.complete(errors, redirect, () -> {
			commitments.request(member, kind, who.getName());
			return new FormFlow.Done(memberPath(bid, id), t("bid.commitment.requested", member.contactEmail()));
		}, problems -> memberPage(memberView(bid, member, null, null, 0), "requestErrors", problems, model));
	}

	record Withdrawal(String reason) {
	}

	@PostMapping(BASE + "/{slug}/commitments/{id}/verify")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String verify(@PathVariable String slug, @PathVariable long id, @ModelAttribute("withdrawal") Withdrawal unused,
			BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Commitment commitment = commitment(bid, id);
		return FormFlow.complete(errors, redirect, () -> {
			commitments.verify(commitment, who.getName());
			return moved(bid, commitment, t("bid.commitment.verified"));
		}, problems -> commitmentProblems(bid, commitment, problems, model));
	}

	@PostMapping(BASE + "/{slug}/commitments/{id}/withdraw")
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
	String withdraw(@PathVariable String slug, @PathVariable long id, @ModelAttribute("withdrawal") Withdrawal form,
			BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Commitment commitment = commitment(bid, id);
		String reason = CommitmentAnswers.required(form.reason(), "reason", CommitmentAnswers.MAX_TEXT,
				"bid.error.reason", errors);
		return FormFlow.complete(errors, redirect, () -> {
			commitments.withdraw(commitment, reason, who.getName());
			return moved(bid, commitment, t("bid.commitment.withdrawn"));
		}, problems -> commitmentProblems(bid, commitment, problems, model));
	}

	private static FormFlow.Done moved(Bid bid, Commitment commitment, String saved) {
		return new FormFlow.Done(memberPath(bid, commitment.memberId()) + "#commitment-" + commitment.id(), saved);
	}

	/**
	 * The member page with a commitment's problems in its row: a missing reason, or a
	 * move its state no longer allows (a second click, a stale page).
	 */
	private String commitmentProblems(Bid bid, Commitment commitment, FieldErrors problems, Model model) {
		problems.anchor("reason", "reason-" + commitment.id()).anchor(FormFlow.STATE, "commitment-" + commitment.id());
		Member member = store.member(commitment.memberId()).orElseThrow();
		return memberPage(memberView(bid, member, null, problems, commitment.id()), "commitmentErrors", problems,
				model);
	}

	@GetMapping(BASE + "/{slug}/commitments/{id}/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable String slug, @PathVariable long id) {
		Commitment commitment = commitment(bid(slug), id);
		return pdf(store.letter(commitment.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private static ResponseEntity<byte[]> pdf(BidStore.Letter letter) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(letter.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(letter.content());
	}

	private MemberView memberView(Bid bid, Member member, Ownership typed, FieldErrors commitmentErrors,
			long erroneous) {
		Locale locale = Html.locale();
		Map<String, String> countries = ownerCountries(locale);
		String vendor = member.suppliedVendorId() == null ? null
				: store.vendors()
					.stream()
					.filter(v -> v.id() == member.suppliedVendorId())
					.map(BidStore.Vendor::name)
					.findFirst()
					.orElse(null);
		List<CommitmentRow> rows = store.commitmentsOf(member.id())
			.stream()
			.map(c -> new CommitmentRow(c.id(), t(c.kind().label()),
					c.amount() == null ? "" : amount(c.amount(), c.kind()),
					c.years() == null ? "" : t("bid.years", c.years()), c.conditions(), t(c.state().label()),
					c.state().name(),
					c.signedAt() == null ? null
							: t("bid.commitment.signedBy", c.signatoryName(), formats.dateTime(c.signedAt(), ZONE)),
					c.letterSha256() == null ? null
							: BASE + "/" + bid.slug() + "/commitments/" + c.id() + "/letter.pdf",
					c.letterSha256(), c.withdrawnReason(), c.state().allows(CommitmentState.Move.VERIFY),
					c.state().allows(CommitmentState.Move.WITHDRAW),
					c.id() == erroneous && commitmentErrors != null ? commitmentErrors : FieldErrors.none()))
			.toList();
		Ownership ownership = typed != null ? typed
				: new Ownership(member.roles().stream().map(Enum::name).toList(),
						member.euIncorporated() == null ? "" : member.euIncorporated().toString(),
						member.ownerCountry() == null ? "" : member.ownerCountry(),
						member.majorityEuropean() == null ? "" : member.majorityEuropean().toString(),
						member.suppliedVendorId() == null ? "" : member.suppliedVendorId().toString());
		String source = member.applicationReference() == null ? t("bid.member.source.direct")
				: t("bid.member.source.application", member.applicationReference());
		return new MemberView(bid, member, BASE + "/" + bid.slug(),
				countries.getOrDefault(member.country(), member.country()),
				t("application.category." + member.category()), roles(member.roles()),
				member.ownerCountry() == null ? null
						: countries.getOrDefault(member.ownerCountry(), member.ownerCountry()),
				vendor, source, member.agreementSignedOn() == null ? t("bid.agreement.notSigned")
						: t("bid.agreement.signedOn", day(member.agreementSignedOn())),
				rows, ownership, choices(bid));
	}

	// The consortium agreement: each member's signing date, and the document

	record AgreementDate(String signedOn) {
	}

	@PostMapping(BASE + "/{slug}/members/{id}/agreement")
	@PreAuthorize("hasRole('ADMIN')")
	String recordAgreement(@PathVariable String slug, @PathVariable long id,
			@ModelAttribute("agreement") AgreementDate form, BindingResult errors, Authentication who, Model model,
			RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Member member = member(bid, id);
		LocalDate signedOn = CommitmentAnswers.date(form.signedOn(), "signedOn", false, errors);
		if (signedOn != null && signedOn.isAfter(LocalDate.now(clock.withZone(ZONE)))) {
			errors.rejectValue("signedOn", "bid.error.date.future");
		}
		return FormFlow.complete(errors, redirect, () -> {
			members.recordAgreement(member, signedOn, who.getName());
			return new FormFlow.Done(memberPath(bid, id),
					signedOn == null ? t("bid.agreement.cleared") : t("bid.agreement.recorded"));
		}, problems -> {
			model.addAttribute("agreement", form);
			return memberPage(memberView(bid, member, null, null, 0), "agreementErrors", problems, model);
		});
	}

	record AgreementRow(String href, String organisation, String country, String signedOn) {
	}

	record AgreementView(String base, String title, BidStore.Agreement document, String uploadedAt,
			List<AgreementRow> members, int unsigned) {
	}

	@GetMapping(BASE + "/{slug}/agreement")
	String agreement(@PathVariable String slug, Model model) {
		model.addAttribute("view", agreementView(bid(slug)));
		return "bid/agreement";
	}

	@PostMapping(BASE + "/{slug}/agreement")
	@PreAuthorize("hasRole('ADMIN')")
	String keepAgreement(@PathVariable String slug,
			@RequestParam(name = "document", required = false) MultipartFile file, Authentication who, Model model,
			RedirectAttributes redirect) {
		Bid bid = bid(slug);
		Errors none = new org.springframework.validation.MapBindingResult(Map.of(), "document");
		return FormFlow.complete(none, redirect, () -> {
			try {
				members.keepAgreement(bid,
						UploadedFiles.check(file, CommitmentPages.LETTER_MAX_BYTES, CommitmentPages.LETTER_KINDS),
						who.getName());
			}
			catch (UploadedFiles.Refused refused) {
				throw new FormFlow.Refused("document", t(UploadedFiles.message(refused,
						CommitmentPages.LETTER_MAX_BYTES, CommitmentPages.LETTER_KINDS)));
			}
			return new FormFlow.Done(BASE + "/" + bid.slug() + "/agreement", t("bid.agreement.uploaded"));
		}, problems -> {
			model.addAttribute("view", agreementView(bid));
			model.addAttribute("errors", problems);
			return "bid/agreement";
		});
	}

	@GetMapping(BASE + "/{slug}/agreement.pdf")
	ResponseEntity<byte[]> agreementDocument(@PathVariable String slug) {
		return pdf(store.agreementDocument(bid(slug).id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private AgreementView agreementView(Bid bid) {
		Map<String, String> countries = Applications.countryNames(Html.locale());
		List<Member> all = store.members(bid.id());
		List<AgreementRow> rows = all.stream()
			.map(m -> new AgreementRow(memberPath(bid, m.id()), m.organisationName(),
					countries.getOrDefault(m.country(), m.country()),
					m.agreementSignedOn() == null ? null : day(m.agreementSignedOn())))
			.toList();
		BidStore.Agreement document = store.agreement(bid.id()).orElse(null);
		return new AgreementView(BASE + "/" + bid.slug(), bid.title(), document,
				document == null ? null : formats.dateTime(document.uploadedAt(), ZONE), rows,
				(int) all.stream().filter(m -> m.agreementSignedOn() == null).count());
	}

	// The high-risk-vendor list

	record NewVendor(String name) {
	}

	@GetMapping(BASE + "/{slug}/vendors")
	String vendors(@PathVariable String slug, Model model) {
		model.addAttribute("base", BASE + "/" + bid(slug).slug());
		model.addAttribute("vendors", store.vendors());
		return "bid/vendors";
	}

	@PostMapping(BASE + "/{slug}/vendors")
	@PreAuthorize("hasRole('ADMIN')")
	String addVendor(@PathVariable String slug, @ModelAttribute("vendor") NewVendor form, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		Bid bid = bid(slug);
		String name = CommitmentAnswers.required(form.name(), "name", 200, "bid.error.vendorName", errors);
		return FormFlow.complete(errors, redirect, () -> {
			if (!members.addVendor(name, who.getName())) {
				throw new FormFlow.Refused("name", t("bid.error.vendorListed"));
			}
			return new FormFlow.Done(BASE + "/" + bid.slug() + "/vendors", t("bid.vendor.added", name));
		}, problems -> {
			model.addAttribute("base", BASE + "/" + bid.slug());
			model.addAttribute("vendors", store.vendors());
			model.addAttribute("errors", problems);
			return "bid/vendors";
		});
	}

	// Helpers

	private Bid bid(String slug) {
		return store.bid(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Member member(Bid bid, long id) {
		return members.member(bid, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Commitment commitment(Bid bid, long id) {
		Commitment commitment = store.commitment(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		members.member(bid, commitment.memberId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return commitment;
	}

	private String day(LocalDate date) {
		return day(formats, date);
	}

	/** A date in the reader's words: "2 March 2026". */
	static String day(Formats formats, LocalDate date) {
		return formats.date(date.atStartOfDay(ZONE).toInstant(), ZONE);
	}

	private static String memberPath(Bid bid, long id) {
		return BASE + "/" + bid.slug() + "/members/" + id;
	}

	private static String roles(List<MemberRole> roles) {
		return roles.isEmpty() ? t("bid.roles.none")
				: String.join(", ", roles.stream().map(r -> t(r.label())).toList());
	}

	/**
	 * An exact amount in the reader's number format with its unit: "1 500 000,50 EUR".
	 */
	static String amount(java.math.BigDecimal amount, CommitmentKind kind) {
		java.text.NumberFormat format = java.text.NumberFormat
			.getNumberInstance(Languages.forFormatting(Html.locale()));
		format.setMinimumFractionDigits(amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + "\u00a0" + t(kind.unit().label());
	}

	private static Boolean yesNo(String typed, String field, Errors errors) {
		if ("true".equals(typed) || "false".equals(typed)) {
			return Boolean.valueOf(typed);
		}
		errors.rejectValue(field, "bid.error.yesNo." + field);
		return null;
	}

}
