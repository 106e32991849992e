package eu.balticaigf.portal.insights;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A call's figures as other modules may read them (the dossier): the staff dashboard's
 * exact counts by stage, category and country, private investment against the target, and
 * compute demand against planned capacity, labels in the language asked for.
 */
@Service
public class CallStatistics {

	public record Line(String code, String label, long value) {
	}

	/**
	 * @param applications applications not withdrawn
	 * @param indicativeEur private investment stated by applicants taking part
	 * @param computeDemandGpuHours GPU-hours per year wanted by applicants taking part
	 * @param capacityGpuHours the planned GPUs' hours per year at the planned utilisation
	 */
	public record Statistics(String call, String title, long applications, List<Line> byStage, List<Line> byCategory,
			List<Line> byCountry, long indicativeEur, long targetPrivateEur, long gapEur, long computeDemandGpuHours,
			long capacityGpuHours, long plannedGpus) {
	}

	private final Insights insights;

	private final InsightsSettings settings;

	private final MessageSource messages;

	CallStatistics(Insights insights, InsightsSettings settings, MessageSource messages) {
		this.insights = insights;
		this.settings = settings;
		this.messages = messages;
	}

	public Optional<Statistics> of(String callSlug, Locale locale) {
		return insights.call(callSlug).map(call -> {
			Dashboard dashboard = Dashboard.of(call, insights.figures(call), settings, new Labels(messages, locale));
			return new Statistics(call.slug(), call.title(locale), dashboard.applications(), lines(dashboard.stages()),
					lines(dashboard.categories()), lines(dashboard.countries()), dashboard.money().indicativeEur(),
					dashboard.money().targetEur(), dashboard.money().gapEur(), dashboard.compute().demandGpuHours(),
					dashboard.compute().capacityGpuHours(), dashboard.compute().plannedGpus());
		});
	}

	private static List<Line> lines(List<Dashboard.Bar> bars) {
		return bars.stream().map(bar -> new Line(bar.code(), bar.label(), bar.value())).toList();
	}

}
