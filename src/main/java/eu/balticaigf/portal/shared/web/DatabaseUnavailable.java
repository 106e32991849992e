package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * When PostgreSQL is down or unreachable, pages answer 503 with the translated
 * {@code error/503} page and {@code Retry-After}, not a 500: the portal is not broken and
 * comes back by itself once connections succeed again (Hikari keeps trying). The API gets
 * the same status as problem details from {@link ApiProblems}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable implements WebMvcConfigurer {

	static boolean isDatabaseOutage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
					|| t instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new Resolver());
	}

	/**
	 * The same answer for an outage met before Spring MVC: a visitor with a session
	 * cookie has their session read from PostgreSQL (Spring Session JDBC) by the filters,
	 * before any controller runs. Placed before the session filter, right after the
	 * request-size limit.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OutageFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static final class OutageFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | RuntimeException ex) {
				if (!isDatabaseOutage(ex) || response.isCommitted()) {
					throw ex;
				}
				response.setHeader("Retry-After", "30");
				ErrorAnswers.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
						"The database cannot be reached; try again shortly.");
			}
		}

	}

	static final class Resolver implements HandlerExceptionResolver, Ordered {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!isDatabaseOutage(ex) || response.isCommitted()) {
				return null;
			}
			try {
				response.setHeader("Retry-After", "30");
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return new ModelAndView();
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
