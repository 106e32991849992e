/**
 * Staff accounts and their roles, sign-in, API tokens for automation, and who may reach
 * which route.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "notification", "shared" })
package eu.balticaigf.portal.staff;
