/**
 * Information meetings: when and where they are held, their seats, registrations and
 * check-in.
 */
package eu.balticaigf.portal.meeting;
