package eu.balticaigf.portal.sites;

import static eu.balticaigf.portal.shared.web.Html.t;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import eu.balticaigf.portal.application.ApplicationAnswers;
import eu.balticaigf.portal.bid.BidOrganisations;
import eu.balticaigf.portal.shared.StaffNames;
import eu.balticaigf.portal.shared.web.FieldErrors;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Html;
import eu.balticaigf.portal.shared.web.Languages;
import eu.balticaigf.portal.shared.web.Option;
import eu.balticaigf.portal.shared.web.Authorities;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The candidate sites and the criteria catalogue as staff keep them: every member of
 * staff reads them, admins add and change sites, their values (each with its source and
 * date) and the criteria. Bad input is said next to its field and nothing is stored.
 */
@Controller
class SiteRegisterPages {

	static final String SITES = SitePages.BASE + "/sites";

	static final String CRITERIA = SitePages.BASE + "/criteria";

	private static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	private final SiteRegister register;

	private final SiteRepository repository;

	private final Formats formats;

	private final StaffNames staffNames;

	private final BidOrganisations members;

	private final SiteOffers offers;

	private final ApplicationAnswers answers;

	SiteRegisterPages(SiteRegister register, SiteRepository repository, Formats formats, StaffNames staffNames,
			BidOrganisations members, SiteOffers offers, ApplicationAnswers answers) {
		this.register = register;
		this.repository = repository;
		this.formats = formats;
		this.staffNames = staffNames;
		this.members = members;
		this.offers = offers;
		this.answers = answers;
	}

	static boolean isAdmin(Authentication who) {
		return Authorities.holdsAny(who, "ROLE_ADMIN");
	}

	// Sites

	record SiteRow(String slug, String name, String href, String country, String status, String operator, int values,
			boolean illustrative) {
	}

	@GetMapping(SITES)
	String sites(Model model, Authentication who) {
		Locale locale = Html.locale();
		Map<Long, Map<String, SiteValue>> values = repository.values();
		model.addAttribute("sites",
				repository.sites()
					.stream()
					.map(s -> new SiteRow(s.slug(), s.name(), SITES + "/" + s.slug(), countryName(s.country(), locale),
							t(s.status().label()), s.operator() == null ? "" : s.operator(),
							values.getOrDefault(s.id(), Map.of()).size(), s.illustrative()))
					.toList());
		model.addAttribute("admin", isAdmin(who));
		return "sites/sites";
	}

	/**
	 * The site form: slug only when adding; the operator is a bid member
	 * ({@code operatorMember}, its id) or a name.
	 */
	record SiteForm(String slug, String name, String operatorMember, String operator, String country, String latitude,
			String longitude, String status) {

		static SiteForm of(Site site) {
			return new SiteForm(site.slug(), site.name(),
					site.operatorMember() == null ? "" : site.operatorMember().toString(),
					site.operatorMember() == null ? site.operator() : "", site.country(), plain(site.latitude()),
					plain(site.longitude()), site.status().name());
		}

	}

	/**
	 * {@code offer} is the offer the new site comes from, shown beside the form (null
	 * when staff add a site of their own).
	 */
	record SiteFormPage(String action, boolean adding, String backHref, List<Option> members, List<Option> countries,
			List<Option> statuses, OfferView offer) {
	}

	// Offers

	/**
	 * An offer as staff read it: who, when, their answers to the call's own questions.
	 */
	record OfferView(String reference, String organisation, String country, String submitted, String member,
			List<ApplicationAnswers.Answer> answers, String siteHref, String addHref) {
	}

	static final String OFFERS = SitePages.BASE + "/offers";

	@GetMapping(OFFERS)
	String offers(Model model, Authentication who) {
		boolean admin = isAdmin(who);
		model.addAttribute("offers", offers.offers().stream().map(offer -> offerView(offer, admin)).toList());
		return "sites/offers";
	}

	@GetMapping(OFFERS + "/{reference}")
	@PreAuthorize("hasRole('ADMIN')")
	String offer(@PathVariable String reference, Model model, RedirectAttributes redirect) {
		SiteOffers.Offer offer = offer(reference);
		if (offer.siteSlug() != null) {
			redirect.addFlashAttribute("saved", t("sites.offer.inRegister", offer.organisation()));
			return "redirect:" + SITES + "/" + offer.siteSlug();
		}
		SiteRegister.Details suggested = offer.suggested(t("sites.offer.name", offer.organisation()));
		SiteForm form = new SiteForm(offers.suggestedSlug(offer), suggested.name(),
				suggested.operatorMember() == null ? "" : suggested.operatorMember().toString(),
				suggested.operatorMember() == null ? suggested.operator() : "", suggested.country(), "", "",
				suggested.status().name());
		return offerForm(model, offer, form, FieldErrors.none());
	}

	@PostMapping(OFFERS + "/{reference}")
	@PreAuthorize("hasRole('ADMIN')")
	String addOffer(@PathVariable String reference, @ModelAttribute("form") SiteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Authentication who) {
		SiteOffers.Offer offer = offer(reference);
		String slug = read(errors, "slug", () -> SiteInput.slug(form.slug()));
		SiteRegister.Details details = details(form, errors);
		if (!errors.hasErrors()) {
			java.util.Optional<String> site = offers.register(offer, slug, details, t("sites.offer.source", reference),
					who.getName());
			if (site.isPresent()) {
				redirect.addFlashAttribute("saved", t("sites.offer.added", offer.organisation()));
				return "redirect:" + SITES + "/" + site.get();
			}
			errors.rejectValue("slug", "sites.error.slug.taken");
		}
		return offerForm(model, offer, form, FieldErrors.of(errors));
	}

	private SiteOffers.Offer offer(String reference) {
		return offers.offer(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private OfferView offerView(SiteOffers.Offer offer, boolean admin) {
		Locale locale = Html.locale();
		List<ApplicationAnswers.Answer> own = answers.sections(offer.application().data(), locale)
			.stream()
			.filter(section -> section.key().equals("questions"))
			.flatMap(section -> section.answers().stream())
			.toList();
		return new OfferView(offer.reference(), offer.organisation(),
				countryName(offer.application().data().country(), locale),
				formats.date(offer.application().submittedAt(), ZONE),
				offer.member() == null ? null : offer.member().bidTitle(), own,
				offer.siteSlug() == null ? null : SITES + "/" + offer.siteSlug(),
				admin && offer.siteSlug() == null ? OFFERS + "/" + offer.reference() : null);
	}

	private String offerForm(Model model, SiteOffers.Offer offer, SiteForm form, FieldErrors errors) {
		return siteForm(model, form, errors, OFFERS + "/" + offer.reference(), true, OFFERS, offerView(offer, false));
	}

	@GetMapping(SITES + "/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newSite(Model model) {
		return siteForm(model, new SiteForm("", "", "", "", "", "", "", SiteStatus.PROPOSED.name()), null,
				FieldErrors.none());
	}

	@PostMapping(SITES + "/new")
	@PreAuthorize("hasRole('ADMIN')")
	String addSite(@ModelAttribute("form") SiteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String slug = read(errors, "slug", () -> SiteInput.slug(form.slug()));
		SiteRegister.Details details = details(form, errors);
		if (!errors.hasErrors() && !register.add(slug, details)) {
			errors.rejectValue("slug", "sites.error.slug.taken");
		}
		if (errors.hasErrors()) {
			return siteForm(model, form, null, FieldErrors.of(errors));
		}
		redirect.addFlashAttribute("saved", t("sites.site.added", details.name()));
		return "redirect:" + SITES + "/" + slug;
	}

	@GetMapping(SITES + "/{slug}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editSite(@PathVariable String slug, Model model) {
		Site site = site(slug);
		return siteForm(model, SiteForm.of(site), site, FieldErrors.none());
	}

	@PostMapping(SITES + "/{slug}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String changeSite(@PathVariable String slug, @ModelAttribute("form") SiteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Site site = site(slug);
		SiteRegister.Details details = details(form, errors);
		if (errors.hasErrors()) {
			return siteForm(model, form, site, FieldErrors.of(errors));
		}
		register.change(site, details);
		redirect.addFlashAttribute("saved", t("sites.site.changed"));
		return "redirect:" + SITES + "/" + slug;
	}

	private SiteRegister.Details details(SiteForm form, Errors errors) {
		String name = read(errors, "name", () -> SiteInput.text(form.name(), "sites.error.name", SiteInput.MAX_TEXT));
		String operator = read(errors, "operator", () -> SiteInput.optionalText(form.operator(), SiteInput.MAX_TEXT));
		BidOrganisations.Listed member = operatorMember(form.operatorMember(), errors);
		if (member != null) {
			operator = member.name();
		}
		String country = read(errors, "country", () -> SiteInput.country(form.country(), "sites.error.country"));
		Double latitude = read(errors, "latitude",
				() -> SiteInput.degrees(form.latitude(), 90, "sites.error.latitude"));
		Double longitude = read(errors, "longitude",
				() -> SiteInput.degrees(form.longitude(), 180, "sites.error.longitude"));
		if (!errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude")
				&& (latitude == null) != (longitude == null)) {
			errors.rejectValue(latitude == null ? "latitude" : "longitude", "sites.error.coordinates");
		}
		SiteStatus status = read(errors, "status", () -> SiteInput.status(form.status(), "sites.error.status"));
		return new SiteRegister.Details(name, operator, member == null ? null : member.id(), country, latitude,
				longitude, status);
	}

	/**
	 * The member chosen as operator: none, or one that exists (a forged id is refused).
	 */
	private BidOrganisations.Listed operatorMember(String chosen, Errors errors) {
		if (chosen == null || chosen.isBlank()) {
			return null;
		}
		try {
			return members.listed(Long.parseLong(chosen.strip())).orElseThrow(NumberFormatException::new);
		}
		catch (NumberFormatException unknown) {
			errors.rejectValue("operatorMember", "sites.error.operatorMember");
			return null;
		}
	}

	private List<Option> memberOptions(Locale locale) {
		return members.members()
			.stream()
			.map(m -> new Option(String.valueOf(m.id()),
					t("sites.site.operatorMember.option", m.name(), countryName(m.country(), locale), m.bidTitle())))
			.toList();
	}

	private String siteForm(Model model, SiteForm form, Site site, FieldErrors errors) {
		return site == null ? siteForm(model, form, errors, SITES + "/new", true, SITES, null) : siteForm(model, form,
				errors, SITES + "/" + site.slug() + "/edit", false, SITES + "/" + site.slug(), null);
	}

	private String siteForm(Model model, SiteForm form, FieldErrors errors, String action, boolean adding,
			String backHref, OfferView offer) {
		Locale locale = Html.locale();
		List<Option> countries = java.util.Arrays.stream(Locale.getISOCountries())
			.map(code -> new Option(code, countryName(code, locale)))
			.sorted(Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
			.toList();
		List<Option> statuses = java.util.Arrays.stream(SiteStatus.values())
			.map(s -> new Option(s.name(), t(s.label())))
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("page",
				new SiteFormPage(action, adding, backHref, memberOptions(locale), countries, statuses, offer));
		return "sites/siteForm";
	}

	record ValueRow(String code, String label, String value, String source, String measuredOn, String enteredBy,
			String enteredAt, boolean missing, boolean estimate, String changeHref) {
	}

	/**
	 * One site as its page shows it; {@code memberHref} links its operator's bid member
	 * page, {@code offeredIn} the application that offered it (both may be null).
	 */
	record SiteView(String slug, String name, String operator, String memberHref, String memberBid, String offeredIn,
			String country, String coordinates, String status, boolean illustrative, List<ValueRow> values) {
	}

	@GetMapping(SITES + "/{slug}")
	String site(@PathVariable String slug, Model model, Authentication who) {
		Site site = site(slug);
		Locale locale = Html.locale();
		List<SiteCriterion> catalogue = repository.criteria();
		Map<String, SiteAssessments.Shown> shown = register.shown(site, catalogue);
		Map<String, String> names = staffNames.byEmail(shown.values()
			.stream()
			.filter(s -> !s.estimate())
			.map(s -> s.entered().enteredBy())
			.distinct()
			.toList());
		boolean admin = isAdmin(who);
		List<ValueRow> rows = new ArrayList<>();
		for (SiteCriterion criterion : catalogue) {
			SiteAssessments.Shown value = shown.get(criterion.code());
			String change = admin ? SITES + "/" + slug + "/values/" + criterion.code() : null;
			if (value == null) {
				rows.add(new ValueRow(criterion.code(), criterion.label(locale), t("sites.compare.missing"), "", "", "",
						"", true, false, change));
			}
			else if (value.estimate()) {
				rows.add(new ValueRow(criterion.code(), criterion.label(locale),
						SitePages.amount(criterion, value.value(), locale),
						t("sites.compare.estimateSource", SitePages.number(Latency.ROUTE_FACTOR, 1, locale)), "", "",
						"", false, true, change));
			}
			else {
				SiteValue entered = value.entered();
				rows.add(new ValueRow(criterion.code(), criterion.label(locale),
						SitePages.amount(criterion, value.value(), locale), entered.source(),
						date(entered.measuredOn()), names.getOrDefault(entered.enteredBy(), entered.enteredBy()),
						formats.dateTime(entered.enteredAt(), ZONE), false, false, change));
			}
		}
		BidOrganisations.Listed member = site.operatorMember() == null ? null
				: members.listed(site.operatorMember()).orElse(null);
		model.addAttribute("site",
				new SiteView(slug, site.name(), site.operator(), member == null ? null : member.href(),
						member == null ? null : member.bidTitle(), site.offeredIn(),
						countryName(site.country(), locale),
						site.located() ? SitePages.number(site.latitude(), 4, locale) + ", "
								+ SitePages.number(site.longitude(), 4, locale) : "",
						t(site.status().label()), site.illustrative(), rows));
		model.addAttribute("admin", admin);
		return "sites/site";
	}

	// Values

	record ValueForm(String value, String source, String measuredOn) {

		static ValueForm of(SiteValue value) {
			return value == null ? new ValueForm("", "", "") : new ValueForm(plain(value.value()), value.source(),
					value.measuredOn() == null ? "" : value.measuredOn().toString());
		}

	}

	record ValueFormPage(String action, String siteHref, String siteName, String criterion, String unit,
			boolean latency, boolean entered) {
	}

	@GetMapping(SITES + "/{slug}/values/{criterion}")
	@PreAuthorize("hasRole('ADMIN')")
	String valueForm(@PathVariable String slug, @PathVariable String criterion, Model model) {
		Site site = site(slug);
		SiteCriterion of = criterion(criterion);
		return valueForm(model, site, of, ValueForm.of(repository.values(site.id()).get(criterion)),
				FieldErrors.none());
	}

	@PostMapping(SITES + "/{slug}/values/{criterion}")
	@PreAuthorize("hasRole('ADMIN')")
	String putValue(@PathVariable String slug, @PathVariable String criterion, @ModelAttribute("form") ValueForm form,
			BindingResult errors,
			@org.springframework.web.bind.annotation.RequestParam(name = "remove", required = false) String remove,
			Model model, Authentication who, RedirectAttributes redirect) {
		Site site = site(slug);
		SiteCriterion of = criterion(criterion);
		if (remove != null) {
			register.removeValue(site, criterion);
			redirect.addFlashAttribute("saved", t("sites.value.removed", of.label(Html.locale())));
			return "redirect:" + SITES + "/" + slug;
		}
		Double value = read(errors, "value", () -> SiteInput.number(form.value(), "sites.error.value"));
		if (value == null && !errors.hasFieldErrors("value")) {
			errors.rejectValue("value", "sites.error.value");
		}
		String source = read(errors, "source",
				() -> SiteInput.text(form.source(), "sites.error.source", SiteInput.MAX_SOURCE));
		LocalDate measuredOn = read(errors, "measuredOn", () -> SiteInput.date(form.measuredOn(), register.today()));
		if (errors.hasErrors()) {
			return valueForm(model, site, of, form, FieldErrors.of(errors));
		}
		register.putValue(site, criterion, new SiteRegister.Evidence(value, source, measuredOn), who.getName());
		redirect.addFlashAttribute("saved", t("sites.value.saved", of.label(Html.locale())));
		return "redirect:" + SITES + "/" + slug;
	}

	private String valueForm(Model model, Site site, SiteCriterion criterion, ValueForm form, FieldErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("page",
				new ValueFormPage(SITES + "/" + site.slug() + "/values/" + criterion.code(), SITES + "/" + site.slug(),
						site.name(), criterion.label(Html.locale()), t(criterion.unitLabel()), criterion.latency(),
						repository.values(site.id()).containsKey(criterion.code())));
		return "sites/valueForm";
	}

	// Criteria

	record CriterionRow(String code, String label, String unit, String direction, String limit, String hub,
			String changeHref) {
	}

	@GetMapping(CRITERIA)
	String criteria(Model model, Authentication who) {
		Locale locale = Html.locale();
		boolean admin = isAdmin(who);
		model.addAttribute("criteria",
				repository.criteria()
					.stream()
					.map(c -> new CriterionRow(c.code(), c.label(locale), t(c.unitLabel()),
							t("sites.direction." + c.direction().name()),
							c.limit() == null ? "" : SitePages.amount(c, c.limit(), locale),
							c.latency() ? SitePages.number(c.hubLatitude(), 4, locale) + ", "
									+ SitePages.number(c.hubLongitude(), 4, locale) : "",
							admin ? CRITERIA + "/" + c.code() + "/edit" : null))
					.toList());
		model.addAttribute("admin", admin);
		return "sites/criteria";
	}

	record CriterionForm(String code, String labelLt, String labelEn, String labelPl, String labelLv, String labelEt,
			String unit, String direction, String limit, String hubLatitude, String hubLongitude) {

		static CriterionForm of(SiteCriterion c) {
			Map<String, String> l = c.labels();
			return new CriterionForm(c.code(), l.get("lt"), l.get("en"), l.get("pl"), l.get("lv"), l.get("et"),
					c.unit(), c.direction().name(), plain(c.limit()), plain(c.hubLatitude()), plain(c.hubLongitude()));
		}

		String label(String language) {
			return switch (language) {
				case "lt" -> labelLt;
				case "pl" -> labelPl;
				case "lv" -> labelLv;
				case "et" -> labelEt;
				default -> labelEn;
			};
		}

	}

	record LabelField(String name, String label, String value) {
	}

	record CriterionFormPage(String action, boolean adding, List<LabelField> labels, List<Option> units,
			List<Option> directions) {
	}

	@GetMapping(CRITERIA + "/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newCriterion(Model model) {
		return criterionForm(model, new CriterionForm("", "", "", "", "", "", "", "", "", "", ""), true,
				FieldErrors.none());
	}

	@PostMapping(CRITERIA + "/new")
	@PreAuthorize("hasRole('ADMIN')")
	String addCriterion(@ModelAttribute("form") CriterionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String code = read(errors, "code", () -> SiteInput.code(form.code()));
		return saveCriterion(code, form, errors, model, redirect, true);
	}

	@GetMapping(CRITERIA + "/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editCriterion(@PathVariable String code, Model model) {
		return criterionForm(model, CriterionForm.of(criterion(code)), false, FieldErrors.none());
	}

	@PostMapping(CRITERIA + "/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String changeCriterion(@PathVariable String code, @ModelAttribute("form") CriterionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		criterion(code);
		return saveCriterion(code, form, errors, model, redirect, false);
	}

	private String saveCriterion(String code, CriterionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, boolean adding) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String language : Languages.CODES) {
			String field = "label" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
			labels.put(language, read(errors, field,
					() -> SiteInput.text(form.label(language), "sites.error.label." + language, SiteInput.MAX_TEXT)));
		}
		if (form.unit() == null || !SiteCriterion.UNITS.contains(form.unit())) {
			errors.rejectValue("unit", "sites.error.unit");
		}
		Criterion.Direction direction = null;
		try {
			direction = Criterion.Direction.valueOf(String.valueOf(form.direction()));
		}
		catch (IllegalArgumentException unknown) {
			errors.rejectValue("direction", "sites.error.direction");
		}
		Double limit = read(errors, "limit", () -> SiteInput.number(form.limit(), "sites.error.limit"));
		Double hubLatitude = read(errors, "hubLatitude",
				() -> SiteInput.degrees(form.hubLatitude(), 90, "sites.error.latitude"));
		Double hubLongitude = read(errors, "hubLongitude",
				() -> SiteInput.degrees(form.hubLongitude(), 180, "sites.error.longitude"));
		if (!errors.hasFieldErrors("hubLatitude") && !errors.hasFieldErrors("hubLongitude")
				&& (hubLatitude == null) != (hubLongitude == null)) {
			errors.rejectValue(hubLatitude == null ? "hubLatitude" : "hubLongitude", "sites.error.coordinates");
		}
		if (!errors.hasErrors()) {
			// The position is the catalogue's to keep: a new criterion goes last.
			SiteCriterion criterion = new SiteCriterion(code, 0, Map.copyOf(labels), form.unit(), direction, limit,
					hubLatitude, hubLongitude);
			if (!register.putCriterion(criterion, adding)) {
				errors.rejectValue("code", "sites.error.code.taken");
			}
		}
		if (errors.hasErrors()) {
			return criterionForm(model, form, adding, FieldErrors.of(errors));
		}
		redirect.addFlashAttribute("saved", t(adding ? "sites.criterion.added" : "sites.criterion.changed",
				labels.get(Html.locale().getLanguage())));
		return "redirect:" + CRITERIA;
	}

	private String criterionForm(Model model, CriterionForm form, boolean adding, FieldErrors errors) {
		List<LabelField> labels = Languages.CODES.stream().map(language -> {
			String field = "label" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
			return new LabelField(field, t("sites.criterion.label." + language), form.label(language));
		}).toList();
		List<Option> units = SiteCriterion.UNITS.stream().map(u -> new Option(u, t("sites.unit." + u))).toList();
		List<Option> directions = java.util.Arrays.stream(Criterion.Direction.values())
			.map(d -> new Option(d.name(), t("sites.direction." + d.name())))
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("page",
				new CriterionFormPage(adding ? CRITERIA + "/new" : CRITERIA + "/" + form.code() + "/edit", adding,
						labels, units, directions));
		return "sites/criterionForm";
	}

	// Helpers

	private Site site(String slug) {
		return repository.site(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private SiteCriterion criterion(String code) {
		return repository.criterion(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Reads one answer; what is wrong goes next to its field and null is answered. */
	static <T> T read(Errors errors, String field, Supplier<T> reader) {
		try {
			return reader.get();
		}
		catch (SiteInput.Invalid invalid) {
			errors.rejectValue(field, invalid.code(), invalid.arguments(), null);
			return null;
		}
	}

	static String countryName(String code, Locale locale) {
		return new Locale("", code).getDisplayCountry(Languages.supported(locale));
	}

	private static String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(Languages.forFormatting(Html.locale()))
					.format(date);
	}

	/** A number as a form shows it back: no grouping, a point, no trailing ".0". */
	static String plain(Double value) {
		if (value == null) {
			return "";
		}
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
