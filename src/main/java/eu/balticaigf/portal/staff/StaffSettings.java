package eu.balticaigf.portal.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requireSecondFactorForAdmin an admin must enrol a second factor before doing
 * anything (default true; only the shared test context turns it off, so other modules'
 * tests can sign in with a password alone)
 * @param secretKey base64 of 32 bytes that encrypts second-factor secrets
 * ({@code PORTAL_STAFF_SECRET_KEY}); production must set it, the embedded default keeps a
 * generated one in the database
 */
@ConfigurationProperties("portal.staff")
record StaffSettings(@DefaultValue("true") boolean requireSecondFactorForAdmin, String secretKey) {
}
