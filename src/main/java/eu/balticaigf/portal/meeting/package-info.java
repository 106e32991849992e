/**
 * Information meetings: when and where they are held, their seats, registrations and
 * check-in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "notification", "privacy", "shared" })
package eu.balticaigf.portal.meeting;
