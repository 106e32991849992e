package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;

/** One version of an application: who changed it, when, and which answers changed. */
public record HistoryEntry(int version, String action, String changedBy, Instant changedAt,
		List<AnswerChange> changes) {
}
