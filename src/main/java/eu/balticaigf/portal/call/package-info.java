/**
 * Calls to join the consortium: their window, time zone and targets (budget, private
 * share, planned GPUs), and the public pages that present them.
 */
package eu.balticaigf.portal.call;
