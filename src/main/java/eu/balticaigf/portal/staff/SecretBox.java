package eu.balticaigf.portal.staff;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts the second-factor secrets at rest with AES-256-GCM. The key comes from
 * {@code portal.staff.secret-key} so that a copy of the database alone does not yield
 * anyone's codes. Without it (the embedded default) a key is generated once and kept in
 * the database: that only protects against secrets showing up in logs or exports, and a
 * warning says so.
 */
@Component
class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final String configuredKey;

	private volatile SecretKeySpec key;

	SecretBox(JdbcClient jdbc, StaffSettings settings) {
		this.jdbc = jdbc;
		this.configuredKey = settings.secretKey();
	}

	String encrypt(byte[] plain) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain);
			return "v1:" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt", ex);
		}
	}

	byte[] decrypt(String box) {
		try {
			byte[] all = Base64.getDecoder().decode(box.substring("v1:".length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
			return cipher.doFinal(all, 12, all.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Cannot decrypt a second-factor secret: was portal.staff.secret-key changed?", ex);
		}
	}

	private SecretKeySpec key() {
		if (key == null) {
			key = new SecretKeySpec(Base64.getDecoder().decode(loadKey()), "AES");
		}
		return key;
	}

	private String loadKey() {
		if (StringUtils.hasText(configuredKey)) {
			return configuredKey.strip();
		}
		log.warn("portal.staff.secret-key is not set: second-factor secrets are encrypted with a key kept in the "
				+ "database. Set PORTAL_STAFF_SECRET_KEY (base64 of 32 random bytes) in production.");
		byte[] generated = new byte[32];
		RANDOM.nextBytes(generated);
		jdbc.sql("INSERT INTO staff_secret_key (id, key) VALUES (1, ?) ON CONFLICT DO NOTHING")
			.param(Base64.getEncoder().encodeToString(generated))
			.update();
		return jdbc.sql("SELECT key FROM staff_secret_key WHERE id = 1").query(String.class).single();
	}

}
