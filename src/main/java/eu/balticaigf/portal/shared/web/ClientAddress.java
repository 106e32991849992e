package eu.balticaigf.portal.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a client is limited by. {@code X-Forwarded-For} is written by whoever sends
 * the request, so it is believed only when the direct peer is one of our own proxies, and
 * then only as far as the chain of trusted proxies goes: the right-most address not
 * itself a trusted proxy is the client (entries further left were added by the client or
 * by proxies we do not know and could be forged).
 */
final class ClientAddress {

	private final Set<String> trustedProxies;

	ClientAddress(List<String> trustedProxies) {
		this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
	}

	String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!trustedProxies.contains(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.trim());
				}
			}
		}
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!trustedProxies.contains(hops.get(i))) {
				return hops.get(i);
			}
		}
		return peer;
	}

}
