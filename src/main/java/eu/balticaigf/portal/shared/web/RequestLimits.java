package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * No public form or API call needs more than a few kilobytes, so a body over 1 MB is refused with 413 before anything
 * reads it (Spring Security's CSRF check would otherwise parse a huge form). Pages get the translated error page
 * ({@code error/413}), the API a problem+json. Bodies without a declared length are capped by Tomcat
 * ({@code server.tomcat.max-http-form-post-size}, {@code max-swallow-size}).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	static final long MAX_BODY_BYTES = 1024 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new BodyLimit());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static final class BodyLimit extends OncePerRequestFilter {

		private static void reject(HttpServletRequest request, HttpServletResponse response, int status, String title,
				String detail) throws IOException {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setStatus(status);
				response.setContentType("application/problem+json");
				response.getOutputStream()
					.write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
							+ ",\"detail\":\"" + detail + "\"}")
						.getBytes(StandardCharsets.UTF_8));
			}
			else {
				// Not sendError: Tomcat's error dispatch hands the error page the original POST, and the first
				// parameter read there (the language switch) makes Tomcat parse the oversized body and fail, which
				// ends in Tomcat's own untranslated page. The error page gets a bodiless GET instead.
				request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
				request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
				response.setStatus(status);
				try {
					request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
				}
				catch (ServletException ex) {
					throw new IOException(ex);
				}
			}
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > MAX_BODY_BYTES) {
				reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Content Too Large",
						"The request body is larger than 1 MB.");
				return;
			}
			if (hasNul(request)) {
				// PostgreSQL cannot store U+0000 in text; no legitimate form or query has one.
				reject(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
						"The request contains a NUL character.");
				return;
			}
			chain.doFilter(request, response);
		}

		/** The request as a GET whose parameters come from the query string only; its body is never read. */
		private static final class WithoutBody extends HttpServletRequestWrapper {

			private final Map<String, String[]> parameters;

			WithoutBody(HttpServletRequest request) {
				super(request);
				this.parameters = new LinkedHashMap<>();
				UriComponentsBuilder.newInstance()
					.query(request.getQueryString())
					.build()
					.getQueryParams()
					.forEach((name, values) -> parameters.put(decode(name),
							values.stream().map(value -> value == null ? "" : decode(value)).toArray(String[]::new)));
			}

			private static String decode(String value) {
				try {
					return URLDecoder.decode(value, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return "";
				}
			}

			@Override
			public String getMethod() {
				return "GET";
			}

			@Override
			public String getParameter(String name) {
				String[] values = parameters.get(name);
				return values == null || values.length == 0 ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Collections.unmodifiableMap(parameters);
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(parameters.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return parameters.get(name);
			}

		}

		private static boolean hasNul(HttpServletRequest request) {
			String query = request.getQueryString();
			if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
				return true;
			}
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value != null && value.indexOf('\u0000') >= 0) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
