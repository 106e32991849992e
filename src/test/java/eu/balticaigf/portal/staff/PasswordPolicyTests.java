package eu.balticaigf.portal.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shipsAListOfSeveralThousandCommonPasswords() {
		assertThat(policy.commonCount()).isGreaterThan(3000);
	}

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThat(policy.problem("Tr0ub4dor&3")).hasValue("staff.password.tooShort");
		assertThat(policy.problem(null)).hasValue("staff.password.tooShort");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.problem("password1234")).hasValue("staff.password.common");
		assertThat(policy.problem("QWERTYUIOP123")).hasValue("staff.password.common");
		assertThat(policy.problem("Iloveyou1234")).hasValue("staff.password.common");
		assertThat(policy.problem("aaaaaaaaaaaaaaaa")).hasValue("staff.password.common");
	}

	@Test
	void refusesWhatBcryptWouldCut() {
		assertThat(policy.problem("ž".repeat(37))).hasValue("staff.password.tooLong");
	}

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(policy.problem("amber kettle orbit lantern")).isEmpty();
		assertThat(policy.problem("Šaltibarščiai su bulvėmis")).isEmpty();
	}

}
