package eu.balticaigf.portal.dossier;

import static eu.balticaigf.portal.dossier.DossierModel.Cell.count;
import static eu.balticaigf.portal.dossier.DossierModel.Cell.euros;
import static eu.balticaigf.portal.dossier.DossierModel.Cell.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.balticaigf.portal.bid.BidFacts;
import eu.balticaigf.portal.dossier.DossierModel.Cell;
import eu.balticaigf.portal.dossier.DossierModel.Column;
import eu.balticaigf.portal.dossier.DossierModel.Section;
import eu.balticaigf.portal.dossier.DossierModel.Table;
import eu.balticaigf.portal.insights.CallStatistics;
import eu.balticaigf.portal.shared.web.Formats;
import eu.balticaigf.portal.shared.web.Languages;
import eu.balticaigf.portal.sites.FrozenAssessments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds a dossier's model from live data, once: the bid (members, host states,
 * commitments, funding plan, eligibility, signed letters), the latest frozen version of
 * the site assessment named like the bid, and the statistics of the call named like the
 * bid (the demo bid, assessment and call are all {@code demo}). A section without data
 * says so.
 */
@Service
class DossierContents {

	/** Dates in the dossier are the consortium's: the call's zone. */
	static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

	private final BidFacts bids;

	private final FrozenAssessments assessments;

	private final CallStatistics statistics;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	DossierContents(BidFacts bids, FrozenAssessments assessments, CallStatistics statistics, MessageSource messages,
			Formats formats, Clock clock) {
		this.bids = bids;
		this.assessments = assessments;
		this.statistics = statistics;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * The model of the bid's dossier in this language; empty when there is no such bid.
	 */
	Optional<DossierModel> build(String slug, Locale language) {
		Locale locale = Languages.supported(language);
		return Languages.inLocale(locale, () -> bids.facts(slug, locale).map(bid -> {
			Instant now = clock.instant();
			Optional<FrozenAssessments.Frozen> frozen = assessments.latest(slug, locale);
			Optional<CallStatistics.Statistics> call = statistics.of(slug, locale);
			Words words = new Words(messages, locale);
			List<Section> sections = new ArrayList<>();
			sections.add(summary(bid, words));
			sections.add(consortium(bid, words));
			sections.add(funding(bid, words));
			sections.add(commitments(bid, words));
			sections.add(eligibility(bid, words));
			sections.add(sites(frozen, words));
			sections.add(statistics(call, words));
			sections.add(letters(bid, words));
			Map<String, String> inputs = new LinkedHashMap<>();
			inputs.put("bid", bid.slug());
			inputs.put("assessment", frozen.map(f -> f.id() + " v" + f.version()).orElse(""));
			inputs.put("call", call.map(CallStatistics.Statistics::call).orElse(""));
			Map<String, String> members = new LinkedHashMap<>();
			bid.members().forEach(m -> members.put(String.valueOf(m.id()), m.organisationName()));
			Map<String, String> commitments = new LinkedHashMap<>();
			bid.commitments()
				.forEach(c -> commitments.put(String.valueOf(c.id()), c.member() + ": " + c.kind().label()));
			return new DossierModel(bid.slug(), bid.title(), locale.getLanguage(), now, formats.dateTime(now, ZONE),
					sections, inputs, members, commitments);
		}));
	}

	/** Message texts in the dossier's language. */
	record Words(MessageSource messages, Locale locale) {

		String t(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

		Column column(String key) {
			return new Column(key, t("dossier.column." + key));
		}

		List<Column> columns(String... keys) {
			return java.util.Arrays.stream(keys).map(this::column).toList();
		}

		Table table(String key, List<Column> columns, List<List<Cell>> rows, List<Cell> total) {
			return new Table(key, t("dossier.table." + key), columns, rows, total);
		}

		Section section(String key, List<String> paragraphs, List<Table> tables) {
			return new Section(key, t("dossier.section." + key), paragraphs, tables, null);
		}

		Section nothing(String key) {
			return new Section(key, t("dossier.section." + key), List.of(), List.of(), t("dossier.empty." + key));
		}

	}

	private static Section summary(BidFacts.Facts bid, Words words) {
		long met = bid.eligibility().stream().filter(r -> "MET".equals(r.verdict().code())).count();
		List<List<Cell>> rows = List.of(List.of(text(words.t("dossier.summary.members")), count(bid.members().size())),
				List.of(text(words.t("dossier.summary.hostStates")), count(bid.countries().size())),
				List.of(text(words.t("dossier.summary.capitalCost")), euros(bid.capitalCostCents())),
				List.of(text(words.t("dossier.summary.pledged")), euros(bid.pledged().total())),
				List.of(text(words.t("dossier.summary.gap")), euros(bid.gaps().total())),
				List.of(text(words.t("dossier.summary.runningCost")), euros(bid.runningCostCents())),
				List.of(text(words.t("dossier.summary.rulesMet")), count(met)),
				List.of(text(words.t("dossier.summary.letters")), count(bid.letters().size())));
		return words.section("summary", List.of(words.t("dossier.summary.intro", bid.title())),
				List.of(words.table("figures", words.columns("figure", "value"), rows, null)));
	}

	private static Section consortium(BidFacts.Facts bid, Words words) {
		if (bid.members().isEmpty() && bid.hostStates().isEmpty()) {
			return words.nothing("consortium");
		}
		List<String> paragraphs = new ArrayList<>();
		List<String> coordinators = bid.members()
			.stream()
			.filter(BidFacts.Member::coordinator)
			.map(BidFacts.Member::organisationName)
			.toList();
		paragraphs.add(coordinators.isEmpty() ? words.t("dossier.coordinator.none")
				: words.t("dossier.coordinator", String.join("; ", coordinators)));
		List<Table> tables = new ArrayList<>();
		if (!bid.members().isEmpty()) {
			tables
				.add(words.table("members", words.columns("organisation", "country", "category", "roles"), bid.members()
					.stream()
					.map(m -> List.of(text(m.organisationName()), text(m.country().label()), text(m.category().label()),
							text(m.roles().stream().map(BidFacts.Coded::label).collect(Collectors.joining(", ")))))
					.toList(), null));
			tables.add(counts("byCountry", "country", bid.members(), m -> List.of(m.country()), words));
			tables.add(counts("byCategory", "category", bid.members(), m -> List.of(m.category()), words));
			tables.add(counts("byRole", "role", bid.members(), BidFacts.Member::roles, words));
		}
		else {
			paragraphs.add(words.t("dossier.empty.members"));
		}
		if (!bid.hostStates().isEmpty()) {
			tables.add(words.table("hostStates",
					words.columns("country", "status", "pledge", "joined", "committed", "withdrawn"),
					bid.hostStates()
						.stream()
						.map(s -> List.of(text(s.country().label()), text(s.status().label()), euros(s.pledgeCents()),
								date(s.joinedOn()), date(s.committedOn()), date(s.withdrawnOn())))
						.toList(),
					List.of(text(words.t("dossier.total")), text(""),
							euros(bid.hostStates()
								.stream()
								.filter(s -> !"WITHDRAWN".equals(s.status().code()))
								.mapToLong(BidFacts.HostState::pledgeCents)
								.sum()),
							text(""), text(""), text(""))));
		}
		return words.section("consortium", paragraphs, tables);
	}

	/** Members counted by a coded value (by each of them where a member has several). */
	private static Table counts(String key, String column, List<BidFacts.Member> members,
			Function<BidFacts.Member, List<BidFacts.Coded>> by, Words words) {
		Map<String, Long> counts = new TreeMap<>();
		members.forEach(m -> by.apply(m).forEach(c -> counts.merge(c.label(), 1L, Long::sum)));
		List<List<Cell>> rows = counts.entrySet()
			.stream()
			.map(e -> List.<Cell>of(text(e.getKey()), count(e.getValue())))
			.toList();
		// Roles overlap (a member may have several): their total would count members
		// twice.
		List<Cell> total = "role".equals(column) ? null : List.of(text(words.t("dossier.total")),
				count(counts.values().stream().mapToLong(Long::longValue).sum()));
		return words.table(key, words.columns(column, "members"), rows, total);
	}

	private static Section funding(BidFacts.Facts bid, Words words) {
		if (bid.capitalCostCents() == 0 && bid.pledged().total() == 0) {
			return words.nothing("funding");
		}
		List<Table> tables = new ArrayList<>();
		tables.add(words.table("sources", words.columns("source", "target", "pledged", "gap"),
				List.of(source(words.t("dossier.source.eu"), bid.targets().eu(), bid.pledged().eu(), bid.gaps().eu()),
						source(words.t("dossier.source.hostStates"), bid.targets().hostStates(),
								bid.pledged().hostStates(), bid.gaps().hostStates()),
						source(words.t("dossier.source.private"), bid.targets().privateCapital(),
								bid.pledged().privateCapital(), bid.gaps().privateCapital())),
				source(words.t("dossier.total"), bid.targets().total(), bid.pledged().total(), bid.gaps().total())));
		tables.add(words.table("privateByState", words.columns("state", "pledged"),
				bid.privateByState().stream().map(a -> List.of(text(a.what().label()), euros(a.cents()))).toList(),
				List.of(text(words.t("dossier.total")),
						euros(bid.privateByState().stream().mapToLong(BidFacts.Amount::cents).sum()))));
		if (!bid.countries().isEmpty()) {
			tables.add(words.table("countries",
					words.columns("country", "status", "target", "pledged", "gap", "privatePledged"),
					bid.countries()
						.stream()
						.map(c -> List.of(text(c.country().label()), text(c.status().label()), euros(c.targetCents()),
								euros(c.pledgedCents()), euros(c.gapCents()), euros(c.privatePledgedCents())))
						.toList(),
					List.of(text(words.t("dossier.total")), text(""),
							euros(bid.countries().stream().mapToLong(BidFacts.CountryLine::targetCents).sum()),
							euros(bid.countries().stream().mapToLong(BidFacts.CountryLine::pledgedCents).sum()),
							euros(bid.countries().stream().mapToLong(BidFacts.CountryLine::gapCents).sum()),
							euros(bid.countries()
								.stream()
								.mapToLong(BidFacts.CountryLine::privatePledgedCents)
								.sum()))));
		}
		tables.add(words.table("running", words.columns("cost", "amount"),
				List.of(List.of(text(words.t("dossier.running.cost")), euros(bid.runningCostCents()))), null));
		return words.section("funding", List.of(words.t("dossier.funding.intro"), words.t("dossier.running.apart")),
				tables);
	}

	private static List<Cell> source(String label, long target, long pledged, long gap) {
		return List.of(text(label), euros(target), euros(pledged), euros(gap));
	}

	private static Section commitments(BidFacts.Facts bid, Words words) {
		if (bid.commitments().isEmpty()) {
			return words.nothing("commitments");
		}
		List<List<Cell>> rows = bid.commitments()
			.stream()
			.map(c -> List.of(text(c.member()), text(c.kind().label()), Cell.decimal(c.amount()), text(c.unit()),
					c.years() == null ? text("") : count(c.years()), text(c.state().label()),
					text(words.t(c.counted() ? "dossier.yes" : "dossier.no"))))
			.toList();
		// Counted money by kind: the figures the funding plan adds up.
		Map<String, BigDecimal> byKind = new LinkedHashMap<>();
		Map<String, String> units = new LinkedHashMap<>();
		bid.commitments().stream().filter(BidFacts.Commitment::counted).forEach(c -> {
			byKind.merge(c.kind().label(), c.amount(), BigDecimal::add);
			units.put(c.kind().label(), c.unit());
		});
		List<List<Cell>> kinds = byKind.entrySet()
			.stream()
			.map(e -> List.of(text(e.getKey()), Cell.decimal(e.getValue()), text(units.get(e.getKey()))))
			.toList();
		return words.section("commitments", List.of(words.t("dossier.commitments.intro")), List.of(
				words.table("commitments",
						words.columns("organisation", "kind", "amount", "unit", "years", "state", "counted"), rows,
						List.of(text(words.t("dossier.total")), text(""), text(""), text(""), text(""), text(""),
								count(bid.commitments().stream().filter(BidFacts.Commitment::counted).count()))),
				words.table("byKind", words.columns("kind", "amount", "unit"), kinds, null)));
	}

	private static Section eligibility(BidFacts.Facts bid, Words words) {
		return words
			.section("eligibility", List.of(),
					List.of(words.table("rules", words.columns("rule", "verdict", "evidence"), bid.eligibility()
						.stream()
						.map(r -> List.of(text(r.rule().label()), text(r.verdict().label()), text(r.evidence())))
						.toList(), null)));
	}

	private Section sites(Optional<FrozenAssessments.Frozen> latest, Words words) {
		if (latest.isEmpty()) {
			return words.nothing("sites");
		}
		FrozenAssessments.Frozen frozen = latest.get();
		List<Table> tables = new ArrayList<>();
		tables.add(words.table("weights", words.columns("criterion", "weight"),
				frozen.weights().stream().map(w -> List.of(text(w.label()), Cell.percent(w.weight()))).toList(),
				List.of(text(words.t("dossier.total")),
						Cell.percent(frozen.weights().stream().mapToDouble(FrozenAssessments.Weight::weight).sum()))));
		tables.add(words.table("ranking", words.columns("rank", "site", "score", "coverage", "topsis"),
				frozen.ranking()
					.stream()
					.map(r -> List.of(count(r.rank()), text(r.name()), Cell.score(r.score()),
							Cell.percent(r.coverage()), Cell.score(r.topsis())))
					.toList(),
				null));
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(words.t("dossier.sites.version", frozen.title(), frozen.version(),
				formats.dateTime(frozen.frozenAt(), ZONE)));
		paragraphs.add(words.t("dossier.sites.chart"));
		if (frozen.failures().isEmpty()) {
			paragraphs.add(words.t("dossier.sites.noneOut"));
		}
		else {
			tables.add(words
				.table("limits", words.columns("site", "criterion", "value", "limit", "unit"), frozen.failures()
					.stream()
					.map(f -> List.of(text(f.name()), text(f.criterion()), Cell.decimal(BigDecimal.valueOf(f.value())),
							Cell.decimal(BigDecimal.valueOf(f.limit())), text(f.unit())))
					.toList(), null));
		}
		if (!frozen.odds().isEmpty()) {
			paragraphs.add(words.t("dossier.sites.sensitivity", frozen.draws(), Math.round(frozen.spread() * 100)));
			tables.add(words.table("odds", words.columns("site", "chanceFirst", "bestRank", "worstRank"),
					frozen.odds()
						.stream()
						.map(o -> List.of(text(o.name()), Cell.percent(o.chanceFirst()), count(o.bestRank()),
								count(o.worstRank())))
						.toList(),
					null));
			tables.add(words.table("swaps", words.columns("upper", "lower", "criterion", "from", "to"),
					frozen.swaps()
						.stream()
						.map(s -> List.of(text(s.upper()), text(s.lower()),
								text(s.criterion() == null ? words.t("dossier.sites.noSwap") : s.criterion()),
								s.from() == null ? text("") : Cell.percent(s.from()),
								s.to() == null ? text("") : Cell.percent(s.to())))
						.toList(),
					null));
		}
		return words.section("sites", paragraphs, tables);
	}

	private static Section statistics(Optional<CallStatistics.Statistics> figures, Words words) {
		if (figures.isEmpty() || figures.get().applications() == 0) {
			return words.nothing("statistics");
		}
		CallStatistics.Statistics call = figures.get();
		List<Table> tables = new ArrayList<>();
		tables.add(lines("byStage", "stage", call.byStage(), words));
		tables.add(lines("byCategoryApplied", "category", call.byCategory(), words));
		tables.add(lines("byCountryApplied", "country", call.byCountry(), words));
		tables.add(words.table("investment", words.columns("figure", "value"),
				List.of(List.of(text(words.t("dossier.statistics.indicative")), Cell.wholeEuros(call.indicativeEur())),
						List.of(text(words.t("dossier.statistics.target")), Cell.wholeEuros(call.targetPrivateEur())),
						List.of(text(words.t("dossier.statistics.gap")), Cell.wholeEuros(call.gapEur()))),
				null));
		tables.add(words.table("compute", words.columns("figure", "value"),
				List.of(List.of(text(words.t("dossier.statistics.demand")), count(call.computeDemandGpuHours())),
						List.of(text(words.t("dossier.statistics.capacity")), count(call.capacityGpuHours())),
						List.of(text(words.t("dossier.statistics.gpus")), count(call.plannedGpus()))),
				null));
		return words.section("statistics", List.of(words.t("dossier.statistics.intro", call.title())), tables);
	}

	private static Table lines(String key, String column, List<CallStatistics.Line> lines, Words words) {
		return words.table(key, words.columns(column, "applications"),
				lines.stream().map(l -> List.<Cell>of(text(l.label()), count(l.value()))).toList(),
				List.of(text(words.t("dossier.total")),
						count(lines.stream().mapToLong(CallStatistics.Line::value).sum())));
	}

	private Section letters(BidFacts.Facts bid, Words words) {
		if (bid.letters().isEmpty()) {
			return words.nothing("letters");
		}
		return words.section("letters", List.of(words.t("dossier.letters.intro")),
				List.of(words.table("letters",
						words.columns("organisation", "kind", "signatory", "signed", "file", "bytes", "sha256"),
						bid.letters()
							.stream()
							.map(l -> List.of(text(l.member()), text(l.kind().label()), text(l.signatory()),
									text(l.signedAt() == null ? "" : formats.date(l.signedAt(), ZONE)), text(l.name()),
									count(l.bytes()), text(l.sha256())))
							.toList(),
						null)));
	}

	private static Cell date(LocalDate date) {
		return text(date == null ? "" : date.toString());
	}

}
