package eu.balticaigf.portal.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;

import eu.balticaigf.portal.call.FormVersion;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * The server-side rules of the application form. Total: whatever was posted, it answers
 * with field errors or a normalised application, never an exception.
 */
final class ApplicationValidator {

	/**
	 * One error of one field; {@code code} selects the message
	 * ({@code application.error.<field>.<code>}).
	 */
	record FieldError(String field, String code, org.springframework.context.MessageSourceResolvable message) {

		FieldError(String field, String code) {
			this(field, code, null);
		}

	}

	record Result(ValidApplication application, List<FieldError> errors) {

		boolean valid() {
			return errors.isEmpty();
		}

		boolean hasError(String field) {
			return errors.stream().anyMatch(error -> error.field().equals(field));
		}

	}

	static final long MAX_AMOUNT = 100_000_000_000L;

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Control characters other than line breaks and tabs have no place in any field. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\r\\t]]");

	// A pragmatic address rule (the WHATWG "valid e-mail address" of HTML forms), not
	// full RFC 5322.
	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	/** Digits grouped by thousands with one kind of separator, or plain digits. */
	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,.'’_])\\d{3}(\\1\\d{3})*|\\d+");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ApplicationValidator() {
	}

	/** The fixed fields only: a form without questions of its own. */
	static Result validate(ApplicationForm form) {
		return validate(form, FormVersion.none(0, 0));
	}

	/** The fixed fields and the questions of this version of the call's form. */
	static Result validate(ApplicationForm form, FormVersion questions) {
		return validate(form, questions, java.util.Map.of());
	}

	/**
	 * The same with the files kept for the application's file questions, by key (each
	 * {@code {name, type, size, sha256}}).
	 */
	static Result validate(ApplicationForm form, FormVersion questions,
			java.util.Map<String, java.util.Map<String, Object>> files) {
		List<FieldError> errors = new ArrayList<>();
		for (String field : ApplicationForm.SINGLE_FIELDS) {
			if (form.all(field).size() > 1) {
				errors.add(new FieldError(field, "single"));
			}
		}
		String organisationName = name(form, "organisationName", errors);
		String country = choice(form, "country", Choices.COUNTRIES, errors);
		String registryCode = clean(form.value("registryCode"));
		if (!hasError(errors, "registryCode")) {
			if (registryCode.isEmpty()) {
				errors.add(new FieldError("registryCode", "required"));
			}
			else if (country != null && !OrganisationIdentity.isValidRegistryCode(country, registryCode)) {
				errors.add(new FieldError("registryCode", registryCodeRule(country)));
			}
		}
		String vatNumber = clean(form.value("vatNumber"));
		if (!vatNumber.isEmpty() && !hasError(errors, "vatNumber") && country != null) {
			String canonical = OrganisationIdentity.canonicalVatNumber(country, vatNumber);
			if (canonical == null) {
				errors.add(new FieldError("vatNumber", "format"));
			}
			vatNumber = canonical;
		}
		String pic = clean(form.value("pic"));
		if (!pic.isEmpty() && !hasError(errors, "pic")) {
			if (!OrganisationIdentity.isValidPic(pic)) {
				errors.add(new FieldError("pic", "format"));
			}
			pic = OrganisationIdentity.compact(pic);
		}
		String website = website(form, errors);
		String category = choice(form, "category", Choices.CATEGORIES, errors);
		String size = choice(form, "organisationSize", Choices.SIZES, errors);
		String contactName = name(form, "contactName", errors);
		String contactEmail = email(form.value("contactEmail"));
		if (!hasError(errors, "contactEmail")) {
			if (clean(form.value("contactEmail")).isEmpty()) {
				errors.add(new FieldError("contactEmail", "required"));
			}
			else if (contactEmail == null) {
				errors.add(new FieldError("contactEmail", "format"));
			}
		}
		String contactPhone = clean(form.value("contactPhone"));
		if (!contactPhone.isEmpty() && !hasError(errors, "contactPhone")) {
			contactPhone = phone(contactPhone, country);
			if (contactPhone == null) {
				errors.add(new FieldError("contactPhone", "format"));
			}
		}
		List<String> areas = areas(form, errors);
		Long investment = amount(form, "investmentIntentEur", errors);
		Long compute = amount(form, "computeDemandGpuHours", errors);
		String description = clean(form.value("description"));
		if (!hasError(errors, "description")) {
			int length = description.codePointCount(0, description.length());
			if (description.isEmpty()) {
				errors.add(new FieldError("description", "required"));
			}
			else if (length < 50 || length > 4000) {
				errors.add(new FieldError("description", "length"));
			}
		}
		boolean consentPrivacy = "true".equals(form.value("consentPrivacy"));
		if (!consentPrivacy && !hasError(errors, "consentPrivacy")) {
			errors.add(new FieldError("consentPrivacy", "required"));
		}
		String directory = form.value("consentDirectory");
		if (!directory.isEmpty() && !"true".equals(directory) && !hasError(errors, "consentDirectory")) {
			errors.add(new FieldError("consentDirectory", "choice"));
		}
		QuestionAnswers.Result answers = QuestionAnswers.validate(questions, form, files);
		errors.addAll(answers.errors());
		if (!errors.isEmpty()) {
			return new Result(null, sorted(errors));
		}
		return new Result(
				new ValidApplication(organisationName, country, registryCode,
						OrganisationIdentity.normalisedRegistryCode(registryCode), emptyToNull(vatNumber),
						emptyToNull(pic), website, category, size, contactName, contactEmail,
						contactPhone.isEmpty() ? null : contactPhone, areas, investment, compute, description, true,
						"true".equals(directory))
					.answering(questions.callId(), questions.version(), answers.answers()),
				List.of());
	}

	private static String registryCodeRule(String country) {
		return switch (country) {
			case "LT", "LV", "EE", "PL" -> "format" + country;
			default -> "format";
		};
	}

	/**
	 * Errors in the order of the form, so that the summary reads top to bottom: the
	 * call's own questions (in their order) come after the fixed fields, before the
	 * consents.
	 */
	static List<FieldError> sorted(List<FieldError> errors) {
		List<String> order = new ArrayList<>(ApplicationForm.SINGLE_FIELDS);
		order.add(order.indexOf("investmentIntentEur"), ApplicationForm.CONTRIBUTION_AREAS);
		int questions = 2 * order.indexOf("consentPrivacy") - 1;
		return errors.stream()
			.sorted((a, b) -> Integer.compare(rank(a, order, questions), rank(b, order, questions)))
			.toList();
	}

	private static int rank(FieldError error, List<String> order, int questions) {
		return error.field().startsWith(QuestionAnswers.PREFIX) ? questions : 2 * order.indexOf(error.field());
	}

	private static boolean hasError(List<FieldError> errors, String field) {
		return errors.stream().anyMatch(error -> error.field().equals(field));
	}

	/**
	 * Trimmed, without control characters; Unicode letters of every language stay as
	 * typed.
	 */
	static String clean(String value) {
		return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static String name(ApplicationForm form, String field, List<FieldError> errors) {
		String value = clean(form.value(field)).replaceAll("\\s+", " ");
		if (hasError(errors, field)) {
			return value;
		}
		int length = value.codePointCount(0, value.length());
		if (value.isEmpty()) {
			errors.add(new FieldError(field, "required"));
		}
		else if (length < 2 || length > 200 || !LETTER.matcher(value).find()) {
			errors.add(new FieldError(field, "length"));
		}
		return value;
	}

	private static String choice(ApplicationForm form, String field, List<String> allowed, List<FieldError> errors) {
		String value = form.value(field);
		if (hasError(errors, field)) {
			return null;
		}
		if (value.isEmpty()) {
			errors.add(new FieldError(field, "required"));
			return null;
		}
		if (!allowed.contains(value)) {
			errors.add(new FieldError(field, "choice"));
			return null;
		}
		return value;
	}

	private static List<String> areas(ApplicationForm form, List<FieldError> errors) {
		List<String> values = form.all(ApplicationForm.CONTRIBUTION_AREAS);
		if (values.isEmpty()) {
			errors.add(new FieldError(ApplicationForm.CONTRIBUTION_AREAS, "required"));
			return List.of();
		}
		if (!Choices.CONTRIBUTION_AREAS.containsAll(values)) {
			errors.add(new FieldError(ApplicationForm.CONTRIBUTION_AREAS, "choice"));
			return List.of();
		}
		Set<String> distinct = new LinkedHashSet<>(values);
		// Stored in the list's order, whatever order the browser sent them in.
		return Choices.CONTRIBUTION_AREAS.stream().filter(distinct::contains).toList();
	}

	/**
	 * Trimmed; the domain in lower case (it is case-insensitive), the local part as
	 * typed.
	 */
	static String email(String raw) {
		String value = clean(raw);
		if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
			return null;
		}
		int at = value.lastIndexOf('@');
		return value.substring(0, at) + "@" + value.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * E.164 (+37060000000), read with the organisation's country as the default region
	 * when no + is typed.
	 */
	static String phone(String raw, String country) {
		if (raw.length() > 40) {
			return null;
		}
		try {
			Phonenumber.PhoneNumber number = PHONES.parse(raw, country == null ? "LT" : country);
			return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	/**
	 * An http(s) address; "example.lt" is read as https://example.lt, as people type it.
	 */
	private static String website(ApplicationForm form, List<FieldError> errors) {
		String value = clean(form.value("website"));
		if (value.isEmpty() || hasError(errors, "website")) {
			return null;
		}
		String candidate = value.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? value : "https://" + value;
		try {
			URI uri = new URI(candidate);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (candidate.length() <= 500 && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".") && uri.getUserInfo() == null) {
				return uri.toString();
			}
		}
		catch (URISyntaxException ex) {
			// falls through to the error
		}
		errors.add(new FieldError("website", "format"));
		return null;
	}

	/**
	 * A whole number 0..100 billion; spaces and thousands separators are accepted as
	 * people type them.
	 */
	private static Long amount(ApplicationForm form, String field, List<FieldError> errors) {
		String value = form.value(field).replaceAll("[\\s\\u00A0\\u202F]", "");
		if (value.isEmpty() || hasError(errors, field)) {
			return null;
		}
		Long parsed = parseAmount(value);
		if (parsed == null) {
			errors.add(new FieldError(field, "format"));
		}
		else if (parsed > MAX_AMOUNT) {
			errors.add(new FieldError(field, "range"));
			return null;
		}
		return parsed;
	}

	static Long parseAmount(String compact) {
		if (compact.length() > 30 || !GROUPED.matcher(compact).matches()) {
			return null;
		}
		String digits = compact.replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", "");
		return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
	}

}
