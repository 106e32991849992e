package eu.balticaigf.portal.messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import eu.balticaigf.portal.application.ApplicationQuery;
import eu.balticaigf.portal.application.ApplicationSearch;
import eu.balticaigf.portal.application.ApplicationStatus;
import eu.balticaigf.portal.application.Applications;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.meeting.Attendance;
import eu.balticaigf.portal.meeting.Meetings;
import eu.balticaigf.portal.meeting.RegistrationStatus;
import eu.balticaigf.portal.shared.web.Languages;
import eu.balticaigf.portal.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds an audience and the people in it through the owners' public queries (never their
 * tables), and offers its filters with labels in the reader's language.
 */
@Component
class Audiences {

	/** A filter of the form: its field, label, the label of "any", and its choices. */
	record FilterField(String name, String label, String any, List<Option> options) {

		String labelOf(String value) {
			return options.stream()
				.filter(option -> option.value().equals(value))
				.findFirst()
				.map(Option::label)
				.orElse(value);
		}

	}

	/** A filter as chosen, in words: "Stage", "Under review". */
	record Chosen(String field, String value) {
	}

	private final Calls calls;

	private final ApplicationSearch applications;

	private final Meetings meetings;

	private final MessageSource messages;

	Audiences(Calls calls, ApplicationSearch applications, Meetings meetings, MessageSource messages) {
		this.calls = calls;
		this.applications = applications;
		this.meetings = meetings;
		this.messages = messages;
	}

	/** Every call's applicants, for the list of whom to write to. */
	List<Audience> calls() {
		return calls.all()
			.stream()
			.map(call -> new Audience(Audience.Kind.CALL, call.id(), call.slug(), call.titles(), Map.of()))
			.toList();
	}

	Optional<Audience> call(String slug) {
		return calls().stream().filter(audience -> audience.slug().equals(slug)).findFirst();
	}

	/** Every meeting's registrants, for the list of whom to write to. */
	List<Audience> meetings() {
		return meetings.all()
			.stream()
			.map(meeting -> new Audience(Audience.Kind.MEETING, meeting.id(), meeting.slug(), meeting.titles(),
					Map.of()))
			.toList();
	}

	Optional<Audience> meeting(String slug) {
		return meetings().stream().filter(audience -> audience.slug().equals(slug)).findFirst();
	}

	/** A sent message's audience; empty when its call or meeting is gone. */
	Optional<Audience> of(Audience.Kind kind, String slug, Map<String, String> filter) {
		return (kind == Audience.Kind.CALL ? call(slug) : meeting(slug)).map(audience -> audience.filtered(filter));
	}

	/**
	 * The people the audience holds, each once (by address, whatever its case), in the
	 * language of their latest application or registration. Without a status chosen,
	 * withdrawn applications are left out.
	 */
	List<Recipient> recipients(Audience audience) {
		return audience.kind() == Audience.Kind.CALL ? applicants(audience) : registrants(audience);
	}

	private List<Recipient> applicants(Audience audience) {
		Map<String, String> filter = audience.filter();
		String status = filter.get("status");
		ApplicationQuery query = ApplicationQuery.all()
			.inCall(audience.id())
			.withStatus(status == null ? null : ApplicationStatus.valueOf(status))
			.fromCountry(filter.get("country"))
			.inCategory(filter.get("category"));
		return distinct(applications.contacts(query)
			.stream()
			.filter(contact -> status != null || contact.status() != ApplicationStatus.WITHDRAWN)
			.map(contact -> new Recipient(contact.email(), contact.language())));
	}

	/** Without a status chosen, cancelled registrations are left out. */
	private List<Recipient> registrants(Audience audience) {
		String status = audience.filter().get("status");
		String attendance = audience.filter().get("attendance");
		return distinct(meetings
			.registrants(audience.id(), status == null ? null : RegistrationStatus.valueOf(status),
					attendance == null ? null : Attendance.valueOf(attendance))
			.stream()
			.filter(registrant -> status != null || registrant.status() != RegistrationStatus.CANCELLED)
			.map(registrant -> new Recipient(registrant.email(), registrant.language())));
	}

	private static List<Recipient> distinct(Stream<Recipient> recipients) {
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		recipients.forEach(recipient -> byAddress.putIfAbsent(recipient.email().toLowerCase(Locale.ROOT), new Recipient(
				recipient.email(), Languages.supported(Locale.forLanguageTag(recipient.language())).getLanguage())));
		return List.copyOf(byAddress.values());
	}

	/** The filters the audience's form offers, in the reader's language. */
	List<FilterField> filters(Audience.Kind kind, Locale locale) {
		if (kind == Audience.Kind.MEETING) {
			return List.of(
					new FilterField("status", text("messages.filter.status.MEETING", locale),
							text("messages.filter.status.any.MEETING", locale),
							Arrays.stream(RegistrationStatus.values())
								.map(status -> new Option(status.name(),
										text("meeting.registration.status." + status.name(), locale)))
								.toList()),
					new FilterField("attendance", text("messages.filter.attendance", locale),
							text("messages.filter.any", locale),
							Arrays.stream(Attendance.values())
								.map(attendance -> new Option(attendance.name(),
										text("meeting.attendance." + attendance.name(), locale)))
								.toList()));
		}
		List<FilterField> fields = new ArrayList<>();
		fields.add(new FilterField("status", text("messages.filter.status." + kind, locale),
				text("messages.filter.status.any." + kind, locale),
				Arrays.stream(ApplicationStatus.values())
					.map(status -> new Option(status.name(), text("application.status." + status.name(), locale)))
					.toList()));
		Map<String, String> countryNames = Applications.countryNames(locale);
		fields.add(
				new FilterField("country", text("messages.filter.country", locale), text("messages.filter.any", locale),
						applications.countries()
							.stream()
							.map(code -> new Option(code, countryNames.getOrDefault(code, code)))
							.toList()));
		fields.add(new FilterField("category", text("messages.filter.category", locale),
				text("messages.filter.any", locale),
				Applications.CATEGORIES.stream()
					.map(category -> new Option(category, text("application.category." + category, locale)))
					.toList()));
		return fields;
	}

	/** What the audience's filter chose, in words; empty when it chose nothing. */
	List<Chosen> describe(Audience audience, Locale locale) {
		return filters(audience.kind(), locale).stream()
			.filter(field -> audience.filter().containsKey(field.name()))
			.map(field -> new Chosen(field.label(), field.labelOf(audience.filter().get(field.name()))))
			.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
