package eu.balticaigf.portal.audit;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The audit trail of one thing (an application's reference, an account's id) for
 * integrations with a READ token.
 */
@RestController
class AuditApi {

	record Entry(Instant at, String actor, String action, String targetType, String targetId, JsonNode before,
			JsonNode after) {
	}

	private final AuditEntries entries;

	private final ObjectMapper json;

	AuditApi(AuditEntries entries, ObjectMapper json) {
		this.entries = entries;
		this.json = json;
	}

	@GetMapping("/api/v1/audit")
	List<Entry> byReference(@RequestParam(required = false) String reference) {
		if (!StringUtils.hasText(reference)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The 'reference' parameter is required.");
		}
		return entries.find(new AuditEntries.Filter(null, null, reference, null, null), 0, 1000)
			.stream()
			.map(row -> new Entry(row.at(), row.actor(), row.action(), row.targetType(), row.targetId(),
					row.before() == null ? null : json.readTree(row.before()),
					row.after() == null ? null : json.readTree(row.after())))
			.toList();
	}

}
