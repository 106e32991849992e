package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * An error answered by a servlet filter, before Spring MVC: problem+json for the API, the
 * translated error page for everything else. The page is rendered by a forward to
 * {@code /error} with a bodiless GET, which neither reads the request body again nor
 * passes the session filter (it does not run on forwards).
 */
final class ErrorAnswers {

	private ErrorAnswers() {
	}

	static void send(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(status);
			response.setContentType("application/problem+json");
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
						+ detail + "\"}")
					.getBytes(StandardCharsets.UTF_8));
		}
		else {
			// Not sendError: Tomcat's error dispatch hands the error page the original
			// request. For an oversized
			// POST the first parameter read there (the language switch) makes Tomcat
			// parse the body and fail; in a
			// database outage the session filter, which runs on error dispatches, fails
			// again reading the session.
			// Either ends in Tomcat's own untranslated page.
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

	/**
	 * The request as a GET whose parameters come from the query string only; its body is
	 * never read.
	 */
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

}
