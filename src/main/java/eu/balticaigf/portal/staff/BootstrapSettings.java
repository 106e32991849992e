package eu.balticaigf.portal.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts created at start-up, from the environment: {@code APP_BOOTSTRAP_ADMIN_EMAIL},
 * {@code APP_BOOTSTRAP_ADMIN_PASSWORD} and {@code APP_BOOTSTRAP_API_TOKEN}.
 */
@ConfigurationProperties("app.bootstrap")
record BootstrapSettings(String adminEmail, String adminPassword, String apiToken) {
}
