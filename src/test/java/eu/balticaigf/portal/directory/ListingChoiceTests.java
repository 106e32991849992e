package eu.balticaigf.portal.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether an organisation is listed when its application and the directory answered
 * differently: the later answer wins, and a changed application answer is later than the
 * choice made in the directory.
 */
class ListingChoiceTests {

	@Test
	void withoutAChoiceInTheDirectoryTheApplicationDecides() {
		DirectoryStore.Profile none = DirectoryStore.Profile.none("application:LT/1");
		assertThat(none.listed(true)).isTrue();
		assertThat(none.listed(false)).isFalse();
	}

	@Test
	void aChoiceInTheDirectoryCountsWhileTheApplicationSaysWhatItSaidThen() {
		DirectoryStore.Profile listedHere = new DirectoryStore.Profile("k", "", null, true, false);
		assertThat(listedHere.listed(false)).isTrue();
		DirectoryStore.Profile unlistedHere = new DirectoryStore.Profile("k", "", null, false, true);
		assertThat(unlistedHere.listed(true)).isFalse();
	}

	@Test
	void consentWithdrawnOnTheApplicationsOwnPageAfterwardsWins() {
		DirectoryStore.Profile listedHere = new DirectoryStore.Profile("k", "", null, true, true);
		assertThat(listedHere.listed(false)).as("unticked in an amendment after listing here").isFalse();
		DirectoryStore.Profile unlistedHere = new DirectoryStore.Profile("k", "", null, false, false);
		assertThat(unlistedHere.listed(true)).as("ticked in an amendment after leaving here").isTrue();
	}

}
