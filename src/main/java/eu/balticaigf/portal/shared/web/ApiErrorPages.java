package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error page ({@code /error}), for what goes wrong before an API
 * controller is chosen: an unknown path (404), a method the endpoint does not offer
 * (405), or anything else that ends in the error dispatch. Under {@code /api/} the answer
 * is an RFC 9457 problem, whatever the client accepts, like the errors that
 * {@link ApiProblems} answers from inside the controllers; every other path keeps Boot's
 * handling, which renders the translated error pages ({@link ErrorPages}).
 */
@Component
class ApiErrorPages extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	private final ObjectMapper json;

	ApiErrorPages(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
			ObjectMapper json) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
		this.errorAttributes = errorAttributes;
		this.json = json;
	}

	/**
	 * A browser that opens a wrong API address gets the problem too: the API has no web
	 * pages.
	 */
	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		try {
			json.writeValue(response.getOutputStream(), problem(request));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		// Written: nothing left to render.
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isApi(request)) {
			return super.error(request);
		}
		return ResponseEntity.status(getStatus(request))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request));
	}

	private static boolean isApi(HttpServletRequest request) {
		return path(request).startsWith(request.getContextPath() + "/api/");
	}

	private static String path(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return path == null ? "" : path.toString();
	}

	/**
	 * Spring's own wording when the error is one of its {@link ErrorResponse}s ("No
	 * endpoint GET /api/v1/nope.", "Method 'GET' is not supported."), written for
	 * clients; otherwise a fixed sentence, never an exception message.
	 */
	private Map<String, Object> problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		String detail = null;
		if (errorAttributes.getError(new ServletWebRequest(request)) instanceof ErrorResponse spring
				&& spring.getStatusCode().value() == status.value()) {
			detail = spring.getBody().getDetail();
		}
		if (detail == null) {
			detail = status.is5xxServerError() ? "The server could not answer this request. Try again later."
					: "The request was refused: " + status.getReasonPhrase() + ".";
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", path(request));
		return problem;
	}

}
