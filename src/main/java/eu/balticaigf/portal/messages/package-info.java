/**
 * Messages staff write to the applicants of a call or the registrants of a meeting, in
 * five languages (each person gets their own), previewed as sent and queued through the
 * outbox, one e-mail per person in one transaction; and the list of what was sent. It
 * owns what was sent, not the people: recipients come from the application and meeting
 * modules' public queries.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "application", "audit", "call", "meeting", "notification", "shared" })
package eu.balticaigf.portal.messages;
