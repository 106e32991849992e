package eu.balticaigf.portal.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may do with submitted applications: read one (also by its applicant's private link), read its
 * amendment history, give the applicant a new private link, and move its review stage. The review module decides
 * which moves are legal; this only writes a move that starts from the stage the caller saw, so two staff members
 * deciding at once cannot both win.
 */
@Service
public class Applications {

	/** The closed lists of the form (DESIGN.md §4), for filters in other modules. */
	public static final List<String> CATEGORIES = Choices.CATEGORIES;

	public static final List<String> SIZES = Choices.SIZES;

	public static final List<String> CONTRIBUTION_AREAS = Choices.CONTRIBUTION_AREAS;

	/**
	 * Country names by code in the reader's language: what the {@code application/fields :: cards} fragment, which
	 * shows an application's answers, expects as {@code countryNames}.
	 */
	public static Map<String, String> countryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		Choices.countries(locale).forEach(country -> names.put(country.code(), country.name()));
		return names;
	}

	private final ApplicationStore store;

	private final Intake intake;

	private final JdbcClient jdbc;

	Applications(ApplicationStore store, Intake intake, JdbcClient jdbc) {
		this.store = store;
		this.intake = intake;
		this.jdbc = jdbc;
	}

	public Optional<StoredApplication> find(String reference) {
		return store.byReference(reference);
	}

	/** The application a private link opens: reference and token together, either alone finds nothing. */
	public Optional<StoredApplication> byPrivateLink(String reference, String token) {
		return intake.byLink(reference, token);
	}

	/**
	 * Adds a private link for the applicant, in the caller's transaction, and returns its path
	 * ({@code /applications/<reference>/<token>}); only the token's hash is kept, so this is the one chance to send it.
	 */
	public String newPrivateLink(StoredApplication application, Instant now) {
		String token = SecureTokens.newToken();
		store.addAccessLink(application.id(), SecureTokens.hash(token), now);
		return "/applications/" + application.reference() + "/" + token;
	}

	/** Every version of the application, oldest first: the submission, then each amendment with what changed. */
	public List<HistoryEntry> history(StoredApplication application) {
		return intake.history(application);
	}

	/**
	 * Sets the stage to {@code to} if it is still {@code from}; a decision also stamps {@code decided_at}.
	 * @return false when someone else moved it first
	 */
	public boolean moveStage(String reference, String from, String to, Instant at) {
		boolean decision = "ACCEPTED".equals(to) || "DECLINED".equals(to);
		return jdbc.sql("""
				UPDATE application SET status = :to, updated_at = :at,
				    decided_at = CASE WHEN :decision THEN :at ELSE decided_at END
				WHERE reference = :reference AND status = :from""")
			.param("to", to)
			.param("at", Timestamp.from(at))
			.param("decision", decision)
			.param("reference", reference)
			.param("from", from)
			.update() == 1;
	}

}
