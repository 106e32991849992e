package eu.balticaigf.portal.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.balticaigf.portal.shared.web.BackOfficeLink;
import eu.balticaigf.portal.shared.web.BackOfficeLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each call's public page on the back office's home, first on the call's line (the
 * insights module adds the dashboard and statistics; {@link #order} places them).
 */
@Component
public class CallLinks implements BackOfficeLinks {

	private final Calls calls;

	private final MessageSource messages;

	CallLinks(Calls calls, MessageSource messages) {
		this.calls = calls;
		this.messages = messages;
	}

	/**
	 * Where a call's links go among the calls: ten places per call, in the calls' order.
	 */
	public static int order(int callIndex, int place) {
		return callIndex * 10 + place;
	}

	@Override
	public List<BackOfficeLink> links(Locale locale) {
		List<BackOfficeLink> links = new ArrayList<>();
		links.add(BackOfficeLink.of(BackOfficeLink.Section.CALLS, messages.getMessage("call.staff.link", null, locale),
				"/staff/calls", "VIEWER", -10));
		List<Call> all = calls.all();
		for (int i = 0; i < all.size(); i++) {
			Call call = all.get(i);
			if (!call.isPublic()) {
				continue;
			}
			links.add(new BackOfficeLink(BackOfficeLink.Section.CALLS, call.title(locale),
					messages.getMessage("call.staff.page", null, locale), "/calls/" + call.slug(), "VIEWER",
					order(i, 0)));
		}
		return links;
	}

}
