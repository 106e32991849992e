package eu.balticaigf.portal.staff;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.SecureTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten one-use codes for when the authenticator is lost. Each carries 80 random bits, so a
 * SHA-256 of it is a safe way to keep it (no dictionary helps); the codes themselves are
 * shown once and never stored.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces any earlier codes with ten new ones, returned for showing once. */
	List<String> renew(long staffId) {
		jdbc.sql("DELETE FROM staff_recovery_code WHERE staff = ?").param(staffId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			jdbc.sql("INSERT INTO staff_recovery_code (staff, code_hash) VALUES (?, ?)")
				.params(staffId, SecureTokens.hash(normalise(code)))
				.update();
			codes.add(code);
		}
		return codes;
	}

	/** Spends a code: true only the first time a valid code of this person is used. */
	boolean use(long staffId, String typed) {
		return jdbc.sql("""
				UPDATE staff_recovery_code SET used_at = ?
				WHERE staff = ? AND code_hash = ? AND used_at IS NULL""")
			.params(Timestamp.from(clock.instant()), staffId, SecureTokens.hash(normalise(typed)))
			.update() == 1;
	}

	long remaining(long staffId) {
		return jdbc.sql("SELECT count(*) FROM staff_recovery_code WHERE staff = ? AND used_at IS NULL")
			.param(staffId)
			.query(Long.class)
			.single();
	}

	/**
	 * Sixteen characters from an alphabet without look-alikes, in groups of four:
	 * {@code ABCD-EFGH-JKLM-NPQR}.
	 */
	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** People type codes in any case, with or without the dashes. */
	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
