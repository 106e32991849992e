/**
 * Review of submitted applications by staff: the stages from submission to decision and
 * their timeline, scores against each call's rubric, assignment of reviewers, conflicts
 * of interest, internal notes, the applicant's answer to an information request, and the
 * decision e-mails, in the back office and through the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
		allowedDependencies = { "application", "audit", "call", "notification", "privacy", "staff", "shared" })
package eu.balticaigf.portal.review;
