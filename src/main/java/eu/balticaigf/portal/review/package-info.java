/**
 * Review of submitted applications by staff: the stages from submission to decision, the timeline of moves, and
 * the decision e-mails, in the back office and through the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package eu.balticaigf.portal.review;
