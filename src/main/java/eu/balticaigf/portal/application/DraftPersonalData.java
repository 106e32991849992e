package eu.balticaigf.portal.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.balticaigf.portal.privacy.DataSubjects;
import eu.balticaigf.portal.privacy.PersonalDataHolder;
import eu.balticaigf.portal.privacy.PrivacySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drafts whose contact e-mail is the address. Drafts are kept as the posted form, so they
 * are found by the encoded address and confirmed by decoding. Erasure deletes them;
 * drafts of closed calls are deleted by retention.
 */
@Component
class DraftPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final ApplicationStore store;

	DraftPersonalData(JdbcClient jdbc, ApplicationStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public String section() {
		return "applicationDrafts";
	}

	private record Found(UUID id, String call, ApplicationForm form, Instant createdAt, Instant updatedAt) {
	}

	private List<Found> find(String email) {
		String encoded = URLEncoder.encode(email, StandardCharsets.UTF_8);
		return jdbc.sql("""
				SELECT d.id, c.slug, d.fields, d.created_at, d.updated_at FROM application_draft d
				JOIN call c ON c.id = d.call_id
				WHERE d.fields ILIKE '%' || ? || '%' ORDER BY d.created_at""")
			.param(encoded)
			.query((rs, row) -> new Found(rs.getObject("id", UUID.class), rs.getString("slug"),
					ApplicationForm.decode(rs.getString("fields")), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
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
			return draft;
		}).toList();
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
		return store.purgeDraftsOfClosedCalls(now);
	}

}
