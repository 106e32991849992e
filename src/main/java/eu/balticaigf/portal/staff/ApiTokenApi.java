package eu.balticaigf.portal.staff;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an integration check its token: which one it is and what it may do. */
@RestController
class ApiTokenApi {

	record TokenInfo(String name, List<String> scopes) {
	}

	@GetMapping("/api/v1/token")
	TokenInfo current(Authentication authentication) {
		return new TokenInfo(authentication.getName().replaceFirst("^token:", ""),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
	}

}
