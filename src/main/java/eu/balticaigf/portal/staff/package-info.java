/**
 * Staff accounts and their roles, sign-in, API tokens for automation, and who may reach
 * which route.
 */
package eu.balticaigf.portal.staff;
