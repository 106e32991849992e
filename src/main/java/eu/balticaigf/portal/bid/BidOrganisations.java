package eu.balticaigf.portal.bid;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What other modules may read of the bid's members that came without an application (an
 * admin added them: a national body, a lender): the members from an application are known
 * to the application module already. Never a contact.
 */
@Service
public class BidOrganisations {

	/** A member added directly: its id, name, country, category and language. */
	public record DirectMember(long id, String name, String country, String category, String language) {
	}

	/**
	 * A member of a bid as another module may name it (a site's operator): which bid, its
	 * name and country, and the application it came from (null for one added directly).
	 */
	public record Listed(long id, String bidSlug, String bidTitle, String name, String country,
			String applicationReference) {

		/** The member's page in the back office. */
		public String href() {
			return BidPages.BASE + "/" + bidSlug + "/members/" + id;
		}

	}

	private final BidStore store;

	BidOrganisations(BidStore store) {
		this.store = store;
	}

	/** The members added directly whose contact address is this one. */
	public List<DirectMember> withContact(String email) {
		return store.directMembersWithContact(email.strip().toLowerCase(Locale.ROOT));
	}

	public Optional<DirectMember> member(long id) {
		return store.directMember(id);
	}

	/** Every bid's members, by bid and name. */
	public List<Listed> members() {
		return store.listedMembers();
	}

	public Optional<Listed> listed(long id) {
		return store.listedMember(id);
	}

}
