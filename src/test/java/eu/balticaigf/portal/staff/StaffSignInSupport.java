package eu.balticaigf.portal.staff;

import java.time.Instant;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * For tests of other modules that sign in as staff the way a person does (password, then
 * a TOTP code): an account with an enrolled second factor, and the code of the moment.
 */
public final class StaffSignInSupport {

	private StaffSignInSupport() {
	}

	/**
	 * A staff account with a second factor; {@link #codeNow()} is what the authenticator
	 * app would show.
	 */
	public record Account(String email, String password, byte[] secret) {

		public String codeNow() {
			return Totp.code(secret, Instant.now());
		}

	}

	/**
	 * A staff account that signs in with its password alone (possible where the suite
	 * turns the admin rule off).
	 */
	public static Account create(ApplicationContext context, Role role) {
		String email = StaffTestSupport.uniqueEmail("page");
		StaffTestSupport.createAccount(context.getBean(StaffRepository.class), context.getBean(PasswordEncoder.class),
				email, role);
		return new Account(email, StaffTestSupport.PASSWORD, null);
	}

	public static Account createWithSecondFactor(ApplicationContext context, Role role) {
		StaffRepository staff = context.getBean(StaffRepository.class);
		String email = StaffTestSupport.uniqueEmail("journey");
		StaffAccount account = StaffTestSupport.createAccount(staff, context.getBean(PasswordEncoder.class), email,
				role);
		byte[] secret = Totp.newSecret();
		staff.setTotp(account.id(), context.getBean(SecretBox.class).encrypt(secret), 0);
		return new Account(email, StaffTestSupport.PASSWORD, secret);
	}

}
