package eu.balticaigf.portal.bid;

/**
 * A bid: its capital cost and running costs in cents, and the split of the capital cost
 * it aims for in basis points (EU, host states, private; 17.5 % is 1750), and the EU's
 * share as announced.
 */
record Bid(long id, String slug, String title, long capitalCostCents, long runningCostCents, int targetEuBp,
		int targetHostBp, int targetPrivateBp, long euPledgeCents) {
}
