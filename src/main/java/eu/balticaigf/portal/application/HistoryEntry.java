package eu.balticaigf.portal.application;

import java.time.Instant;
import java.util.List;

/**
 * One version of an application: who changed it, when, and which answers changed;
 * {@code callId} and {@code formVersion} name the form whose labels its answers to the
 * call's own questions are shown with.
 */
public record HistoryEntry(int version, String action, String changedBy, Instant changedAt, List<AnswerChange> changes,
		long callId, int formVersion) {
}
