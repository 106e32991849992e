package eu.balticaigf.portal.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For names the client only when a configured trusted proxy is the one
 * talking to us.
 */
class ClientAddressTests {

	private static MockHttpServletRequest request(String peer, String... forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/meetings/demo-info/register");
		request.setRemoteAddr(peer);
		for (String value : forwardedFor) {
			request.addHeader("X-Forwarded-For", value);
		}
		return request;
	}

	@Test
	void withoutTrustedProxiesTheHeaderIsIgnored() {
		ClientAddress address = new ClientAddress(List.of());
		assertThat(address.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
	}

	@Test
	void anUntrustedPeerCannotChooseItsAddress() {
		ClientAddress address = new ClientAddress(List.of("10.0.0.2"));
		assertThat(address.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
	}

	@Test
	void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
		ClientAddress address = new ClientAddress(List.of("10.0.0.2", "10.0.0.3"));
		// The client wrote "1.1.1.1" itself; the proxies appended what they saw.
		assertThat(address.of(request("10.0.0.2", "1.1.1.1, 198.51.100.9", "10.0.0.3"))).isEqualTo("198.51.100.9");
		assertThat(address.of(request("10.0.0.2"))).isEqualTo("10.0.0.2");
		assertThat(address.of(request("10.0.0.2", " , "))).isEqualTo("10.0.0.2");
	}

	@Test
	void clientsBehindOneTrustedProxyAreLimitedSeparatelyAndForgingTheHeaderDoesNotHelp() {
		RateLimitSettings settings = new RateLimitSettings(true, 2, 1, List.of("10.0.0.2"));
		PostRateLimiter limiter = new PostRateLimiter(settings,
				Clock.fixed(Instant.parse("2025-08-01T10:00:00Z"), ZoneOffset.UTC));
		ClientAddress address = new ClientAddress(settings.trustedProxies());
		for (int i = 0; i < 2; i++) {
			assertThat(limiter.tryAcquire(address.of(request("10.0.0.2", "198.51.100.1"))).allowed()).isTrue();
		}
		PostRateLimiter.Decision third = limiter.tryAcquire(address.of(request("10.0.0.2", "198.51.100.1")));
		assertThat(third.allowed()).isFalse();
		assertThat(third.retryAfterSeconds()).isPositive();
		// Another client behind the same proxy has its own bucket.
		assertThat(limiter.tryAcquire(address.of(request("10.0.0.2", "198.51.100.2"))).allowed()).isTrue();
		// A direct client that varies the header stays one address.
		for (int i = 0; i < 2; i++) {
			limiter.tryAcquire(address.of(request("203.0.113.7", "192.0.2." + i)));
		}
		assertThat(limiter.tryAcquire(address.of(request("203.0.113.7", "192.0.2.99"))).allowed()).isFalse();
	}

}
