/**
 * Outgoing e-mail: a transactional outbox written in the same transaction as the business
 * change, templates in five languages, and a dispatcher that sends through SMTP (or
 * writes .eml files on the embedded default) with retries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "privacy", "shared" })
package eu.balticaigf.portal.notification;
