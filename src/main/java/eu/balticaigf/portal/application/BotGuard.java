package eu.balticaigf.portal.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells people from bots without a third-party CAPTCHA: a hidden field only a bot fills
 * in, and a minimum time between serving the form and posting it. The time the form was
 * served travels in hidden fields, signed with a secret kept in the database (so any node
 * can check what another served, and nobody can forge an older time).
 */
@Component
class BotGuard {

	/**
	 * The hidden field people never see; a bot that fills in every input gives itself
	 * away.
	 */
	static final String HONEYPOT = "faxNumber";

	enum Verdict {

		HUMAN, HONEYPOT, TOO_FAST, FORGED

	}

	/** The served time and its signature, for the form's hidden fields. */
	record Stamp(long servedAt, String signature) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration minFill;

	private final MeterRegistry meters;

	private volatile byte[] key;

	BotGuard(JdbcClient jdbc, Clock clock, IntakeSettings.Bot settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.minFill = Duration.ofSeconds(settings.minFillSeconds());
		this.meters = meters;
	}

	Stamp stamp(UUID draftId) {
		long now = clock.instant().getEpochSecond();
		return new Stamp(now, sign(draftId, now));
	}

	/**
	 * Judges a post. A form coming back from a stored draft (after "Change" or "come back
	 * later") was already judged human on its first post, so only the honeypot counts
	 * then.
	 */
	Verdict judge(UUID draftId, String servedAt, String signature, String honeypot, boolean knownDraft) {
		boolean signed = false;
		Instant served = null;
		try {
			long seconds = Long.parseLong(servedAt);
			signed = signature != null
					&& MessageDigest.isEqual(sign(draftId, seconds).getBytes(StandardCharsets.US_ASCII),
							signature.getBytes(StandardCharsets.US_ASCII));
			served = Instant.ofEpochSecond(seconds);
		}
		catch (RuntimeException ex) {
			// an unreadable time is a forged one
		}
		Verdict verdict = rule(honeypot, signed, served, clock.instant(), minFill, knownDraft);
		if (verdict != Verdict.HUMAN) {
			meters.counter("portal.application.bot.rejected", "reason", verdict.name().toLowerCase()).increment();
		}
		return verdict;
	}

	/** The rule itself, free of any state, so that it can be tested with any clock. */
	static Verdict rule(String honeypot, boolean signed, Instant servedAt, Instant now, Duration minFill,
			boolean knownDraft) {
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.HONEYPOT;
		}
		if (knownDraft) {
			return Verdict.HUMAN;
		}
		if (!signed || servedAt == null) {
			return Verdict.FORGED;
		}
		return servedAt.plus(minFill).isAfter(now) ? Verdict.TOO_FAST : Verdict.HUMAN;
	}

	private String sign(UUID draftId, long servedAt) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((draftId + "|" + servedAt).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			// The first node to need it creates it; every other node reads the same one.
			jdbc.sql("INSERT INTO application_form_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
				.param(SecureTokens.newToken())
				.update();
			String secret = jdbc.sql("SELECT secret FROM application_form_key WHERE id = 1")
				.query(String.class)
				.single();
			current = secret.getBytes(StandardCharsets.UTF_8);
			key = current;
		}
		return current;
	}

}
