package eu.balticaigf.portal.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

/** Who is on the staff, for other modules that assign work to people (review assigns applications to reviewers). */
@Service
public class StaffDirectory {

	/** A member of staff as other modules may see them: no password, no second factor. */
	public record Member(String email, String displayName, Role role) {
	}

	private final StaffRepository staff;

	StaffDirectory(StaffRepository staff) {
		this.staff = staff;
	}

	/**
	 * The display names of these staff members by e-mail (one query), for pages that show who did something; an
	 * address without an account (erased, or a name like "applicant") is missing from the map.
	 */
	public Map<String, String> displayNames(Collection<String> emails) {
		Set<String> wanted = Set.copyOf(emails);
		Map<String, String> names = new HashMap<>();
		staff.all().stream().filter(account -> wanted.contains(account.email()))
			.forEach(account -> names.put(account.email(), account.displayName()));
		return names;
	}

	/** Enabled accounts that may review (reviewers and admins), by name. */
	public List<Member> reviewers() {
		return staff.all()
			.stream()
			.filter(account -> account.enabled() && account.role() != Role.VIEWER)
			.map(account -> new Member(account.email(), account.displayName(), account.role()))
			.toList();
	}

}
