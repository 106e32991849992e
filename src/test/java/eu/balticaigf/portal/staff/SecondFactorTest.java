package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the tests of the second factor reach: the accounts, their passwords, secrets and
 * recovery codes, and the sign-in's rule for admins.
 */
abstract class SecondFactorTest extends PortalIntegrationTest {

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SecretBox secrets;

	@Autowired
	RecoveryCodes recoveryCodes;

	/** The bean behind POST /staff/login. */
	@Autowired
	StaffAuthenticationProvider provider;

}
