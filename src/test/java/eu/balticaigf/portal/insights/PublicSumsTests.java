package eu.balticaigf.portal.insights;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.balticaigf.portal.application.ApplicationSummary.Largest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published sums of money and GPU-hours (walk-through 9): from at least five
 * organisations, none dominant, rounded to two significant figures. The properties try
 * random populations of stated amounts; the attacker below rounds and inverts the
 * rounding on its own (BigDecimal), not with the code under test.
 */
class PublicSumsTests {

	/**
	 * Amounts as stated: many zeros (nothing stated), small, medium and a few very large
	 * ones, for up to 15 organisations.
	 */
	@Provide
	Arbitrary<List<Long>> amounts() {
		return amount().list().ofMaxSize(15);
	}

	@Provide
	Arbitrary<Long> amount() {
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)),
				Tuple.of(2, Arbitraries.longs().between(1, 999)),
				Tuple.of(4, Arbitraries.longs().between(1_000, 10_000_000)),
				Tuple.of(1, Arbitraries.longs().between(10_000_000, 100_000_000_000L)));
	}

	/**
	 * Amounts that are often published: 5 to 15 organisations, most of them stating
	 * amounts of one magnitude (a few state none).
	 */
	@Provide
	Arbitrary<List<Long>> publishable() {
		return Arbitraries.longs()
			.between(0, 9)
			.map(exponent -> (long) Math.pow(10, exponent))
			.flatMap(scale -> Arbitraries
				.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
						Tuple.of(9, Arbitraries.longs().between(scale, 20 * scale)))
				.list()
				.ofMinSize(5)
				.ofMaxSize(15));
	}

	@Property(tries = 3000)
	void aSumIsPublishedOnlyFromFiveContributorsNoneOfThemDominant(@ForAll("amounts") List<Long> amounts) {
		long sum = sum(amounts);
		List<Long> descending = descending(amounts);
		long contributors = amounts.stream().filter(amount -> amount > 0).count();
		long first = descending.isEmpty() ? 0 : descending.get(0);
		long second = descending.size() < 2 ? 0 : descending.get(1);
		boolean allowed = contributors >= 5
				// The largest at most half the sum: the sum is not one organisation's
				// plan.
				&& BigDecimal.valueOf(first).compareTo(BigDecimal.valueOf(sum).multiply(new BigDecimal("0.5"))) <= 0
				// The others beside the two largest add at least a tenth of the largest:
				// the second largest cannot estimate the largest within 10 %.
				&& BigDecimal.valueOf(sum - first - second)
					.compareTo(BigDecimal.valueOf(first).multiply(new BigDecimal("0.1"))) >= 0;

		Long published = publish(amounts);

		assertThat(published != null).as("published %s for %s", published, amounts).isEqualTo(allowed);
	}

	@Property(tries = 3000)
	void aPublishedSumIsTheSumToTwoSignificantFigures(@ForAll("publishable") List<Long> amounts) {
		Long published = publish(amounts);
		Assume.that(published != null);

		assertThat(published).as("%s", amounts).isEqualTo(twoSignificantFigures(sum(amounts)));
	}

	/**
	 * Someone who watches the figures before and after one organisation's change (an
	 * amendment, a new application, a withdrawal or a decline) and knows the rounding
	 * learns that change only to within a range at least ten wide and at least half a per
	 * cent of the sum, however the amounts lie (typically 1 to 10 %); a change smaller
	 * than that can leave the figure as it was.
	 */
	@Property(tries = 3000)
	void twoReleasesTellOneOrganisationsChangeOnlyRoughly(@ForAll("publishable") List<Long> amounts,
			@ForAll @IntRange(min = 0, max = 15) int who, @ForAll @IntRange(min = 0, max = 300) int percent) {
		// A new amount of the same magnitude: its own one changed, or the average for a
		// newcomer; 0 is a withdrawal or a decline.
		List<Long> after = new ArrayList<>(amounts);
		if (who < after.size()) {
			after.set(who, after.get(who) * percent / 100);
		}
		else {
			after.add(sum(amounts) / amounts.size() * percent / 100);
		}
		Long before = publish(amounts);
		Long then = publish(after);
		Assume.that(before != null && then != null);

		long[] was = preimage(before);
		long[] is = preimage(then);
		long lowest = is[0] - was[1];
		long highest = is[1] - was[0];
		long change = sum(after) - sum(amounts);

		assertThat(change).isBetween(lowest, highest);
		assertThat(highest - lowest + 1).as("values the change can have, from %d and %d", before, then)
			.isGreaterThanOrEqualTo(PublicSums.MIN_UNIT)
			.isGreaterThanOrEqualTo(Math.max(before, then) / 200);
	}

	@Test
	void examples() {
		assertThat(PublicSums.rounded(257_750_000)).isEqualTo(260_000_000);
		assertThat(PublicSums.rounded(255_500_000)).isEqualTo(260_000_000);
		assertThat(PublicSums.rounded(7_407_402)).isEqualTo(7_400_000);
		assertThat(PublicSums.rounded(99_950)).isEqualTo(100_000);
		assertThat(PublicSums.rounded(57)).isEqualTo(60);
		// The walk-through's amendment: 2,000,000 more on 257,750,000 shows as no change.
		assertThat(PublicSums.rounded(259_750_000)).isEqualTo(PublicSums.rounded(257_750_000));
		assertThat(PublicSums.publish(1_000_000, 4, new Largest(250_000, 250_000))).isNull();
		assertThat(PublicSums.publish(1_000_000, 5, new Largest(200_000, 200_000))).isEqualTo(1_000_000);
	}

	private static Long publish(List<Long> amounts) {
		return PublicSums.publish(sum(amounts), amounts.stream().filter(amount -> amount > 0).count(),
				Largest.of(descending(amounts).stream().limit(2).toList()));
	}

	private static long sum(List<Long> amounts) {
		return amounts.stream().mapToLong(Long::longValue).sum();
	}

	private static List<Long> descending(List<Long> amounts) {
		return amounts.stream().sorted(Comparator.reverseOrder()).toList();
	}

	/** The attacker's rounding: two significant figures, never finer than tens. */
	private static long twoSignificantFigures(long sum) {
		if (sum < 100) {
			return BigDecimal.valueOf(sum).setScale(-1, RoundingMode.HALF_UP).longValueExact();
		}
		return BigDecimal.valueOf(sum).round(new MathContext(2, RoundingMode.HALF_UP)).longValueExact();
	}

	/**
	 * Every sum that is published as {@code published}: {lowest, highest} (rounding only
	 * grows with the sum, so they form one range).
	 */
	private static long[] preimage(long published) {
		return new long[] { firstAtLeast(published), firstAtLeast(published + 1) - 1 };
	}

	/** The smallest sum whose rounding is at least {@code target}. */
	private static long firstAtLeast(long target) {
		long low = 0;
		long high = 4_000_000_000_000L;
		while (low < high) {
			long middle = (low + high) >>> 1;
			if (twoSignificantFigures(middle) >= target) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low;
	}

}
