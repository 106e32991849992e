/**
 * The audit log: an append-only record of every staff and API action (who did what to
 * which thing, before and after, when, from where), recorded by every module in the
 * transaction of its change, and the admins' page and API that read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = { "shared" })
package eu.balticaigf.portal.audit;
