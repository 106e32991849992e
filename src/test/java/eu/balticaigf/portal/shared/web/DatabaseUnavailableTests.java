package eu.balticaigf.portal.shared.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page whose database is away answers 503 (the translated error/503 page through the
 * error dispatch), not 500.
 */
class DatabaseUnavailableTests {

	private final DatabaseUnavailable.Resolver resolver = new DatabaseUnavailable.Resolver();

	@Test
	void noConnectionIsAServiceUnavailable() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Exception outage = new CannotCreateTransactionException("no connection",
				new CannotGetJdbcConnectionException("refused", new SQLException("Connection refused")));
		assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/calls/demo"), response, null, outage))
			.isNotNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
	}

	/**
	 * The session store is read by a filter before any controller: the same 503 there.
	 */
	@Test
	void anOutageMetInAFilterIsAServiceUnavailableToo() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DatabaseUnavailable.OutageFilter().doFilter(new MockHttpServletRequest("GET", "/calls/demo"), response,
				(request, ignored) -> {
					throw new DataAccessResourceFailureException("session store unreachable",
							new SQLException("Connection refused"));
				});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThatThrownBy(() -> new DatabaseUnavailable.OutageFilter().doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), (request, ignored) -> {
					throw new IllegalStateException("bug");
				}))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void otherFailuresAreLeftToTheUsualHandling() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/calls/demo"), response, null,
				new IllegalStateException("bug")))
			.isNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
