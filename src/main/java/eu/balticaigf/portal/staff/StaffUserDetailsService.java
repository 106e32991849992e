package eu.balticaigf.portal.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff sign in with their e-mail address; the role becomes the one authority they hold. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffRepository staff;

	StaffUserDetailsService(StaffRepository staff) {
		this.staff = staff;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		StaffAccount account = staff.findByEmail(email.strip())
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.roles(account.role().name())
			.disabled(!account.enabled())
			.build();
	}

}
