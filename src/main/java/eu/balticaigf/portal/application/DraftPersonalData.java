package eu.balticaigf.portal.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataHolder;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drafts whose contact e-mail is the address, with the reminder asked for before the
 * deadline and when it went. Drafts are kept as the posted form, so they are found by the
 * encoded address and confirmed by decoding. Erasure deletes them. Drafts die with their
 * call's window (they can never be sent): every hour, and with the privacy module's
 * retention purge.
 */
@Component
class DraftPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final ApplicationStore store;

	private final Calls calls;

	private final Clock clock;

	DraftPersonalData(JdbcClient jdbc, ApplicationStore store, Calls calls, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "applicationDrafts";
	}

	/** {@code remindRequestedAt}, {@code remindedAt}: the reminder asked for and sent. */
	private record Found(UUID id, String call, ApplicationForm form, Instant createdAt, Instant updatedAt,
			Instant remindRequestedAt, Instant remindedAt) {
	}

	private List<Found> find(String email) {
		String encoded = URLEncoder.encode(email, StandardCharsets.UTF_8);
		Map<Long, String> slugs = calls.all().stream().collect(Collectors.toMap(Call::id, Call::slug));
		return jdbc.sql("""
				SELECT id, call_id, fields, created_at, updated_at, remind_requested_at, reminded_at
				FROM application_draft
				WHERE fields ILIKE '%' || ? || '%' ORDER BY created_at""")
			.param(encoded)
			.query((rs, row) -> new Found(rs.getObject("id", UUID.class), slugs.get(rs.getLong("call_id")),
					ApplicationForm.decode(rs.getString("fields")), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("remind_requested_at")),
					instant(rs.getTimestamp("reminded_at"))))
			.list()
			.stream()
			.filter(found -> {
				String contact = found.form().value("contactEmail");
				return contact != null && DataSubjects.normalise(contact).equals(email);
			})
			.toList();
	}

	@Override
	public List<Map<String, Object>> export(String email) {
		return find(email).stream().map(found -> {
			Map<String, Object> draft = new LinkedHashMap<>();
			draft.put("call", found.call());
			draft.put("createdAt", found.createdAt().toString());
			draft.put("updatedAt", found.updatedAt().toString());
			draft.put("fields", found.form().values());
			draft.put("reminderRequestedAt",
					found.remindRequestedAt() == null ? null : found.remindRequestedAt().toString());
			draft.put("reminderSentAt", found.remindedAt() == null ? null : found.remindedAt().toString());
			return draft;
		}).toList();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	@Override
	public int erase(String email) {
		int erased = 0;
		for (Found found : find(email)) {
			erased += jdbc.sql("DELETE FROM application_draft WHERE id = ?").param(found.id()).update();
		}
		return erased;
	}

	@Override
	public int purgeExpired(Instant now, PrivacySettings settings) {
		return purgeDraftsOfClosedCalls(now);
	}

	/** Harmless to run on every node at once. */
	@Scheduled(fixedDelayString = "${portal.application.draft-purge-interval:1h}", initialDelayString = "1m")
	void purgeDeadDrafts() {
		purgeDraftsOfClosedCalls(clock.instant());
	}

	private int purgeDraftsOfClosedCalls(Instant now) {
		return store.deleteDraftsOfCalls(calls.all()
			.stream()
			.filter(call -> call.windowAt(now) == Call.WindowState.CLOSED)
			.map(Call::id)
			.toList());
	}

}
