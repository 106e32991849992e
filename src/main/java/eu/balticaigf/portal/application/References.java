package eu.balticaigf.portal.application;

import java.security.SecureRandom;

/**
 * Application references such as {@code BAI-7K3M-Q9PX}: short enough to read over the
 * phone, random so that one reference tells nothing about another (no sequence), from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U/V). 29^8 ≈ 5 × 10^11 values: a clash is
 * practically impossible and the unique constraint refuses it anyway.
 */
final class References {

	private static final String LETTERS = "23456789ABCDEFGHJKMNPQRSTWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private References() {
	}

	static String next() {
		StringBuilder reference = new StringBuilder("BAI-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				reference.append('-');
			}
			reference.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
		}
		return reference.toString();
	}

	static boolean looksLikeOne(String value) {
		return value != null && value.matches("BAI-[" + LETTERS + "]{4}-[" + LETTERS + "]{4}");
	}

}
