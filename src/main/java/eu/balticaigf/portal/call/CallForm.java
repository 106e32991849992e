package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.validation.Errors;

/**
 * Staff's form for a call. Texts are per language ({@code title[en]}); the countries
 * taking part, the questions and answers and the links are rows
 * ({@code countries[0].country}), blank rows ignored. Times are typed as local date and
 * time in the call's own zone, which is how the ministry announces them. Bound field by
 * field (the controller's binder uses direct field access), so the fields are public.
 */
class CallForm {

	static final int TEXT_MAX = 8000;

	static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]+$");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	public String slug = "";

	public Map<String, String> title = new LinkedHashMap<>();

	public Map<String, String> description = new LinkedHashMap<>();

	public String opensAt = "";

	public String closesAt = "";

	public String zone = "Europe/Vilnius";

	public String budget = "";

	public String privateShare = "";

	public String plannedGpus = "0";

	public String meeting = "";

	public String issuerCountry = "";

	public String contactEmail = "";

	public List<String> eligibleCountries = new ArrayList<>();

	public List<String> categories = new ArrayList<>();

	public List<String> contributionAreas = new ArrayList<>();

	public List<CountryRow> countries = new ArrayList<>();

	public List<FaqRow> faq = new ArrayList<>();

	public List<LinkRow> links = new ArrayList<>();

	public static class CountryRow {

		public String country = "";

		public String joined = "";

		public String left = "";

		boolean blank() {
			return isBlank(country) && isBlank(joined) && isBlank(left);
		}

	}

	public static class FaqRow {

		public Map<String, String> question = new LinkedHashMap<>();

		public Map<String, String> answer = new LinkedHashMap<>();

		boolean blank() {
			return allBlank(question) && allBlank(answer);
		}

	}

	public static class LinkRow {

		public String url = "";

		public Map<String, String> label = new LinkedHashMap<>();

		boolean blank() {
			return isBlank(url) && allBlank(label);
		}

	}

	/** A new call: the 2025 call's lists of who may apply, nothing else filled in. */
	static CallForm empty() {
		CallForm form = new CallForm();
		form.eligibleCountries = new ArrayList<>(CallChoices.COUNTRIES);
		form.categories = new ArrayList<>(CallChoices.CATEGORIES);
		form.contributionAreas = new ArrayList<>(CallChoices.CONTRIBUTION_AREAS);
		return form.withBlankRows();
	}

	static CallForm of(Call call, CallDetails details) {
		CallForm form = new CallForm();
		form.slug = call.slug();
		form.title = new LinkedHashMap<>(call.titles());
		form.description = new LinkedHashMap<>(details.descriptions());
		form.opensAt = LOCAL.format(call.opensAt().atZone(call.zone()));
		form.closesAt = LOCAL.format(call.closesAt().atZone(call.zone()));
		form.zone = call.zone().getId();
		form.budget = call.budgetEur().stripTrailingZeros().toPlainString();
		form.privateShare = call.privateSharePct().stripTrailingZeros().toPlainString();
		form.plannedGpus = String.valueOf(call.plannedGpus());
		form.meeting = call.meetingSlug() == null ? "" : call.meetingSlug();
		form.issuerCountry = call.issuerCountry() == null ? "" : call.issuerCountry();
		form.contactEmail = details.contactEmail() == null ? "" : details.contactEmail();
		form.eligibleCountries = new ArrayList<>(details.eligibleCountries());
		form.categories = new ArrayList<>(details.categories());
		form.contributionAreas = new ArrayList<>(details.contributionAreas());
		for (CallDetails.Membership member : details.countries()) {
			CountryRow row = new CountryRow();
			row.country = member.country();
			row.joined = member.joined() == null ? "" : member.joined().toString();
			row.left = member.left() == null ? "" : member.left().toString();
			form.countries.add(row);
		}
		for (CallDetails.Faq entry : details.faq()) {
			FaqRow row = new FaqRow();
			row.question = new LinkedHashMap<>(entry.question());
			row.answer = new LinkedHashMap<>(entry.answer());
			form.faq.add(row);
		}
		for (CallDetails.Link link : details.links()) {
			LinkRow row = new LinkRow();
			row.url = link.url();
			row.label = new LinkedHashMap<>(link.label());
			form.links.add(row);
		}
		return form.withBlankRows();
	}

	/**
	 * Room for one more of each row (two more countries: a change of membership is
	 * usually one leaving and one joining), after the rows given.
	 */
	CallForm withBlankRows() {
		countries.removeIf(CountryRow::blank);
		faq.removeIf(FaqRow::blank);
		links.removeIf(LinkRow::blank);
		countries.add(new CountryRow());
		countries.add(new CountryRow());
		faq.add(new FaqRow());
		links.add(new LinkRow());
		return this;
	}

	/**
	 * Checks every field, writing message codes next to each one that is wrong.
	 * @param published the call is published (or archived): its slug may not change
	 * @param currentSlug the call's slug as stored, or null for a new call
	 */
	void validate(Errors errors, boolean published, String currentSlug) {
		slug = strip(slug);
		if (published && !slug.equals(currentSlug)) {
			errors.rejectValue("slug", "call.staff.error.slugPublished");
		}
		else if (!SLUG.matcher(slug).matches()) {
			errors.rejectValue("slug", "call.staff.error.slug");
		}
		for (String code : Languages.CODES) {
			String text = strip(title.get(code));
			if (text.isEmpty()) {
				errors.rejectValue("title[" + code + "]", "call.staff.error.title");
			}
			else if (text.length() > 300) {
				errors.rejectValue("title[" + code + "]", "call.staff.error.tooLong");
			}
		}
		allOrNone(description, "description", "call.staff.error.description", errors);
		ZoneId zoneId = zoneId();
		if (zoneId == null) {
			errors.rejectValue("zone", "call.staff.error.zone");
		}
		Instant opens = instant(opensAt, "opensAt", zoneId, errors);
		Instant closes = instant(closesAt, "closesAt", zoneId, errors);
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.rejectValue("closesAt", "call.staff.error.closesAt");
		}
		BigDecimal budgetEur = amount(budget);
		if (budgetEur == null || budgetEur.signum() < 0 || budgetEur.scale() > 2
				|| budgetEur.compareTo(new BigDecimal("1000000000000000")) >= 0) {
			errors.rejectValue("budget", "call.staff.error.budget");
		}
		BigDecimal share = amount(privateShare);
		if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2) {
			errors.rejectValue("privateShare", "call.staff.error.privateShare");
		}
		if (!strip(plannedGpus).matches("\\d{1,9}")) {
			errors.rejectValue("plannedGpus", "call.staff.error.plannedGpus");
		}
		if (!strip(issuerCountry).isEmpty() && !CallChoices.COUNTRIES.contains(strip(issuerCountry))) {
			errors.rejectValue("issuerCountry", "call.staff.error.country");
		}
		if (!strip(contactEmail).isEmpty() && !EMAIL.matcher(strip(contactEmail)).matches()) {
			errors.rejectValue("contactEmail", "call.staff.error.email");
		}
		choices(eligibleCountries, CallChoices.COUNTRIES, "eligibleCountries", "call.staff.error.eligibleCountries",
				errors);
		choices(categories, CallChoices.CATEGORIES, "categories", "call.staff.error.categories", errors);
		choices(contributionAreas, CallChoices.CONTRIBUTION_AREAS, "contributionAreas",
				"call.staff.error.contributionAreas", errors);
		validateCountries(errors);
		for (int i = 0; i < faq.size(); i++) {
			FaqRow row = faq.get(i);
			if (!row.blank()) {
				for (String code : Languages.CODES) {
					rejectBlankOrLong(row.question.get(code), "faq[" + i + "].question[" + code + "]", errors);
					rejectBlankOrLong(row.answer.get(code), "faq[" + i + "].answer[" + code + "]", errors);
				}
			}
		}
		for (int i = 0; i < links.size(); i++) {
			LinkRow row = links.get(i);
			if (!row.blank()) {
				if (!URL.matcher(strip(row.url)).matches()) {
					errors.rejectValue("links[" + i + "].url", "call.staff.error.url");
				}
				for (String code : Languages.CODES) {
					rejectBlankOrLong(row.label.get(code), "links[" + i + "].label[" + code + "]", errors);
				}
			}
		}
	}

	private void validateCountries(Errors errors) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < countries.size(); i++) {
			CountryRow row = countries.get(i);
			if (row.blank()) {
				continue;
			}
			String field = "countries[" + i + "].";
			if (!CallChoices.COUNTRIES.contains(strip(row.country))) {
				errors.rejectValue(field + "country", "call.staff.error.country");
			}
			else if (!seen.add(strip(row.country))) {
				errors.rejectValue(field + "country", "call.staff.error.countryTwice");
			}
			LocalDate joined = date(row.joined, field + "joined", errors);
			LocalDate left = date(row.left, field + "left", errors);
			if (joined != null && left != null && left.isBefore(joined)) {
				errors.rejectValue(field + "left", "call.staff.error.leftBeforeJoined");
			}
		}
	}

	/** Call only on a valid form. */
	Call toCall(long id, Call.State state, boolean demo, int formVersion) {
		ZoneId zoneId = zoneId();
		Map<String, String> titles = new LinkedHashMap<>();
		Languages.CODES.forEach(code -> titles.put(code, strip(title.get(code))));
		return new Call(id, slug, Map.copyOf(titles), parse(opensAt, zoneId), parse(closesAt, zoneId), zoneId,
				amount(budget), amount(privateShare), Integer.parseInt(strip(plannedGpus)),
				strip(meeting).isEmpty() ? null : strip(meeting), demo,
				strip(issuerCountry).isEmpty() ? null : strip(issuerCountry), state, formVersion);
	}

	/** Call only on a valid form. */
	CallDetails toDetails() {
		List<CallDetails.Membership> members = countries.stream()
			.filter(row -> !row.blank())
			.map(row -> new CallDetails.Membership(strip(row.country), optionalDate(row.joined),
					optionalDate(row.left)))
			.toList();
		List<CallDetails.Faq> entries = faq.stream()
			.filter(row -> !row.blank())
			.map(row -> new CallDetails.Faq(texts(row.question), texts(row.answer)))
			.toList();
		List<CallDetails.Link> linkList = links.stream()
			.filter(row -> !row.blank())
			.map(row -> new CallDetails.Link(strip(row.url), texts(row.label)))
			.toList();
		return new CallDetails(texts(description), strip(contactEmail).isEmpty() ? null : strip(contactEmail),
				ordered(eligibleCountries, CallChoices.COUNTRIES), ordered(categories, CallChoices.CATEGORIES),
				ordered(contributionAreas, CallChoices.CONTRIBUTION_AREAS), members, entries, linkList);
	}

	/** The id a field's input has on the page: {@code title[en]} → {@code title-en}. */
	static String id(String field) {
		return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
	}

	private ZoneId zoneId() {
		try {
			return strip(zone).isEmpty() ? null : ZoneId.of(strip(zone));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Instant instant(String value, String field, ZoneId zone, Errors errors) {
		try {
			return zone == null ? null : parse(value, zone);
		}
		catch (DateTimeException ex) {
			errors.rejectValue(field, "call.staff.error.dateTime");
			return null;
		}
	}

	/**
	 * A date and time as a browser's date-time field sends it (2026-03-01T09:00), or as
	 * someone types it where the browser shows a plain text field (2026-03-01 09:00).
	 */
	private static Instant parse(String value, ZoneId zone) {
		return LocalDateTime.parse(strip(value).replaceFirst("^(\\d{4}-\\d{2}-\\d{2})\\s+", "$1T"))
			.atZone(zone)
			.toInstant();
	}

	private static LocalDate date(String value, String field, Errors errors) {
		try {
			return optionalDate(value);
		}
		catch (DateTimeException ex) {
			errors.rejectValue(field, "call.staff.error.date");
			return null;
		}
	}

	private static LocalDate optionalDate(String value) {
		return strip(value).isEmpty() ? null : LocalDate.parse(strip(value));
	}

	/** A decimal number as people type it: spaces between groups, a comma or a point. */
	private static BigDecimal amount(String value) {
		String digits = strip(value).replaceAll("[\\s\\u00a0\\u202f]", "");
		if (digits.indexOf('.') < 0) {
			digits = digits.replace(',', '.');
		}
		if (!digits.matches("\\d{1,16}(\\.\\d{1,6})?")) {
			return null;
		}
		return new BigDecimal(digits);
	}

	private static void choices(List<String> chosen, List<String> allowed, String field, String code, Errors errors) {
		if (chosen == null || chosen.isEmpty() || !allowed.containsAll(chosen)) {
			errors.rejectValue(field, code);
		}
	}

	private static void allOrNone(Map<String, String> texts, String field, String missingCode, Errors errors) {
		boolean any = Languages.CODES.stream().anyMatch(code -> !strip(texts.get(code)).isEmpty());
		for (String code : Languages.CODES) {
			String text = strip(texts.get(code));
			if (any && text.isEmpty()) {
				errors.rejectValue(field + "[" + code + "]", missingCode);
			}
			else if (text.length() > TEXT_MAX) {
				errors.rejectValue(field + "[" + code + "]", "call.staff.error.tooLong");
			}
		}
	}

	private static void rejectBlankOrLong(String text, String field, Errors errors) {
		if (strip(text).isEmpty()) {
			errors.rejectValue(field, "call.staff.error.inEveryLanguage");
		}
		else if (strip(text).length() > TEXT_MAX) {
			errors.rejectValue(field, "call.staff.error.tooLong");
		}
	}

	/** Language code → text, line ends as "\n"; empty texts left out. */
	private static Map<String, String> texts(Map<String, String> byLanguage) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String code : Languages.CODES) {
			String text = strip(byLanguage.get(code));
			if (!text.isEmpty()) {
				texts.put(code, text.replace("\r\n", "\n").replace('\r', '\n'));
			}
		}
		return Map.copyOf(texts);
	}

	private static List<String> ordered(List<String> chosen, List<String> order) {
		return order.stream().filter(chosen::contains).toList();
	}

	private static boolean allBlank(Map<String, String> texts) {
		return texts.values().stream().allMatch(CallForm::isBlank);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
