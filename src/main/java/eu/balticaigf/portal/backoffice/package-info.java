/**
 * The back office's home page: the links every module contributes to it
 * (shared.web.BackOfficeLinks), grouped and filtered by the reader's role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back-office home", allowedDependencies = { "shared" })
package eu.balticaigf.portal.backoffice;
