package eu.balticaigf.portal.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectorsForSha1(long unixSeconds, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));
		assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
		// Six digits are the last six of the same truncated value.
		assertThat(Totp.code(RFC_SEED, step, 6)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsOneStepOfDriftEitherSideAndNoMore() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1, 6), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1, 6), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "abcdef", now)).isEmpty();
	}

	@Test
	void base32RoundTripsAndMatchesRfc4648() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		byte[] secret = Totp.newSecret();
		assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
		assertThat(Totp.base32(secret)).hasSize(32);
	}

	@Test
	void provisioningUriCarriesIssuerAccountAndParameters() {
		String uri = Totp.uri("Baltic AI Gigafactory Portal", "ana@ministry.test", RFC_SEED);
		assertThat(uri).startsWith("otpauth://totp/Baltic%20AI%20Gigafactory%20Portal:ana%40ministry.test?secret=")
			.contains("&issuer=Baltic%20AI%20Gigafactory%20Portal")
			.contains("algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void qrCodeIsAnAccessibleSvg() {
		String svg = QrCodes.svg(Totp.uri("Portal", "a@b.test", RFC_SEED), "QR code \"label\"");
		assertThat(svg).startsWith("<svg")
			.contains("role=\"img\"")
			.contains("aria-label=\"QR code &quot;label&quot;\"")
			.doesNotContain("style=");
	}

}
