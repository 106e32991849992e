package eu.balticaigf.portal.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo call: open from the first start for 14 days, with the 2025 call's targets, so
 * that a newcomer can apply today. Created once; a restart keeps the same window.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoCall implements ApplicationRunner {

	static final String SLUG = "demo";

	private final CallRepository calls;

	private final Clock clock;

	DemoCall(CallRepository calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (calls.exists(SLUG)) {
			return;
		}
		Instant opens = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		ZoneId vilnius = ZoneId.of("Europe/Vilnius");
		Instant closes = opens.atZone(vilnius)
			.plusDays(14)
			.toLocalDate()
			.atTime(23, 59, 59)
			.atZone(vilnius)
			.toInstant();
		calls
			.insert(new Call(0, SLUG,
					Map.of("lt", "Prisijungimas prie konsorciumo (demonstracinis kvietimas)", "en",
							"Join the consortium (demo call)", "pl", "Przystąp do konsorcjum (nabór demonstracyjny)",
							"lv", "Pievienojieties konsorcijam (demonstrācijas uzaicinājums)", "et",
							"Liitu konsortsiumiga (näidiskutse)"),
					opens, closes, vilnius, BigDecimal.valueOf(3_000_000_000L), BigDecimal.valueOf(65), 100_000,
					"demo-info", true, null, Call.State.PUBLISHED, 1))
			.ifPresent(id -> {
				calls.saveDetails(id, details());
				calls.saveQuestions(id, QUESTIONS);
				calls.publishForm(id, 1, QUESTIONS, clock.instant(), null);
			});
	}

	/**
	 * The demo call's own questions: a choice, and a number asked only for one of its
	 * answers. Neither is required, so that a newcomer's first application needs only the
	 * fixed fields.
	 */
	static final List<Question> QUESTIONS = List.of(
			new Question(
					"siteOffer", Question.Type.SINGLE_CHOICE, false, Map
						.of("en", "Could your organisation offer a site for the gigafactory?", "lt",
								"Ar jūsų organizacija galėtų pasiūlyti vietą gigagamyklai?", "pl",
								"Czy Twoja organizacja mogłaby zaproponować lokalizację dla gigafabryki?", "lv",
								"Vai jūsu organizācija varētu piedāvāt vietu gigarūpnīcai?", "et",
								"Kas teie organisatsioon saaks pakkuda gigatehasele asukohta?"),
					Map.of(), null, null, null, List.of(
							new Question.Choice("OWN_SITE",
									Map.of("en", "Yes, a site we own", "lt", "Taip, mums priklausančią vietą", "pl",
											"Tak, lokalizację, która do nas należy", "lv", "Jā, mums piederošu vietu",
											"et", "Jah, meile kuuluva asukoha")),
							new Question.Choice("WITH_PARTNER",
									Map.of("en", "Yes, together with a partner", "lt", "Taip, kartu su partneriu", "pl",
											"Tak, wspólnie z partnerem", "lv", "Jā, kopā ar partneri", "et",
											"Jah, koos partneriga")),
							new Question.Choice("NO",
									Map.of("en", "No", "lt", "Ne", "pl", "Nie", "lv", "Nē", "et", "Ei"))),
					null),
			new Question("siteGridMw", Question.Type.NUMBER, false,
					Map.of("en", "Grid connection available at your site", "lt",
							"Jūsų vietoje prieinama elektros tinklo jungties galia", "pl",
							"Moc przyłącza sieciowego dostępna w Twojej lokalizacji", "lv",
							"Jūsu vietā pieejamā tīkla pieslēguma jauda", "et",
							"Teie asukohas saadaolev võrguühenduse võimsus"),
					Map.of(), "MW", java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(10_000), List.of(),
					new Question.Condition("siteOffer", "OWN_SITE")));

	/**
	 * The 2025 call's lists and links, and the consortium's members as public facts (the
	 * migration V30 records the same for the 2025 call).
	 */
	private CallDetails details() {
		CallDetails call2025 = calls.findBySlug("baltic-aigf-2025")
			.map(call -> calls.details(call.id()))
			.orElse(new CallDetails(Map.of(), null, CallChoices.COUNTRIES, CallChoices.CATEGORIES,
					CallChoices.CONTRIBUTION_AREAS, List.of(), List.of(), List.of()));
		List<CallDetails.Membership> members = List.of(
				// Named by the ministry's call of 28 July 2025
				// (shared/reference/eimin-call-2025-07-28.txt:
				// "A collaboration between Lithuania, Poland, Latvia, and Estonia"),
				// members from the start.
				new CallDetails.Membership("LT", null, null), new CallDetails.Membership("PL", null, null),
				// Estonia and Latvia left in December 2025; Czechia joined in November
				// 2025 (public reports,
				// as summarised in DESIGN.md §1 and issue 15; they give the month, so the
				// first of it stands for it).
				new CallDetails.Membership("LV", null, LocalDate.of(2025, 12, 1)),
				new CallDetails.Membership("EE", null, LocalDate.of(2025, 12, 1)),
				new CallDetails.Membership("CZ", LocalDate.of(2025, 11, 1), null));
		return new CallDetails(call2025.descriptions(), call2025.contactEmail(), call2025.eligibleCountries(),
				call2025.categories(), call2025.contributionAreas(), members, call2025.faq(), call2025.links());
	}

}
