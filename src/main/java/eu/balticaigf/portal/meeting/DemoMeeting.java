package eu.balticaigf.portal.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import eu.balticaigf.portal.shared.DemoSettings;

import eu.balticaigf.portal.shared.OnePagePdf;
import eu.balticaigf.portal.shared.UploadedFiles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo meeting, a week after the first start, so that registration can be tried
 * today.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "portal.demo.enabled", matchIfMissing = true)
class DemoMeeting implements ApplicationRunner {

	static final String SLUG = "demo-info";

	private static final Map<String, String> DESCRIPTIONS = Map.of("lt",
			"Šis susitikimas skirtas išbandyti registraciją portale: užsiregistruokite dalyvauti gyvai arba "
					+ "nuotoliu, gaukite patvirtinimo laišką su kalendoriaus failu ir QR kodu, kurį parodysite atvykę, o "
					+ "jei norite – atšaukite registraciją.\nTai demonstraciniai duomenys, bet programa tokia pati kaip "
					+ "tikro informacinio susitikimo.",
			"en",
			"This meeting is here so that you can try registration on the portal: register to attend in person "
					+ "or online, receive the confirmation e-mail with a calendar file and the QR code you show on "
					+ "arrival, and cancel if you wish.\nIt is demonstration data, with the programme of a real "
					+ "information meeting.",
			"pl",
			"To spotkanie służy do wypróbowania rejestracji w portalu: zarejestruj się na udział osobiście lub "
					+ "online, odbierz e-mail z potwierdzeniem, plikiem kalendarza i kodem QR do okazania przy wejściu, "
					+ "a jeśli chcesz – anuluj rejestrację.\nTo dane demonstracyjne z programem prawdziwego spotkania "
					+ "informacyjnego.",
			"lv",
			"Šī sanāksme ir paredzēta, lai izmēģinātu reģistrāciju portālā: reģistrējieties dalībai klātienē vai "
					+ "tiešsaistē, saņemiet apstiprinājuma e-pastu ar kalendāra failu un QR kodu, ko uzrādīt ierodoties, "
					+ "un, ja vēlaties, atceliet reģistrāciju.\nTie ir demonstrācijas dati ar īstas informatīvās "
					+ "sanāksmes programmu.",
			"et",
			"See kohtumine on mõeldud portaalis registreerimise proovimiseks: registreeruge kohapeal või veebis "
					+ "osalemiseks, saage kinnituskiri koos kalendrifaili ja saabumisel näidatava QR-koodiga ning soovi "
					+ "korral tühistage registreerimine.\nNeed on näidisandmed päris infokohtumise päevakavaga.");

	/**
	 * The demo meeting starts at 10:00 Vilnius time, so the agenda's times are its own.
	 */
	private static final Map<String, String> AGENDAS = Map.of("lt", """
			10:00 Sveikinimo žodis
			10:15 Baltijos DI gigagamyklos konsorciumas trumpai
			10:45 Kvietimas: kas gali prisijungti ir kaip pateikti paraišką
			11:30 Klausimai ir atsakymai
			12:00 Pabaiga""", "en", """
			10:00 Welcome
			10:15 The Baltic AI Gigafactory Consortium in brief
			10:45 The call: who can join and how to apply
			11:30 Questions and answers
			12:00 Close""", "pl", """
			10:00 Powitanie
			10:15 Bałtyckie Konsorcjum Gigafabryki AI w skrócie
			10:45 Nabór: kto może dołączyć i jak złożyć wniosek
			11:30 Pytania i odpowiedzi
			12:00 Zakończenie""", "lv", """
			10:00 Atklāšana
			10:15 Baltijas MI gigarūpnīcas konsorcijs īsumā
			10:45 Uzaicinājums: kas var pievienoties un kā pieteikties
			11:30 Jautājumi un atbildes
			12:00 Noslēgums""", "et", """
			10:00 Avasõnad
			10:15 Balti tehisintellekti gigatehase konsortsium lühidalt
			10:45 Kutse: kes saavad liituda ja kuidas taotlust esitada
			11:30 Küsimused ja vastused
			12:00 Lõpp""");

	private final MeetingRepository meetings;

	private final DemoSettings settings;

	private final Clock clock;

	private final MaterialFiles materials;

	DemoMeeting(MeetingRepository meetings, DemoSettings settings, Clock clock, MaterialFiles materials) {
		this.materials = materials;
		this.meetings = meetings;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ZoneId vilnius = ZoneId.of("Europe/Vilnius");
		Instant now = clock.instant();
		Instant starts = now.atZone(vilnius).plusDays(7).withHour(10).truncatedTo(ChronoUnit.HOURS).toInstant();
		boolean created = meetings.insert(new Meeting(0, SLUG,
				Map.of("lt", "Informacinis susitikimas (demonstracinis)", "en", "Information meeting (demo)", "pl",
						"Spotkanie informacyjne (demonstracyjne)", "lv", "Informatīvā sanāksme (demonstrācija)", "et",
						"Infokohtumine (näidis)"),
				starts, starts.plus(Duration.ofHours(2)), vilnius, "Gedimino pr. 38, Vilnius", true,
				settings.meetingCapacity(), now, starts.minus(Duration.ofHours(2)), true,
				"https://meet.balticaigf.eu/demo-info", DESCRIPTIONS, AGENDAS));
		if (created) {
			// A material that is a file, so that the page shows one beside the links.
			materials.store(meetings.findBySlug(SLUG).orElseThrow(), "Programme (EN)", programme());
		}
	}

	private static UploadedFiles.Checked programme() {
		try {
			return UploadedFiles.check("programme.pdf",
					OnePagePdf.of("Information meeting (demo): welcome, the call, applying, questions"),
					MaterialFiles.MAX_BYTES, MaterialFiles.KINDS);
		}
		catch (UploadedFiles.Refused refused) {
			throw new IllegalStateException("the demo's own PDF is whole", refused);
		}
	}

}
