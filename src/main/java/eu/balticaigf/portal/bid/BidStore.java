package eu.balticaigf.portal.bid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bid module's tables. A state change is one conditional UPDATE on the state the
 * caller read, so of two clicks only the first changes anything.
 */
@Repository
class BidStore {

	private static final String MEMBER = """
			SELECT id, bid_id, organisation_name, country, category, array_to_string(roles, ',') AS roles,
			       application_reference, contact_name, contact_email, language, eu_incorporated, owner_country,
			       majority_european, ownership_stated, supplied_vendor_id, added_by, added_at, agreement_signed_on
			FROM bid_member""";

	private static final String COMMITMENT = """
			SELECT c.id, c.member_id, c.kind, c.amount, c.years, c.conditions, c.state, c.signatory_name, c.letter_name,
			       c.letter_sha256, c.letter_size, c.withdrawn_reason, c.requested_at, c.submitted_at, c.signed_at,
			       c.verified_at, c.withdrawn_at
			FROM bid_commitment c""";

	private final JdbcClient jdbc;

	BidStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Bid> bid(String slug) {
		return jdbc.sql("""
				SELECT id, slug, title, capital_cost_cents, running_cost_cents, target_eu_bp, target_host_bp,
				       target_private_bp, eu_pledge_cents
				FROM bid WHERE slug = ?""")
			.param(slug)
			.query((rs, n) -> new Bid(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					rs.getLong("capital_cost_cents"), rs.getLong("running_cost_cents"), rs.getInt("target_eu_bp"),
					rs.getInt("target_host_bp"), rs.getInt("target_private_bp"), rs.getLong("eu_pledge_cents")))
			.optional();
	}

	record Listed(String slug, String title, long members) {
	}

	List<Listed> bids() {
		return jdbc.sql("""
				SELECT b.slug, b.title, (SELECT count(*) FROM bid_member m WHERE m.bid_id = b.id) AS members
				FROM bid b ORDER BY b.title""")
			.query((rs, n) -> new Listed(rs.getString("slug"), rs.getString("title"), rs.getLong("members")))
			.list();
	}

	/** Creates the bid unless it exists (demo data, seeded by every node). */
	void ensureBid(String slug, String title, long capitalCostCents, long runningCostCents, long euPledgeCents) {
		jdbc.sql("""
				INSERT INTO bid (slug, title, capital_cost_cents, running_cost_cents, eu_pledge_cents)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (slug) DO NOTHING""")
			.params(slug, title, capitalCostCents, runningCostCents, euPledgeCents)
			.update();
	}

	List<Member> members(long bidId) {
		return jdbc.sql(MEMBER + " WHERE bid_id = ? ORDER BY organisation_name, id")
			.param(bidId)
			.query(BidStore::member)
			.list();
	}

	Optional<Member> member(long bidId, long id) {
		return jdbc.sql(MEMBER + " WHERE bid_id = ? AND id = ?").params(bidId, id).query(BidStore::member).optional();
	}

	List<BidOrganisations.DirectMember> directMembersWithContact(String normalisedEmail) {
		return jdbc.sql(DIRECT_MEMBER + " AND lower(contact_email) = ? ORDER BY id")
			.param(normalisedEmail)
			.query(BidStore::directMember)
			.list();
	}

	Optional<BidOrganisations.DirectMember> directMember(long id) {
		return jdbc.sql(DIRECT_MEMBER + " AND id = ?").param(id).query(BidStore::directMember).optional();
	}

	List<BidOrganisations.Listed> listedMembers() {
		return jdbc.sql(LISTED_MEMBER + " ORDER BY b.slug, m.organisation_name, m.id")
			.query(BidStore::listedMember)
			.list();
	}

	Optional<BidOrganisations.Listed> listedMember(long id) {
		return jdbc.sql(LISTED_MEMBER + " WHERE m.id = ?").param(id).query(BidStore::listedMember).optional();
	}

	private static final String LISTED_MEMBER = """
			SELECT m.id, b.slug, b.title, m.organisation_name, m.country, m.application_reference
			FROM bid_member m JOIN bid b ON b.id = m.bid_id""";

	private static BidOrganisations.Listed listedMember(ResultSet rs, int n) throws SQLException {
		return new BidOrganisations.Listed(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getString("organisation_name"), rs.getString("country"), rs.getString("application_reference"));
	}

	private static final String DIRECT_MEMBER = """
			SELECT id, organisation_name, country, category, language FROM bid_member
			WHERE application_reference IS NULL""";

	private static BidOrganisations.DirectMember directMember(ResultSet rs, int n) throws SQLException {
		return new BidOrganisations.DirectMember(rs.getLong("id"), rs.getString("organisation_name"),
				rs.getString("country"), rs.getString("category"), rs.getString("language").trim());
	}

	Optional<Member> member(long id) {
		return jdbc.sql(MEMBER + " WHERE id = ?").param(id).query(BidStore::member).optional();
	}

	boolean hasApplication(long bidId, String reference) {
		return jdbc.sql("SELECT count(*) FROM bid_member WHERE bid_id = ? AND application_reference = ?")
			.params(bidId, reference)
			.query(Long.class)
			.single() > 0;
	}

	/** The new member's id, or empty when the application is a member already. */
	Optional<Long> insertMember(long bidId, String organisation, String country, String category,
			List<MemberRole> roles, String reference, String contactName, String contactEmail, String language,
			String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO bid_member (bid_id, organisation_name, country, category, roles, application_reference,
				                        contact_name, contact_email, language, added_by, added_at)
				VALUES (:bid, :organisation, :country, :category, string_to_array(:roles, ','), :reference,
				        :contactName, :contactEmail, :language, :by, :at)
				ON CONFLICT (bid_id, application_reference) DO NOTHING
				RETURNING id""")
			.param("bid", bidId)
			.param("organisation", organisation)
			.param("country", country)
			.param("category", category)
			.param("roles", String.join(",", roles.stream().map(Enum::name).toList()))
			.param("reference", reference)
			.param("contactName", contactName)
			.param("contactEmail", contactEmail)
			.param("language", language)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	void stateOwnership(long memberId, List<MemberRole> roles, boolean euIncorporated, String ownerCountry,
			boolean majorityEuropean, Long vendorId) {
		jdbc.sql("""
				UPDATE bid_member SET roles = string_to_array(:roles, ','), eu_incorporated = :eu,
				       owner_country = :owner, majority_european = :majority, supplied_vendor_id = :vendor,
				       ownership_stated = true
				WHERE id = :id""")
			.param("roles", String.join(",", roles.stream().map(Enum::name).toList()))
			.param("eu", euIncorporated)
			.param("owner", ownerCountry)
			.param("majority", majorityEuropean)
			.param("vendor", vendorId)
			.param("id", memberId)
			.update();
	}

	List<HostState> hostStates(long bidId) {
		return jdbc.sql("""
				SELECT country, status, pledge_cents, share_target_cents, joined_on, committed_on, withdrawn_on
				FROM bid_host_state WHERE bid_id = ? ORDER BY joined_on, country""")
			.param(bidId)
			.query((rs, n) -> new HostState(rs.getString("country"), HostState.Status.valueOf(rs.getString("status")),
					rs.getLong("pledge_cents"), (Long) rs.getObject("share_target_cents"),
					rs.getObject("joined_on", LocalDate.class), rs.getObject("committed_on", LocalDate.class),
					rs.getObject("withdrawn_on", LocalDate.class)))
			.list();
	}

	/** Adds the state or replaces what is recorded for it. */
	void putHostState(long bidId, HostState state) {
		jdbc.sql("""
				INSERT INTO bid_host_state (bid_id, country, status, pledge_cents, share_target_cents, joined_on,
				                            committed_on, withdrawn_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (bid_id, country) DO UPDATE SET status = EXCLUDED.status,
				    pledge_cents = EXCLUDED.pledge_cents, share_target_cents = EXCLUDED.share_target_cents,
				    joined_on = EXCLUDED.joined_on, committed_on = EXCLUDED.committed_on,
				    withdrawn_on = EXCLUDED.withdrawn_on""")
			.params(bidId, state.country(), state.status().name(), state.pledgeCents(), state.shareTargetCents(),
					state.joinedOn(), state.committedOn(), state.withdrawnOn())
			.update();
	}

	void putPlan(long bidId, long capitalCostCents, long runningCostCents, int euBp, int hostBp, int privateBp,
			long euPledgeCents) {
		jdbc.sql("""
				UPDATE bid SET capital_cost_cents = ?, running_cost_cents = ?, target_eu_bp = ?, target_host_bp = ?,
				       target_private_bp = ?, eu_pledge_cents = ?
				WHERE id = ?""")
			.params(capitalCostCents, runningCostCents, euBp, hostBp, privateBp, euPledgeCents, bidId)
			.update();
	}

	/** The date the member signed the consortium agreement; null: not signed. */
	void signAgreement(long memberId, LocalDate on) {
		jdbc.sql("UPDATE bid_member SET agreement_signed_on = ? WHERE id = ?").params(on, memberId).update();
	}

	/** The consortium agreement's document as kept (its content read apart). */
	record Agreement(String name, String sha256, long size, String uploadedBy, Instant uploadedAt) {
	}

	Optional<Agreement> agreement(long bidId) {
		return jdbc.sql("SELECT name, sha256, size, uploaded_by, uploaded_at FROM bid_agreement WHERE bid_id = ?")
			.param(bidId)
			.query((rs, n) -> new Agreement(rs.getString("name"), rs.getString("sha256"), rs.getLong("size"),
					rs.getString("uploaded_by"), instant(rs, "uploaded_at")))
			.optional();
	}

	Optional<Letter> agreementDocument(long bidId) {
		return jdbc.sql("SELECT name, content FROM bid_agreement WHERE bid_id = ?")
			.param(bidId)
			.query((rs, n) -> new Letter(rs.getString("name"), rs.getBytes("content")))
			.optional();
	}

	/** Keeps the agreement's document, replacing the one before. */
	void putAgreement(long bidId, UploadedFiles.Checked document, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO bid_agreement (bid_id, name, sha256, size, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (bid_id) DO UPDATE SET name = EXCLUDED.name, sha256 = EXCLUDED.sha256,
				    size = EXCLUDED.size, content = EXCLUDED.content, uploaded_by = EXCLUDED.uploaded_by,
				    uploaded_at = EXCLUDED.uploaded_at""")
			.params(bidId, document.name(), document.sha256(), document.size(), document.content(), by,
					Timestamp.from(at))
			.update();
	}

	/** A saved scenario: its name and what it leaves out. */
	record SavedScenario(long id, String name, FundingPlan.Scenario scenario) {
	}

	List<SavedScenario> scenarios(long bidId) {
		return jdbc.sql("""
				SELECT id, name, array_to_string(excluded_countries, ',') AS countries,
				       array_to_string(excluded_members, ',') AS members, lowest_counted
				FROM bid_scenario WHERE bid_id = ? ORDER BY lower(name), id""")
			.param(bidId)
			.query((rs, n) -> new SavedScenario(rs.getLong("id"), rs.getString("name"),
					new FundingPlan.Scenario(split(rs.getString("countries")),
							split(rs.getString("members")).stream()
								.map(Long::valueOf)
								.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
							CommitmentState.valueOf(rs.getString("lowest_counted")))))
			.list();
	}

	private static java.util.SortedSet<String> split(String joined) {
		java.util.SortedSet<String> values = new java.util.TreeSet<>();
		if (joined != null && !joined.isEmpty()) {
			values.addAll(Arrays.asList(joined.split(",")));
		}
		return values;
	}

	/** The new scenario's id, or empty when the bid has one of that name already. */
	Optional<Long> insertScenario(long bidId, String name, FundingPlan.Scenario scenario, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO bid_scenario (bid_id, name, excluded_countries, excluded_members, lowest_counted, saved_by,
				                          saved_at)
				VALUES (:bid, :name, string_to_array(:countries, ','), CAST(string_to_array(:members, ',') AS bigint[]),
				        :lowest, :by, :at)
				ON CONFLICT (bid_id, name) DO NOTHING
				RETURNING id""")
			.param("bid", bidId)
			.param("name", name)
			.param("countries", String.join(",", scenario.excludedCountries()))
			.param("members", String.join(",", scenario.excludedMembers().stream().map(String::valueOf).toList()))
			.param("lowest", scenario.lowestCounted().name())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	record Vendor(long id, String name) {
	}

	List<Vendor> vendors() {
		return jdbc.sql("SELECT id, name FROM bid_high_risk_vendor ORDER BY lower(name)")
			.query((rs, n) -> new Vendor(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** False when a vendor of that name (any case) is listed already. */
	boolean addVendor(String name, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO bid_high_risk_vendor (name, added_by, added_at)
				SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM bid_high_risk_vendor WHERE lower(name) = lower(?))""")
			.params(name, by, Timestamp.from(at), name)
			.update() == 1;
	}

	List<Commitment> commitments(long bidId) {
		return jdbc.sql(COMMITMENT + " JOIN bid_member m ON m.id = c.member_id WHERE m.bid_id = ? ORDER BY c.id")
			.param(bidId)
			.query(BidStore::commitment)
			.list();
	}

	List<Commitment> commitmentsOf(long memberId) {
		return jdbc.sql(COMMITMENT + " WHERE c.member_id = ? ORDER BY c.id")
			.param(memberId)
			.query(BidStore::commitment)
			.list();
	}

	Optional<Commitment> commitment(long id) {
		return jdbc.sql(COMMITMENT + " WHERE c.id = ?").param(id).query(BidStore::commitment).optional();
	}

	/** The commitment a private link opens: id and token together. */
	Optional<Commitment> byLink(long id, String tokenHash) {
		return jdbc.sql(COMMITMENT + " WHERE c.id = ? AND c.token_hash = ?")
			.params(id, tokenHash)
			.query(BidStore::commitment)
			.optional();
	}

	long insertCommitment(long memberId, CommitmentKind kind, String tokenHash, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO bid_commitment (member_id, kind, state, token_hash, requested_by, requested_at, changed_at)
				VALUES (?, ?, 'REQUESTED', ?, ?, ?, ?) RETURNING id""")
			.params(memberId, kind.name(), tokenHash, by, Timestamp.from(at), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	boolean submit(long id, BigDecimal amount, int years, String conditions, Instant at) {
		return jdbc.sql("""
				UPDATE bid_commitment SET state = 'SUBMITTED', amount = ?, years = ?, conditions = ?, submitted_at = ?,
				       changed_at = ?
				WHERE id = ? AND state = 'REQUESTED'""")
			.params(amount, years, conditions, Timestamp.from(at), Timestamp.from(at), id)
			.update() == 1;
	}

	boolean sign(long id, String signatory, UploadedFiles.Checked letter, Instant at) {
		return jdbc.sql("""
				UPDATE bid_commitment SET state = 'SIGNED', signatory_name = ?, letter_name = ?, letter_sha256 = ?,
				       letter_size = ?, letter = ?, signed_at = ?, changed_at = ?
				WHERE id = ? AND state = 'SUBMITTED'""")
			.params(signatory, letter.name(), letter.sha256(), letter.size(), letter.content(), Timestamp.from(at),
					Timestamp.from(at), id)
			.update() == 1;
	}

	boolean verify(long id, String by, Instant at) {
		return jdbc.sql("""
				UPDATE bid_commitment SET state = 'VERIFIED', verified_by = ?, verified_at = ?, changed_at = ?
				WHERE id = ? AND state = 'SIGNED'""")
			.params(by, Timestamp.from(at), Timestamp.from(at), id)
			.update() == 1;
	}

	boolean withdraw(long id, CommitmentState from, String reason, Instant at) {
		return jdbc.sql("""
				UPDATE bid_commitment SET state = 'WITHDRAWN', withdrawn_reason = ?, withdrawn_at = ?, changed_at = ?
				WHERE id = ? AND state = ?""")
			.params(reason, Timestamp.from(at), Timestamp.from(at), id, from.name())
			.update() == 1;
	}

	record Letter(String name, byte[] content) {
	}

	Optional<Letter> letter(long id) {
		return jdbc.sql("SELECT letter_name, letter FROM bid_commitment WHERE id = ? AND letter IS NOT NULL")
			.param(id)
			.query((rs, n) -> new Letter(rs.getString("letter_name"), rs.getBytes("letter")))
			.optional();
	}

	private static Member member(ResultSet rs, int n) throws SQLException {
		String roles = rs.getString("roles");
		return new Member(rs.getLong("id"), rs.getLong("bid_id"), rs.getString("organisation_name"),
				rs.getString("country"), rs.getString("category"),
				roles == null || roles.isEmpty() ? List.of()
						: Arrays.stream(roles.split(",")).map(MemberRole::valueOf).toList(),
				rs.getString("application_reference"), rs.getString("contact_name"), rs.getString("contact_email"),
				rs.getString("language"), (Boolean) rs.getObject("eu_incorporated"), rs.getString("owner_country"),
				(Boolean) rs.getObject("majority_european"), rs.getBoolean("ownership_stated"),
				(Long) rs.getObject("supplied_vendor_id"), rs.getString("added_by"), instant(rs, "added_at"),
				rs.getObject("agreement_signed_on", LocalDate.class));
	}

	private static Commitment commitment(ResultSet rs, int n) throws SQLException {
		return new Commitment(rs.getLong("id"), rs.getLong("member_id"), CommitmentKind.valueOf(rs.getString("kind")),
				rs.getBigDecimal("amount"), (Integer) rs.getObject("years"), rs.getString("conditions"),
				CommitmentState.valueOf(rs.getString("state")), rs.getString("signatory_name"),
				rs.getString("letter_name"), rs.getString("letter_sha256"), (Long) rs.getObject("letter_size"),
				rs.getString("withdrawn_reason"), instant(rs, "requested_at"), instant(rs, "submitted_at"),
				instant(rs, "signed_at"), instant(rs, "verified_at"), instant(rs, "withdrawn_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
