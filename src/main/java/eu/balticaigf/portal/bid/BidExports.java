package eu.balticaigf.portal.bid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.shared.Csv;
import eu.balticaigf.portal.shared.SpreadsheetCells;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A bid's members, commitments and funding plan as CSV ({@code shared.Csv}) or XLSX for
 * the spreadsheets ministries keep: amounts and counts are numbers (euros with their
 * cents, exact), text cells cannot run as formulas, column names are stable codes. No
 * contact or signatory is in them: those are personal data and stay in the portal.
 */
@Controller
class BidExports {

	private final BidStore store;

	private final BidPlans plans;

	BidExports(BidStore store, BidPlans plans) {
		this.store = store;
		this.plans = plans;
	}

	/** A file's columns and rows; a cell is text, a number, a boolean or null. */
	record Table(List<String> header, List<List<Object>> rows) {
	}

	@GetMapping(BidPages.BASE + "/{slug}/members.{format}")
	ResponseEntity<byte[]> members(@PathVariable String slug, @PathVariable String format) {
		Bid bid = bid(slug);
		Map<Long, Integer> commitments = new HashMap<>();
		store.commitments(bid.id()).forEach(c -> commitments.merge(c.memberId(), 1, Integer::sum));
		List<List<Object>> rows = new ArrayList<>();
		for (Member m : store.members(bid.id())) {
			rows.add(Arrays.asList(m.id(), m.organisationName(), m.country(), m.category(),
					String.join(" ", m.roles().stream().map(Enum::name).toList()), m.applicationReference(),
					m.euIncorporated(), m.ownerCountry(), m.majorityEuropean(), m.suppliedVendorId() != null,
					m.agreementSignedOn() == null ? null : m.agreementSignedOn().toString(),
					commitments.getOrDefault(m.id(), 0)));
		}
		return file(bid.slug() + "-members", format,
				new Table(List.of("member_id", "organisation", "country", "category", "roles", "application_reference",
						"eu_incorporated", "owner_country", "majority_european", "supplies_high_risk_vendor",
						"agreement_signed_on", "commitments"), rows));
	}

	@GetMapping(BidPages.BASE + "/{slug}/commitments.{format}")
	ResponseEntity<byte[]> commitments(@PathVariable String slug, @PathVariable String format) {
		Bid bid = bid(slug);
		Map<Long, Member> members = new HashMap<>();
		store.members(bid.id()).forEach(m -> members.put(m.id(), m));
		List<List<Object>> rows = new ArrayList<>();
		for (Commitment c : store.commitments(bid.id())) {
			Member m = members.get(c.memberId());
			rows.add(Arrays.asList(c.id(), c.memberId(), m.organisationName(), m.country(), c.kind().name(),
					c.kind().unit().name(), c.amount(), c.years(), c.state().name(), text(c.requestedAt()),
					text(c.submittedAt()), text(c.signedAt()), text(c.verifiedAt()), text(c.withdrawnAt()),
					c.letterSha256(), c.withdrawnReason()));
		}
		return file(bid.slug() + "-commitments", format,
				new Table(List.of("commitment_id", "member_id", "organisation", "country", "kind", "unit", "amount",
						"years", "state", "requested_at", "submitted_at", "signed_at", "verified_at", "withdrawn_at",
						"letter_sha256", "withdrawn_reason"), rows));
	}

	@GetMapping(BidPages.BASE + "/{slug}/plan.{format}")
	ResponseEntity<byte[]> plan(@PathVariable String slug, @PathVariable String format) {
		BidPlans.Evaluation evaluation = plans.evaluate(slug, FundingPlan.Scenario.everything())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FundingPlan.Plan plan = evaluation.plan();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(line("source", "eu", plan.targets().eu(), plan.pledged().eu(), plan.gaps().eu()));
		rows.add(line("source", "host_states", plan.targets().hostStates(), plan.pledged().hostStates(),
				plan.gaps().hostStates()));
		rows.add(line("source", "private", plan.targets().privateCapital(), plan.pledged().privateCapital(),
				plan.gaps().privateCapital()));
		rows.add(line("source", "total", plan.targets().total(), plan.pledged().total(), plan.gaps().total()));
		plan.countries()
			.forEach(c -> rows.add(line("host_state", c.country(), c.hostTarget(), c.hostPledged(), c.hostGap())));
		plan.privateByState().forEach((state, cents) -> rows.add(line("private_by_state", state.name(), 0, cents, 0)));
		rows.add(line("running_cost", "private", plan.runningCost(), 0, 0));
		return file(evaluation.bid().slug() + "-plan", format,
				new Table(List.of("section", "item", "target_eur", "pledged_eur", "gap_eur"), rows));
	}

	private static List<Object> line(String section, String item, long target, long pledged, long gap) {
		return Arrays.asList(section, item, euros(target), euros(pledged), euros(gap));
	}

	/** Cents as an exact amount of euros. */
	private static BigDecimal euros(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	private static String text(Instant at) {
		return at == null ? null : at.toString();
	}

	/**
	 * The file in the asked format ({@code csv} or {@code xlsx}; another is not found).
	 */
	static ResponseEntity<byte[]> file(String name, String format, Table table) {
		byte[] body = switch (format) {
			case "csv" -> Csv.of(table.header(), table.rows());
			case "xlsx" -> workbook(name, table);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		MediaType type = format.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format).build().toString())
			.body(body);
	}

	private static byte[] workbook(String name, Table table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(name);
			List<List<?>> lines = new ArrayList<>();
			lines.add(table.header());
			lines.addAll(table.rows());
			for (int r = 0; r < lines.size(); r++) {
				Row row = sheet.createRow(r);
				List<?> cells = lines.get(r);
				for (int i = 0; i < cells.size(); i++) {
					put(row.createCell(i), cells.get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void put(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean truth) {
			cell.setCellValue(truth);
		}
		else if (value != null) {
			cell.setCellValue(SpreadsheetCells.neutralise(value.toString()));
		}
	}

	private Bid bid(String slug) {
		return store.bid(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
