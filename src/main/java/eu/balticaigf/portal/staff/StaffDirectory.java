package eu.balticaigf.portal.staff;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.balticaigf.portal.shared.StaffNames;

import org.springframework.stereotype.Service;

/**
 * Who is on the staff, for other modules: those that assign work to people (review
 * assigns applications to reviewers) and those that show who did something (people read
 * names, not addresses).
 */
@Service
public class StaffDirectory implements StaffNames {

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

	/**
	 * The names of the staff with these addresses, for pages that show people rather than
	 * addresses, e.g. as "Rūta Žemaitė (ruta@ministry.lt)". One query however many
	 * addresses are asked for; the match ignores case.
	 * @param emails addresses as a page has them (an audit entry's actor, a note's
	 * author); {@code null}s are ignored
	 * @return each given address that has an account (deactivated ones too: they still
	 * acted), keyed as given, with that account's display name; addresses without an
	 * account (applicants, API tokens, erased pseudonyms) are left out
	 */
	@Override
	public Map<String, String> byEmail(Collection<String> emails) {
		return displayNames(emails);
	}

	@Override
	public Collection<String> addressesNamed(String text) {
		return staff.emailsNamed(text);
	}

	@Override
	public Map<Long, String> byAccount(Collection<Long> accountIds) {
		return staff.findByIds(accountIds)
			.stream()
			.collect(Collectors.toMap(StaffAccount::id,
					account -> account.displayName() + " (" + account.email() + ")"));
	}

	public Map<String, String> displayNames(Collection<String> emails) {
		List<String> given = emails.stream().filter(Objects::nonNull).toList();
		Map<String, String> byAddress = staff.findByEmails(given)
			.stream()
			.collect(Collectors.toMap(account -> account.email().toLowerCase(Locale.ROOT), StaffAccount::displayName,
					(first, second) -> first));
		Map<String, String> names = new LinkedHashMap<>();
		for (String email : given) {
			String name = byAddress.get(email.toLowerCase(Locale.ROOT));
			if (name != null) {
				names.put(email, name);
			}
		}
		return names;
	}

}
