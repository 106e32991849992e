package eu.balticaigf.portal.staff;

import java.util.List;
import java.util.Map;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What other modules learn about staff: names for the addresses they hold, and who may
 * review.
 */
@PortalTest
class StaffDirectoryTests {

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffRepository staff;

	@Test
	void namesAreFoundForManyAddressesAtOnceWhateverTheirCase() {
		String latvian = StaffTestSupport.uniqueEmail("janis");
		staff.insert(latvian, "Jānis Bērziņš", "!", Role.VIEWER);
		String polish = StaffTestSupport.uniqueEmail("anna");
		staff.insert(polish, "Anna Nowak", "!", Role.ADMIN);
		staff.setEnabled(staff.findByEmail(polish).orElseThrow().id(), false);

		Map<String, String> names = directory
			.displayNames(List.of(latvian.toUpperCase(), polish, "applicant@example.lt", "token:crm sync"));
		assertThat(names).as("keyed as asked; deactivated staff still have names; others are left out")
			.containsOnly(entry(latvian.toUpperCase(), "Jānis Bērziņš"), entry(polish, "Anna Nowak"));
		assertThat(directory.displayNames(List.of())).isEmpty();
	}

}
