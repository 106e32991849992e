/**
 * Application intake: the form organisations fill in to join a consortium call, its
 * drafts, submitted applications, their private links (view, amend, withdraw),
 * organisation identity checks and duplicates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application intake",
		allowedDependencies = { "call", "notification", "privacy", "shared" })
package eu.balticaigf.portal.application;
