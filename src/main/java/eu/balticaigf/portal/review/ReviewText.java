package eu.balticaigf.portal.review;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.balticaigf.portal.shared.web.Html;

/**
 * How the review's pages write what is not a message of its own: a criterion by its name
 * (a default criterion by its translated name, one an admin added by the name typed) and
 * scores with a fixed number of decimals, both in the reader's language.
 */
final class ReviewText {

	private ReviewText() {
	}

	/** A criterion's name in the reader's language. */
	static String criterion(Rubric.Criterion criterion) {
		return criterion.named() ? criterion.name() : Html.t("review.criterion." + criterion.code());
	}

	/**
	 * A criterion's name as a message argument: resolved in the reader's language when
	 * the message is (a validator's message is resolved after it is written).
	 */
	static Object criterionName(Rubric.Criterion criterion) {
		return criterion.named() ? criterion.name()
				: new DefaultMessageSourceResolvable("review.criterion." + criterion.code());
	}

	/**
	 * "3.25" or "3,25": a score with {@code digits} decimals, in the reader's language.
	 */
	static String decimal(BigDecimal value, int digits) {
		NumberFormat format = NumberFormat.getNumberInstance(Html.locale());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		format.setGroupingUsed(false);
		return format.format(value);
	}

}
