package eu.balticaigf.portal.staff;

import java.util.List;

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

	/** Enabled accounts that may review (reviewers and admins), by name. */
	public List<Member> reviewers() {
		return staff.all()
			.stream()
			.filter(account -> account.enabled() && account.role() != Role.VIEWER)
			.map(account -> new Member(account.email(), account.displayName(), account.role()))
			.toList();
	}

}
