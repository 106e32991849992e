package eu.balticaigf.portal.meeting;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns the meeting module's "not found" into HTTP: the error page of a 404, rendered by
 * the same error handling as any unknown address (so it is translated and has the
 * layout).
 */
@ControllerAdvice(assignableTypes = { RegistrationPages.class, StaffMeetingPages.class })
class MeetingPagesErrors {

	@ExceptionHandler(MeetingNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
