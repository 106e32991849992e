package eu.balticaigf.portal.dossier;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import eu.balticaigf.portal.PortalIntegrationTest;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.OnePagePdf;
import eu.balticaigf.portal.shared.UploadedFiles;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;

/**
 * Issue 19's figures, run by {@code bench/dossier.sh} (not part of the suite): a dossier
 * for 100 members, 400 commitments (half of them signed, with letters) and 10 sites,
 * generated in full (model, PDF, workbook) against the same model rendered as one HTML
 * page, in the same JVM; and the heap's high-water mark while generating (the sum of the
 * heap pools' peak usage, reset before each dossier). Medians after warm-up runs.
 */
@EnabledIfSystemProperty(named = "bench.dossier", matches = "true")
class DossierBench extends PortalIntegrationTest {

	static final int MEMBERS = 100;

	static final int COMMITMENTS = 400;

	static final String[] KINDS = { "EQUITY", "LOAN", "IN_KIND", "GPUS", "MEGAWATTS", "SERVICES" };

	@Autowired
	DossierContents contents;

	@Autowired
	DossierPdf pdf;

	@Autowired
	DossierWorkbook workbook;

	@Test
	void dossierAgainstOneHtmlPage() throws Exception {
		int runs = Integer.getInteger("bench.runs", 10);
		String slug = seed();
		long[] dossier = new long[runs];
		long[] html = new long[runs];
		long[] peak = new long[runs];
		int pages = 0;
		long pdfBytes = 0;
		long xlsxBytes = 0;
		long htmlChars = 0;
		for (int run = -3; run < runs; run++) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			DossierModel model = contents.build(slug, Locale.ENGLISH).orElseThrow();
			DossierPdf.Rendered rendered = pdf.render(model);
			byte[] xlsx = workbook.write(model);
			long generated = System.nanoTime() - start;
			long heap = peaks();
			start = System.nanoTime();
			DossierModel again = contents.build(slug, Locale.ENGLISH).orElseThrow();
			String page = pdf.html(again);
			long asPage = System.nanoTime() - start;
			if (run >= 0) {
				dossier[run] = generated;
				html[run] = asPage;
				peak[run] = heap;
				pages = rendered.pages();
				pdfBytes = rendered.bytes().length;
				htmlChars = page.length();
				xlsxBytes = xlsx.length;
			}
		}
		Arrays.sort(dossier);
		Arrays.sort(html);
		Arrays.sort(peak);
		double dossierMs = dossier[runs / 2] / 1e6;
		double htmlMs = html[runs / 2] / 1e6;
		String result = String.format(Locale.ROOT,
				"members %d, commitments %d, sites 10, runs %d (median after 3 warm-up runs)%n"
						+ "dossier (model + PDF + XLSX): %.1f ms, %d pages, PDF %d bytes, XLSX %d bytes%n"
						+ "same model as one HTML page: %.1f ms, %d characters%n" + "ratio: %.1f x%n"
						+ "heap high-water mark while generating: median %d MiB, max %d MiB (max heap %d MiB)%n",
				MEMBERS, COMMITMENTS, runs, dossierMs, pages, pdfBytes, xlsxBytes, htmlMs, htmlChars,
				dossierMs / htmlMs, peak[runs / 2] >> 20, peak[runs - 1] >> 20, Runtime.getRuntime().maxMemory() >> 20);
		System.out.print(result);
		Files.writeString(Path.of("target", "dossier-bench.txt"), result);
	}

	/**
	 * A bid of 100 members and 400 commitments (every state, half signed with a letter),
	 * four sites beside the six demo ones, and a frozen assessment named like the bid.
	 */
	private String seed() {
		String slug = "bench";
		long bid = jdbc.sql("""
				INSERT INTO bid (slug, title, capital_cost_cents, running_cost_cents, eu_pledge_cents)
				VALUES (?, 'Benchmark bid', 300000000000, 15000000000, 52500000000) RETURNING id""")
			.param(slug)
			.query(Long.class)
			.single();
		String[] countries = { "LT", "PL", "LV", "EE", "CZ" };
		for (String country : countries) {
			jdbc.sql("INSERT INTO bid_host_state (bid_id, country, status, pledge_cents, joined_on) VALUES (?, ?, "
					+ "'COMMITTED', 10000000000, DATE '2025-07-28')")
				.params(bid, country)
				.update();
		}
		byte[] letter = OnePagePdf.of("Letter of commitment (bench)");
		String sha = UploadedFiles.sha256(letter);
		String[] states = { "SUBMITTED", "SIGNED", "VERIFIED", "REQUESTED" };
		for (int m = 0; m < MEMBERS; m++) {
			long member = jdbc
				.sql("""
						INSERT INTO bid_member (bid_id, organisation_name, country, category, roles, added_by, eu_incorporated,
						  majority_european, ownership_stated)
						VALUES (?, ?, ?, 'TECHNOLOGY_PROVIDER', ?::text[], 'bench', true, true, true) RETURNING id""")
				.params(bid, "Bench member " + m + " (Łódź–Šiauliai)", countries[m % countries.length],
						m == 0 ? "{COORDINATOR}" : "{HARDWARE}")
				.query(Long.class)
				.single();
			for (int c = 0; c < COMMITMENTS / MEMBERS; c++) {
				String state = states[(m + c) % states.length];
				boolean signed = state.equals("SIGNED") || state.equals("VERIFIED");
				jdbc.sql(
						"""
								INSERT INTO bid_commitment (member_id, kind, amount, years, state, token_hash, signatory_name,
								  letter_name, letter_sha256, letter_size, letter, requested_by, requested_at, signed_at, changed_at)
								VALUES (?, ?, ?, 6, ?, ?, ?, ?, ?, ?, ?, 'bench', now(), ?, now())""")
					.params(member, KINDS[(m + c) % KINDS.length],
							state.equals("REQUESTED") ? null
									: java.math.BigDecimal.valueOf(1_000_000L + 1_000L * m + c),
							state, "bench-" + m + "-" + c, signed ? "Signatory " + m : null,
							signed ? "letter-" + m + "-" + c + ".pdf" : null, signed ? sha : null,
							signed ? (long) letter.length : null, signed ? letter : null,
							signed ? java.sql.Timestamp.from(java.time.Instant.now()) : null)
					.update();
			}
		}
		for (int s = 0; s < 4; s++) {
			long site = jdbc.sql("""
					INSERT INTO site (slug, name, country, latitude, longitude, status, illustrative)
					VALUES (?, ?, 'PL', ?, 19.0, 'PROPOSED', true) RETURNING id""")
				.params("bench-site-" + s, "Bench site " + s, 50.0 + s)
				.query(Long.class)
				.single();
			jdbc.sql("""
					INSERT INTO site_value (site_id, criterion, value, source, entered_by, entered_at)
					SELECT ?, criterion, value * (1 + 0.05 * ?), 'bench', 'bench', now() FROM site_value
					WHERE site_id = (SELECT min(id) FROM site WHERE illustrative AND slug NOT LIKE 'bench-%')""")
				.params(site, s + 1)
				.update();
		}
		jdbc.sql("INSERT INTO site_assessment (id, title, updated_by, updated_at) VALUES (?, 'Bench', 'bench', now())")
			.param(slug)
			.update();
		jdbc.sql("""
				INSERT INTO site_assessment_weight (assessment_id, criterion, weight)
				SELECT ?, criterion, weight FROM site_assessment_weight WHERE assessment_id = 'demo'""")
			.param(slug)
			.update();
		Visitor reviewer = Visitor.at(port).speaking("en");
		reviewer.signIn(StaffSignInSupport.create(context, Role.REVIEWER));
		reviewer.open("/staff/sites/assessments/" + slug).form("form[action$='/freeze']").submit();
		return slug;
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peaks() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
