package eu.balticaigf.portal.audit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import eu.balticaigf.portal.shared.AuditSubjects;
import eu.balticaigf.portal.shared.StaffNames;
import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log as people read it: actions, fields and values by their labels in the
 * reader's language, staff and registrants by name, meetings by title, scores by the
 * rubric's criteria, times in Vilnius time with the zone, and nothing shown for what was
 * not there (no "null"). Only what changed is shown: a field recorded alike before and
 * after is left out. The CSV export and the API keep the raw entries: they are for
 * machines.
 *
 * <p>
 * Labels are message keys: {@code audit.action.<action>}, {@code audit.target.<type>},
 * {@code audit.field.<field>}, {@code audit.value.<field>.<value>} and
 * {@code audit.actor.<actor>} for actors that are not people with an address (the
 * applicant). Names of things other modules own come from their {@link AuditSubjects}.
 * What has no label yet is shown in a readable form of its code ("review.new-thing" as
 * "Review new thing"), never as a missing key; AuditVocabularyTests fails on any action
 * the portal records that has no label in every language.
 */
@Component
class ReadableAudit {

	/** One entry as shown. */
	record Row(AuditEntries.Entry entry, String at, String actor, String action, String target, List<Change> changes,
			String address) {
	}

	/**
	 * One recorded field: its label, and its value before and after in words
	 * ({@code null} where none).
	 */
	record Change(String field, String before, String after) {
	}

	/**
	 * Fields whose values are codes that other pages already name: the prefix of those
	 * labels' keys.
	 */
	private static final Map<String, String> LABELLED_ELSEWHERE = Map.of("stage", "application.status.", "role",
			"staff.role.", "scope", "staff.tokens.scope.", "category", "application.category.", "size",
			"application.size.", "area", "application.area.");

	/** The prefix of the labels of the default scoring criteria (review module). */
	private static final String CRITERION_LABEL = "review.criterion.";

	/** The actions whose fields are scoring criteria, by code. */
	private static final String SCORE = "review.score";

	/** The action that changes a rubric: a list of criteria with their weights. */
	private static final String RUBRIC = "review.rubric";

	/**
	 * What an unlabelled code looks like ({@code UNDER_REVIEW}, {@code CONFIRMED}): shown
	 * as words instead.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");

	/**
	 * Capitals that are not codes but how the word is written (the API call's HTTP
	 * method).
	 */
	private static final Set<String> AS_WRITTEN = Set.of("POST", "PATCH", "DELETE");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/** A SHA-256 in hex, such as a data subject's: its beginning is enough to tell. */
	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private final MessageSource messages;

	private final StaffNames staff;

	private final List<AuditSubjects> subjects;

	private final AuditEntries entries;

	private final ObjectMapper json;

	private final Formats formats;

	ReadableAudit(MessageSource messages, StaffNames staff, List<AuditSubjects> subjects, AuditEntries entries,
			ObjectMapper json, Formats formats) {
		this.messages = messages;
		this.staff = staff;
		this.subjects = subjects;
		this.entries = entries;
		this.json = json;
		this.formats = formats;
	}

	/**
	 * The entries in words, in this language (dates and numbers too, whatever language
	 * the calling thread was in).
	 */
	List<Row> rows(List<AuditEntries.Entry> page, Locale locale) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return readable(page, locale);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private List<Row> readable(List<AuditEntries.Entry> page, Locale locale) {
		List<Parsed> parsed = page.stream().map(Parsed::new).toList();
		Set<String> addresses = new HashSet<>();
		Set<Long> accounts = new HashSet<>();
		Map<String, Set<String>> ids = new HashMap<>();
		Set<String> criteria = new HashSet<>();
		for (Parsed entry : parsed) {
			addresses.add(entry.row.actor());
			entry.values().forEach(value -> collectAddresses(value, addresses));
			staffAccountId(entry.row).ifPresent(accounts::add);
			if (entry.row.targetType() != null && entry.row.targetId() != null) {
				ids.computeIfAbsent(entry.row.targetType(), type -> new HashSet<>()).add(entry.row.targetId());
			}
			entry.fields()
				.forEach((field, value) -> ids.computeIfAbsent(last(field), type -> new HashSet<>()).add(text(value)));
			entry.criteria().forEach(criteria::add);
		}
		Reader reader = new Reader(locale, staff.byEmail(addresses), staff.byAccount(accounts), names(ids, locale),
				criterionLabels(criteria, locale));
		return parsed.stream().map(reader::row).toList();
	}

	/** The label of an action, for the filter's choices. */
	String actionLabel(String action, Locale locale) {
		return new Reader(locale, Map.of(), Map.of(), Map.of(), Map.of()).label("audit.action.", action);
	}

	/** Names by type and id from the modules that own the things. */
	private Map<String, Map<String, String>> names(Map<String, Set<String>> ids, Locale locale) {
		Map<String, Map<String, String>> names = new HashMap<>();
		ids.forEach((type, values) -> {
			Map<String, String> named = new HashMap<>();
			subjects.forEach(owner -> named.putAll(owner.names(type, values, locale)));
			if (!named.isEmpty()) {
				names.put(type, named);
			}
		});
		return names;
	}

	/**
	 * A criterion's label: the default ones' in the reader's language, else the name an
	 * admin gave it, else its code in words.
	 */
	private Map<String, String> criterionLabels(Set<String> codes, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		Set<String> unlabelled = new HashSet<>();
		for (String code : codes) {
			String label = messages.getMessage(CRITERION_LABEL + code, null, null, locale);
			if (label != null) {
				labels.put(code, label);
			}
			else {
				unlabelled.add(code);
			}
		}
		labels.putAll(entries.criterionNames(unlabelled));
		return labels;
	}

	/**
	 * An entry's states, flattened to one value per field (nested fields as
	 * {@code parent.child}).
	 */
	private final class Parsed {

		private final AuditEntries.Entry row;

		private final Map<List<String>, JsonNode> before;

		private final Map<List<String>, JsonNode> after;

		Parsed(AuditEntries.Entry row) {
			this.row = row;
			this.before = flatten(row.before());
			this.after = flatten(row.after());
		}

		private Collection<JsonNode> values() {
			List<JsonNode> values = new ArrayList<>(before.values());
			values.addAll(after.values());
			return values;
		}

		private Map<List<String>, JsonNode> fields() {
			Map<List<String>, JsonNode> fields = new LinkedHashMap<>(before);
			fields.putAll(after);
			fields.values().removeIf(value -> !value.isString());
			return fields;
		}

		/** The criteria this entry names by code: a score's fields, a rubric's list. */
		private Set<String> criteria() {
			Set<String> codes = new HashSet<>();
			if (SCORE.equals(row.action())) {
				before.keySet().forEach(field -> codes.add(last(field)));
				after.keySet().forEach(field -> codes.add(last(field)));
			}
			if (RUBRIC.equals(row.action())) {
				values().forEach(list -> list.values().forEach(criterion -> {
					if (criterion.has("code")) {
						codes.add(criterion.get("code").asString());
					}
				}));
			}
			return codes;
		}

		private Map<List<String>, JsonNode> flatten(String state) {
			Map<List<String>, JsonNode> fields = new LinkedHashMap<>();
			if (state != null) {
				JsonNode root = json.readTree(state);
				if (root.isObject()) {
					flatten(List.of(), root, fields);
				}
				else if (!absent(root)) {
					// A list or a single value (a rubric's criteria): one field, named
					// for what it is.
					fields.put(List.of("details"), root);
				}
			}
			return fields;
		}

		private static void flatten(List<String> path, JsonNode object, Map<List<String>, JsonNode> fields) {
			object.properties().forEach(field -> {
				List<String> at = new ArrayList<>(path);
				at.add(field.getKey());
				if (field.getValue().isObject() && !field.getValue().isEmpty()) {
					flatten(at, field.getValue(), fields);
				}
				else if (!absent(field.getValue())) {
					fields.put(List.copyOf(at), field.getValue());
				}
			});
		}

	}

	/**
	 * Nothing recorded: JSON's null, or the text "null" that earlier entries hold for a
	 * missing value (the log is append-only, so they stay).
	 */
	private static boolean absent(JsonNode value) {
		return value == null || value.isNull() || value.isString() && "null".equals(value.asString());
	}

	private static String text(JsonNode value) {
		return value.asString();
	}

	private static String last(List<String> field) {
		return field.get(field.size() - 1);
	}

	private static void collectAddresses(JsonNode value, Collection<String> addresses) {
		if (value.isString() && value.asString().contains("@")) {
			addresses.add(value.asString());
		}
		value.values().forEach(item -> collectAddresses(item, addresses));
	}

	/**
	 * Words for one reader: their language, and the names of the people and things on the
	 * page.
	 */
	private final class Reader {

		private final Locale locale;

		private final Map<String, String> names;

		private final Map<Long, String> accounts;

		private final Map<String, Map<String, String>> subjectNames;

		private final Map<String, String> criteria;

		Reader(Locale locale, Map<String, String> names, Map<Long, String> accounts,
				Map<String, Map<String, String>> subjectNames, Map<String, String> criteria) {
			this.locale = locale;
			this.names = names;
			this.accounts = accounts;
			this.subjectNames = subjectNames;
			this.criteria = criteria;
		}

		Row row(Parsed entry) {
			AuditEntries.Entry row = entry.row;
			List<Change> changes = new ArrayList<>();
			Set<List<String>> fields = new LinkedHashSet<>(entry.before.keySet());
			fields.addAll(entry.after.keySet());
			boolean scores = SCORE.equals(row.action());
			for (List<String> field : fields) {
				JsonNode before = entry.before.get(field);
				JsonNode after = entry.after.get(field);
				if (!Objects.equals(before, after)) {
					String name = last(field);
					String label = scores ? criterion(name)
							: field.stream().map(this::field).collect(Collectors.joining(" › "));
					changes.add(new Change(label, value(name, before), value(name, after)));
				}
			}
			return new Row(row, formats.dateTimeToTheSecond(row.at(), AuditEntries.ZONE), actor(row.actor()),
					label("audit.action.", row.action()), target(row), changes, address(row.clientAddress()));
		}

		private String actor(String actor) {
			if (names.containsKey(actor)) {
				return person(names.get(actor), actor);
			}
			if (actor.startsWith("token:")) {
				return message("audit.token", actor.substring("token:".length()));
			}
			if ("anonymous".equals(actor)) {
				return message("audit.anonymous");
			}
			return Optional.ofNullable(messages.getMessage("audit.actor." + actor, null, null, locale)).orElse(actor);
		}

		private String target(AuditEntries.Entry row) {
			if (row.targetType() == null) {
				return "";
			}
			String type = label("audit.target.", row.targetType());
			if (row.targetId() == null) {
				return type;
			}
			String id = staffAccountId(row).map(accounts::get)
				.or(() -> Optional
					.ofNullable(subjectNames.getOrDefault(row.targetType(), Map.of()).get(row.targetId())))
				.orElseGet(() -> shortened(row.targetId()));
			return message("audit.targetNamed", type, id);
		}

		private String field(String field) {
			String label = messages.getMessage("audit.field." + field, null, null, locale);
			if (label != null) {
				return label;
			}
			if (LANGUAGE.matcher(field).matches()) {
				String language = Locale.forLanguageTag(field).getDisplayLanguage(locale);
				if (!language.equals(field)) {
					return language.substring(0, 1).toUpperCase(locale) + language.substring(1);
				}
			}
			return readable(field);
		}

		private String criterion(String code) {
			return criteria.getOrDefault(code, readable(code));
		}

		/** A value in words; {@code null} for none. */
		private String value(String field, JsonNode value) {
			if (absent(value)) {
				return null;
			}
			if (value.isBoolean()) {
				return message(value.asBoolean() ? "audit.yes" : "audit.no");
			}
			if (value.isIntegralNumber()) {
				return formats.number(value.asLong());
			}
			if (value.isArray()) {
				boolean records = value.values().stream().anyMatch(JsonNode::isObject);
				return value.values()
					.stream()
					.map(item -> value(field, item))
					.filter(Objects::nonNull)
					.collect(Collectors.joining(records ? "; " : ", "));
			}
			if (value.isObject()) {
				if (value.has("code") && value.has("weight")) {
					return message("audit.criterion", criterion(value.get("code").asString()),
							formats.number(value.get("weight").asLong()));
				}
				return value.properties()
					.stream()
					.filter(entry -> !absent(entry.getValue()))
					.map(entry -> field(entry.getKey()) + ": " + value(entry.getKey(), entry.getValue()))
					.collect(Collectors.joining(", "));
			}
			return text(field, value.asString());
		}

		private String text(String field, String text) {
			String labelled = LABELLED_ELSEWHERE.containsKey(field)
					? messages.getMessage(LABELLED_ELSEWHERE.get(field) + text, null, null, locale)
					: messages.getMessage("audit.value." + field + "." + text, null, null, locale);
			if (labelled != null) {
				return labelled;
			}
			String named = subjectNames.getOrDefault(field, Map.of()).get(text);
			if (named != null) {
				return named;
			}
			if (names.containsKey(text)) {
				return person(names.get(text), text);
			}
			if ("country".equals(field) && COUNTRY.matcher(text).matches()) {
				return new Locale("", text).getDisplayCountry(locale);
			}
			if ("template".equals(field)) {
				String subject = messages.getMessage("mail." + text.replace('/', '.') + ".subject",
						new Object[] { "…" }, null, locale);
				if (subject != null) {
					return subject;
				}
			}
			if (INSTANT.matcher(text).matches()) {
				return formats.dateTimeToTheSecond(Instant.parse(text), AuditEntries.ZONE);
			}
			if (DAY.matcher(text).matches()) {
				return formats.date(LocalDate.parse(text).atStartOfDay(AuditEntries.ZONE).toInstant(),
						AuditEntries.ZONE);
			}
			return CODE.matcher(text).matches() && !AS_WRITTEN.contains(text) ? readable(text) : text;
		}

		private String label(String prefix, String code) {
			String label = messages.getMessage(prefix + code, null, null, locale);
			return label != null ? label : readable(code);
		}

		private String message(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

	}

	/**
	 * The account an entry is about, where it is about one (and the account still
	 * exists).
	 */
	private static Optional<Long> staffAccountId(AuditEntries.Entry row) {
		return "staff_account".equals(row.targetType()) && row.targetId() != null && row.targetId().matches("\\d{1,18}")
				? Optional.of(Long.valueOf(row.targetId())) : Optional.empty();
	}

	private static String person(String name, String email) {
		return name + " (" + email + ")";
	}

	/** A hash by its first twelve digits, as the pseudonyms of erased people are. */
	private static String shortened(String id) {
		return HASH.matcher(id).matches() ? id.substring(0, 12) + "…" : id;
	}

	/**
	 * A client address as people write it: an IPv6 address in its shortest form (RFC
	 * 5952: "::1", not "0:0:0:0:0:0:0:1"), so that it fits its column.
	 */
	static String address(String address) {
		if (address == null || !address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
			return address;
		}
		try {
			if (!(InetAddress.getByName(address) instanceof Inet6Address v6)) {
				return address;
			}
			byte[] bytes = v6.getAddress();
			int[] groups = new int[8];
			for (int i = 0; i < 8; i++) {
				groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
			}
			int bestStart = -1;
			int bestLength = 1;
			for (int i = 0; i < 8;) {
				int j = i;
				while (j < 8 && groups[j] == 0) {
					j++;
				}
				if (j - i > bestLength) {
					bestStart = i;
					bestLength = j - i;
				}
				i = j == i ? i + 1 : j;
			}
			StringBuilder shortest = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				if (i == bestStart) {
					shortest.append("::");
					i += bestLength - 1;
					continue;
				}
				if (shortest.length() > 0 && shortest.charAt(shortest.length() - 1) != ':') {
					shortest.append(':');
				}
				shortest.append(Integer.toHexString(groups[i]));
			}
			return shortest.toString();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/**
	 * A code as words: "readyForCommittee", "UNDER_REVIEW" and "review.conflict-withdraw"
	 * become sentences.
	 */
	static String readable(String code) {
		String words = code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replaceAll("[._\\-]+", " ").strip();
		return words.isEmpty() ? code
				: words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
	}

}
