package eu.balticaigf.portal.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every public POST (forms of applicants and meeting guests; not the staff back office,
 * not the API with its own tokens) passes the per-address rate limit. Too many answers
 * 429 with a translated page and {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitWeb implements WebMvcConfigurer {

	private final PostRateLimiter limiter;

	private final ClientAddress clientAddress;

	RateLimitWeb(PostRateLimiter limiter, RateLimitSettings settings) {
		this.limiter = limiter;
		this.clientAddress = new ClientAddress(settings.trustedProxies());
	}

	static final class TooManyPosts extends RuntimeException {

		private final long retryAfterSeconds;

		TooManyPosts(long retryAfterSeconds) {
			super(null, null, false, false);
			this.retryAfterSeconds = retryAfterSeconds;
		}

	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if ("POST".equals(request.getMethod())) {
					PostRateLimiter.Decision decision = limiter.tryAcquire(clientAddress.of(request));
					if (!decision.allowed()) {
						throw new TooManyPosts(decision.retryAfterSeconds());
					}
				}
				return true;
			}
		}).excludePathPatterns("/staff/**", "/api/**", "/error");
	}

	@ControllerAdvice
	static class TooManyPostsPage {

		@ExceptionHandler(TooManyPosts.class)
		ModelAndView tooMany(TooManyPosts ex, HttpServletResponse response) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds));
			return new ModelAndView("shared/error/tooMany", Map.of("retryAfter", ex.retryAfterSeconds),
					HttpStatus.TOO_MANY_REQUESTS);
		}

	}

}
