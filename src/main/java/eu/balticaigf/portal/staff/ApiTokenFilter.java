package eu.balticaigf.portal.staff;

import eu.balticaigf.portal.audit.AuditLog;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on API calls. A token that is unknown or
 * revoked is answered 401 at once rather than treated as anonymous, so a broken
 * integration notices.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	private final AuditLog audit;

	ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint, AuditLog audit) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		var token = tokens.authenticate(header.substring(PREFIX.length()).strip());
		if (token.isEmpty()) {
			entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated("token:" + token.get().name(), null,
				AuthorityUtils.createAuthorityList(token.get().scope().authorities()));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
		if (!READS.contains(request.getMethod())) {
			// Every write call leaves a trace under the token's name, whatever the
			// endpoint records itself.
			audit.record(authentication.getName(), "api.call", AuditLog.Target.of("api", request.getRequestURI()), null,
					Map.of("method", request.getMethod(), "status", response.getStatus()));
		}
	}

}
