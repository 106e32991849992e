package eu.balticaigf.portal.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dossier table: versions, their files, and the queue the job works through. */
@Repository
class DossierStore {

	enum Status {

		QUEUED, RUNNING, DONE, REFUSED, FAILED;

		boolean pending() {
			return this == QUEUED || this == RUNNING;
		}

		String label() {
			return "dossier.status." + name();
		}

	}

	/** A version as the page lists it (without its files). */
	record Version(long id, String bidSlug, int version, String language, Status status, String requestedBy,
			Instant requestedAt, Instant finishedAt, Integer pages, Integer pageLimit, String pdfSha256, Long pdfBytes,
			String xlsxSha256, Long xlsxBytes, String problem, String inputs) {
	}

	/**
	 * @param created false when one was queued or running already
	 */
	record Requested(Version version, boolean created) {
	}

	/** A job taken by this node: only this take ({@code attempts}) may finish it. */
	record Claimed(long id, String bidSlug, int version, String language, String requestedBy, int attempts) {
	}

	/** What a finished job stores. */
	record Files(byte[] pdf, String pdfSha256, byte[] xlsx, String xlsxSha256, int pages, String inputs, String totals,
			String contents) {
	}

	/** The totals and contents kept with a finished version, as JSON. */
	record Kept(int version, String totals, String contents) {
	}

	private static final String COLUMNS = """
			id, bid_slug, version, language, status, requested_by, requested_at, finished_at, pages, page_limit, pdf_sha256,
			pdf_bytes, xlsx_sha256, xlsx_bytes, problem, inputs::text AS inputs""";

	private final JdbcClient jdbc;

	DossierStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the bid's next version, or answers the one already queued or running (a
	 * second click, a second tab, another member of staff): one at a time per bid.
	 */
	Requested request(String slug, String language, String by, Instant at) {
		boolean created = jdbc.sql("""
				INSERT INTO dossier (bid_slug, version, language, status, requested_by, requested_at)
				SELECT :slug, coalesce(max(version), 0) + 1, :language, 'QUEUED', :by, :at
				FROM dossier WHERE bid_slug = :slug
				ON CONFLICT DO NOTHING""")
			.param("slug", slug)
			.param("language", language)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
		return new Requested(
				jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE bid_slug = ? ORDER BY version DESC LIMIT 1")
					.param(slug)
					.query(DossierStore::version)
					.single(),
				created);
	}

	/**
	 * Takes the oldest queued job, or one left running past its lease by a node that
	 * died; {@code SKIP LOCKED} lets several nodes poll at once without waiting on each
	 * other or taking the same row.
	 */
	Optional<Claimed> claim(Instant now, Duration lease, int maxAttempts) {
		return jdbc.sql("""
				UPDATE dossier SET status = 'RUNNING', started_at = :now, lease_until = :lease,
				  attempts = attempts + 1
				WHERE id = (SELECT id FROM dossier
				  WHERE (status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < :now)) AND attempts < :max
				  ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING id, bid_slug, version, language, requested_by, attempts""")
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(now.plus(lease)))
			.param("max", maxAttempts)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("bid_slug"), rs.getInt("version"),
					rs.getString("language"), rs.getString("requested_by"), rs.getInt("attempts")))
			.optional();
	}

	/**
	 * Jobs whose every take died (left running past the lease as often as allowed):
	 * failed, so the bid's queue moves on.
	 */
	List<Claimed> abandon(Instant now, int maxAttempts) {
		return jdbc.sql("""
				UPDATE dossier SET status = 'FAILED', problem = 'ABANDONED', finished_at = :now, lease_until = NULL
				WHERE status = 'RUNNING' AND lease_until < :now AND attempts >= :max
				RETURNING id, bid_slug, version, language, requested_by, attempts""")
			.param("now", Timestamp.from(now))
			.param("max", maxAttempts)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("bid_slug"), rs.getInt("version"),
					rs.getString("language"), rs.getString("requested_by"), rs.getInt("attempts")))
			.list();
	}

	/** False when this take lost the job (its lease ran out and another node took it). */
	boolean finish(Claimed job, Files files, int pageLimit, Instant at) {
		return jdbc.sql("""
				UPDATE dossier SET status = 'DONE', finished_at = :at, lease_until = NULL, pages = :pages,
				  page_limit = :pageLimit,
				  pdf = :pdf, pdf_sha256 = :pdfSha, pdf_bytes = :pdfBytes, xlsx = :xlsx, xlsx_sha256 = :xlsxSha,
				  xlsx_bytes = :xlsxBytes, inputs = CAST(:inputs AS jsonb), totals = CAST(:totals AS jsonb),
				  contents = CAST(:contents AS jsonb)
				WHERE id = :id AND status = 'RUNNING' AND attempts = :attempts""")
			.param("at", Timestamp.from(at))
			.param("pages", files.pages())
			.param("pageLimit", pageLimit)
			.param("pdf", files.pdf())
			.param("pdfSha", files.pdfSha256())
			.param("pdfBytes", (long) files.pdf().length)
			.param("xlsx", files.xlsx())
			.param("xlsxSha", files.xlsxSha256())
			.param("xlsxBytes", (long) files.xlsx().length)
			.param("inputs", files.inputs())
			.param("totals", files.totals())
			.param("contents", files.contents())
			.param("id", job.id())
			.param("attempts", job.attempts())
			.update() == 1;
	}

	/** Refused (over the page limit) or failed: no file is kept. */
	boolean stop(Claimed job, Status status, String problem, Integer pages, int pageLimit, Instant at) {
		return jdbc.sql("""
				UPDATE dossier SET status = :status, problem = :problem, pages = :pages, page_limit = :pageLimit,
				  finished_at = :at,
				  lease_until = NULL
				WHERE id = :id AND status = 'RUNNING' AND attempts = :attempts""")
			.param("status", status.name())
			.param("problem", problem)
			.param("pages", pages)
			.param("pageLimit", pageLimit)
			.param("at", Timestamp.from(at))
			.param("id", job.id())
			.param("attempts", job.attempts())
			.update() == 1;
	}

	/** The bid's versions, newest first. */
	List<Version> versions(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE bid_slug = ? ORDER BY version DESC")
			.param(slug)
			.query(DossierStore::version)
			.list();
	}

	Optional<Version> version(String slug, int version) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE bid_slug = ? AND version = ?")
			.params(slug, version)
			.query(DossierStore::version)
			.optional();
	}

	/** A finished version's file ({@code pdf} or {@code xlsx}) exactly as stored. */
	Optional<byte[]> file(String slug, int version, String format) {
		String column = "pdf".equals(format) ? "pdf" : "xlsx";
		return jdbc.sql("SELECT " + column + " FROM dossier WHERE bid_slug = ? AND version = ? AND status = 'DONE'")
			.params(slug, version)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** The finished version before {@code version}, what changed is measured against. */
	Optional<Kept> kept(String slug, int version) {
		return jdbc.sql("""
				SELECT version, totals::text AS totals, contents::text AS contents FROM dossier
				WHERE bid_slug = ? AND version = ? AND status = 'DONE'""")
			.params(slug, version)
			.query((rs, row) -> new Kept(rs.getInt("version"), rs.getString("totals"), rs.getString("contents")))
			.optional();
	}

	Optional<Integer> previousDone(String slug, int version) {
		return jdbc.sql("""
				SELECT version FROM dossier WHERE bid_slug = ? AND version < ? AND status = 'DONE'
				ORDER BY version DESC LIMIT 1""").params(slug, version).query(Integer.class).optional();
	}

	private static Version version(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Version(rs.getLong("id"), rs.getString("bid_slug"), rs.getInt("version"), rs.getString("language"),
				Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant(),
				(Integer) rs.getObject("pages"), (Integer) rs.getObject("page_limit"), rs.getString("pdf_sha256"),
				(Long) rs.getObject("pdf_bytes"), rs.getString("xlsx_sha256"), (Long) rs.getObject("xlsx_bytes"),
				rs.getString("problem"), rs.getString("inputs"));
	}

}
