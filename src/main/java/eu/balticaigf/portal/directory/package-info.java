/**
 * The partner directory: organisations that applied or joined the bid sign in with a
 * one-time link, keep the profile the directory shows and choose whether they are listed;
 * anyone may search the listed ones, never seeing a contact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner directory",
		allowedDependencies = { "application", "bid", "audit", "notification", "privacy", "shared" })
package eu.balticaigf.portal.directory;
