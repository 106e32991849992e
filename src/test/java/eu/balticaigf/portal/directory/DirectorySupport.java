package eu.balticaigf.portal.directory;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.balticaigf.portal.TestMail;
import eu.balticaigf.portal.application.TestSubmissions;
import eu.balticaigf.portal.application.ValidApplication;
import eu.balticaigf.portal.pages.Inbox;
import eu.balticaigf.portal.pages.Page;
import eu.balticaigf.portal.pages.Visitor;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How directory tests reach the directory as people do: an organisation that applied (and
 * perhaps consented to the directory), signed in by the link e-mailed to its contact.
 */
public final class DirectorySupport {

	public static final String LINK = "/directory/sign-in/[A-Za-z0-9_-]+";

	/** The phone number every application made here gives (never to be shown). */
	public static final String PHONE = "+370 612 34567";

	private DirectorySupport() {
	}

	/**
	 * A submitted application of this organisation with the directory question answered,
	 * a website and a phone number (which the directory must never show).
	 */
	public static TestSubmissions.Submitted applied(ApplicationContext context, String name, boolean consent,
			TestSubmissions.Profile profile) {
		TestSubmissions.Submitted submitted = TestSubmissions.submit(context, "en", name, profile,
				a -> new ValidApplication(a.organisationName(), a.country(), a.registryCode(),
						a.registryCodeNormalised(), a.vatNumber(), a.pic(), "https://" + name.hashCode() + ".example",
						a.category(), a.organisationSize(), a.contactName(), a.contactEmail(), PHONE,
						a.contributionAreas(), a.investmentIntentEur(), a.computeDemandGpuHours(), a.description(),
						true, consent));
		// The receipt comes first: a sign-in link is then the second e-mail.
		Inbox.nth(submitted.email(), 1);
		return submitted;
	}

	/**
	 * The id of a demo card by its fixed key (DemoCards): demo-1 is an approved offer,
	 * demo-3 an approved need for power, demo-13 waits for moderation.
	 */
	public static String demoCard(JdbcClient jdbc, String key) {
		return jdbc.sql("SELECT id::text FROM directory_card WHERE form_key = ?")
			.param(key)
			.query(String.class)
			.single();
	}

	/** The directory searched for these words. */
	public static String search(String words) {
		return "/directory?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

	/** Asks for a link on the sign-in page as served; the answer page. */
	public static Page askForLink(Visitor visitor, String email) {
		return visitor.open("/directory/sign-in").form("#sign-in-form").fill("email", email).submitAndFollow();
	}

	/**
	 * Signs the visitor in for the address: asks for a link, waits for it and uses it.
	 * @return the page the link leads to (the organisation's own page)
	 */
	public static Page signIn(Visitor visitor, String email) {
		int before = TestMail.messagesTo(email).size();
		askForLink(visitor, email);
		String link = Inbox.nth(email, before + 1).path(LINK);
		return visitor.open(link).form("#use-link").submitAndFollow();
	}

	/** What an admin exports for this address on the privacy page: the JSON. */
	public static String export(Visitor admin, String email) {
		return admin.open("/staff/privacy")
			.form("form[action$='/staff/privacy/export']")
			.fill("email", email)
			.submit()
			.body();
	}

	/** An admin erases this address on the privacy page; the page with the counts. */
	public static Page erase(Visitor admin, String email, String reason) {
		return admin.open("/staff/privacy")
			.form("form[action$='/staff/privacy/erase']")
			.fill("email", email)
			.fill("reason", reason)
			.check("confirm")
			.submit();
	}

	/**
	 * An approved card (a need, 20 MW in Lithuania) of the organisation this address
	 * signs in for, written and approved through the services the card pages use.
	 */
	static long approvedCard(ApplicationContext context, String email, String role, String text) {
		String key = context.getBean(Organisations.class).speakingFor(email).get(0).key();
		long id = context.getBean(Cards.class)
			.create(new OrganisationSession.SignedIn(email, key), UUID.randomUUID().toString(),
					new CardRules.Draft("NEED", role, List.of("test"), new BigDecimal("20"), "MW", List.of("LT"), text),
					Locale.ENGLISH);
		Instant now = Instant.now();
		context.getBean(CardStore.class)
			.approve(id, EnumSet.of(Card.State.PENDING), now, now.plus(Duration.ofDays(90)));
		return id;
	}

	/**
	 * Eight letters, unique enough for one test's words: no digits, since seven digits in
	 * a row read as a phone number, which cards, profiles and introductions refuse.
	 */
	static String unique() {
		StringBuilder letters = new StringBuilder();
		for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return letters.toString();
	}

}
