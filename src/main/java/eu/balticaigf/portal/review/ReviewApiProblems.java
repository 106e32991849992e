package eu.balticaigf.portal.review;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The review API's refusals as RFC 9457 problem details, each with a message in the
 * caller's language: a move the review refuses is 400, or 409 when the application was
 * decided, withdrawn or changed meanwhile; an unknown application is 404.
 */
@RestControllerAdvice(assignableTypes = ReviewApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiProblems {

	private final MessageSource messages;

	ReviewApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(IllegalMove.class)
	ResponseEntity<ProblemDetail> refused(IllegalMove refusal) {
		HttpStatus status = refusal.closed() || "review.move.concurrent".equals(refusal.messageKey())
				? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				refusal.message(messages, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(ReviewWorkflow.NoSuchApplication.class)
	ResponseEntity<ProblemDetail> unknown(ReviewWorkflow.NoSuchApplication missing) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("review.notFound", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
