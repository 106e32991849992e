package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;

/** One version of an application: who changed it, when, and what changed ("field: old → new"). */
public record HistoryEntry(int version, String action, String changedBy, Instant changedAt, List<String> changes) {
}
