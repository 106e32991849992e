package eu.balticaigf.portal.audit;

import eu.balticaigf.portal.shared.StaffNames;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import eu.balticaigf.portal.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as people read it: actions and fields by their labels in the reader's
 * language, values in words (labels for codes, yes and no, numbers and times as the page
 * writes them), and staff by name with their address. Only what changed is shown: a field
 * recorded alike before and after is left out. The CSV export and the API keep the raw
 * entries: they are for machines.
 *
 * <p>
 * Labels are message keys: {@code audit.action.<action>}, {@code audit.target.<type>},
 * {@code audit.field.<field>} and {@code audit.value.<field>.<value>}. Other modules add
 * actions and fields without telling this class: what has no label yet is shown in a
 * readable form of its code ("review.conflict.withdraw" as "Review conflict withdraw"),
 * never as a missing key.
 */
@Component
class ReadableAudit {

	/** One entry as shown. */
	record Row(AuditEntries.Entry entry, String actor, String action, String target, List<Change> changes) {
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

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final StaffNames staff;

	private final ObjectMapper json;

	private final Formats formats;

	ReadableAudit(MessageSource messages, StaffNames staff, ObjectMapper json, Formats formats) {
		this.messages = messages;
		this.staff = staff;
		this.json = json;
		this.formats = formats;
	}

	List<Row> rows(List<AuditEntries.Entry> entries, Locale locale) {
		List<Parsed> parsed = entries.stream().map(Parsed::new).toList();
		Set<String> addresses = new HashSet<>();
		Set<Long> accounts = new HashSet<>();
		for (Parsed entry : parsed) {
			addresses.add(entry.row.actor());
			entry.before.values().forEach(value -> collectAddresses(value, addresses));
			entry.after.values().forEach(value -> collectAddresses(value, addresses));
			staffAccountId(entry.row).ifPresent(accounts::add);
		}
		Reader reader = new Reader(locale, staff.byEmail(addresses), staff.byAccount(accounts));
		return parsed.stream().map(reader::row).toList();
	}

	/** The label of an action, for the filter's choices. */
	String actionLabel(String action, Locale locale) {
		return new Reader(locale, Map.of(), Map.of()).label("audit.action.", action);
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

		private Map<List<String>, JsonNode> flatten(String state) {
			Map<List<String>, JsonNode> fields = new LinkedHashMap<>();
			if (state != null) {
				JsonNode root = json.readTree(state);
				if (root.isObject()) {
					flatten(List.of(), root, fields);
				}
				else {
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
				else {
					fields.put(List.copyOf(at), field.getValue());
				}
			});
		}

	}

	private static void collectAddresses(JsonNode value, Collection<String> addresses) {
		if (value.isString() && value.asString().contains("@")) {
			addresses.add(value.asString());
		}
		value.values().forEach(item -> collectAddresses(item, addresses));
	}

	/** Words for one reader: their language, and the names of the staff on the page. */
	private final class Reader {

		private final Locale locale;

		private final Map<String, String> names;

		private final Map<Long, String> accounts;

		Reader(Locale locale, Map<String, String> names, Map<Long, String> accounts) {
			this.locale = locale;
			this.names = names;
			this.accounts = accounts;
		}

		Row row(Parsed entry) {
			AuditEntries.Entry row = entry.row;
			List<Change> changes = new ArrayList<>();
			Set<List<String>> fields = new java.util.LinkedHashSet<>(entry.before.keySet());
			fields.addAll(entry.after.keySet());
			for (List<String> field : fields) {
				JsonNode before = entry.before.get(field);
				JsonNode after = entry.after.get(field);
				if (before == null || !before.equals(after)) {
					String name = field.get(field.size() - 1);
					changes.add(new Change(field.stream().map(this::field).collect(Collectors.joining(" › ")),
							value(name, before), value(name, after)));
				}
			}
			return new Row(row, actor(row.actor()), label("audit.action.", row.action()), target(row), changes);
		}

		private String actor(String actor) {
			if (names.containsKey(actor)) {
				return person(names.get(actor), actor);
			}
			if (actor.startsWith("token:")) {
				return message("audit.token", actor.substring("token:".length()));
			}
			return "anonymous".equals(actor) ? message("audit.anonymous") : actor;
		}

		private String target(AuditEntries.Entry row) {
			if (row.targetType() == null) {
				return "";
			}
			String type = label("audit.target.", row.targetType());
			String id = staffAccountId(row).map(accounts::get).orElse(row.targetId() == null ? "" : row.targetId());
			return (type + " " + id).strip();
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

		/** A value in words; {@code null} for none. */
		private String value(String field, JsonNode value) {
			if (value == null || value.isNull()) {
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
					.collect(Collectors.joining(records ? "; " : ", "));
			}
			if (value.isObject()) {
				return value.properties()
					.stream()
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
			if (names.containsKey(text)) {
				return person(names.get(text), text);
			}
			if (INSTANT.matcher(text).matches()) {
				return UTC.format(Instant.parse(text));
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
