package eu.balticaigf.portal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.call.Call;
import eu.balticaigf.portal.call.CallLinks;
import eu.balticaigf.portal.call.Calls;
import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.LabelledBackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each call's dashboard and public statistics, on the call's line of the back office's
 * home.
 */
@Component
class InsightsLinks extends LabelledBackOfficeLinks {

	private final Calls calls;

	InsightsLinks(Calls calls, MessageSource messages) {
		super(messages);
		this.calls = calls;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		List<BackOfficeLink> links = new ArrayList<>();
		List<Call> all = calls.all();
		for (int i = 0; i < all.size(); i++) {
			Call call = all.get(i);
			links.add(new BackOfficeLink(BackOfficeLink.Section.CALLS, call.title(locale),
					label("insights.staff.home.dashboard", locale), "/staff/calls/" + call.slug() + "/dashboard",
					"VIEWER", CallLinks.order(i, 1)));
			links.add(new BackOfficeLink(BackOfficeLink.Section.CALLS, call.title(locale),
					label("insights.staff.home.statistics", locale), "/calls/" + call.slug() + "/statistics", "VIEWER",
					CallLinks.order(i, 2)));
		}
		return links;
	}

}
