package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.shared.SecureTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first admin and the automation token, so that a new installation can be used at
 * all. On the embedded default with no admin configured, a strong password is generated
 * and printed once; production must configure one.
 */
@Component
class BootstrapAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAccounts.class);

	static final String GENERATED_ADMIN_EMAIL = "admin@localhost";

	private final StaffRepository staff;

	private final ApiTokens tokens;

	private final PasswordEncoder encoder;

	private final BootstrapSettings settings;

	private final boolean embedded;

	BootstrapAccounts(StaffRepository staff, ApiTokens tokens, PasswordEncoder encoder, BootstrapSettings settings,
			Environment environment) {
		this.staff = staff;
		this.tokens = tokens;
		this.encoder = encoder;
		this.settings = settings;
		this.embedded = environment.getProperty("portal.embedded-db.active", Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (StringUtils.hasText(settings.adminEmail()) && StringUtils.hasText(settings.adminPassword())) {
			if (staff.findByEmail(settings.adminEmail()).isEmpty()) {
				staff.insert(settings.adminEmail().strip(), "Administrator", encoder.encode(settings.adminPassword()),
						Role.ADMIN);
				log.info("Created the first admin from APP_BOOTSTRAP_ADMIN_EMAIL");
			}
		}
		else if (staff.countAdmins() == 0) {
			if (embedded) {
				String password = SecureTokens.newToken().substring(0, 24);
				staff.insert(GENERATED_ADMIN_EMAIL, "Administrator", encoder.encode(password), Role.ADMIN);
				log.warn("""

						==================================================================
						First admin created. Sign in at /staff/login with
						  e-mail:   {}
						  password: {}
						This password is shown only this once.
						==================================================================""", GENERATED_ADMIN_EMAIL,
						password);
			}
			else {
				log.warn("No staff admin exists: set APP_BOOTSTRAP_ADMIN_EMAIL and APP_BOOTSTRAP_ADMIN_PASSWORD");
			}
		}
		if (StringUtils.hasText(settings.apiToken())) {
			tokens.register("bootstrap", settings.apiToken().strip(), ApiTokens.Scope.READ_WRITE);
		}
	}

}
