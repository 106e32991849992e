package eu.balticaigf.portal.shared.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The JSON API answers errors as RFC 9457 problem details. Pages do not: their errors go to the translated error
 * pages, which is why problem details are not switched on for the whole application.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
}
