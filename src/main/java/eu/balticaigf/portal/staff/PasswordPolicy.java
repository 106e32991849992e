package eu.balticaigf.portal.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (NIST SP 800-63B): long rather than complicated, and not
 * one everybody tries. No composition rules and no forced rotation, which only make
 * people pick worse passwords.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	/** bcrypt reads at most 72 bytes: a longer password would be silently cut. */
	static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("staff/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the message key of what is wrong with this password, or empty when it is
	 * acceptable
	 */
	Optional<String> problem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("staff.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("staff.password.tooLong");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT)) || password.chars().distinct().count() <= 2) {
			return Optional.of("staff.password.common");
		}
		return Optional.empty();
	}

	int commonCount() {
		return common.size();
	}

}
