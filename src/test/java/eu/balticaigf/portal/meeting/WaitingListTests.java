package eu.balticaigf.portal.meeting;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingListTests {

	@Test
	void onlineIsAlwaysConfirmedEvenWhenTheRoomIsFull() {
		assertThat(WaitingList.statusForNewcomer(Attendance.ONLINE, 0, 0)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(WaitingList.statusForNewcomer(Attendance.ONLINE, 10, 10)).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void inPersonIsConfirmedWhileSeatsAreLeftThenWaits() {
		assertThat(WaitingList.statusForNewcomer(Attendance.IN_PERSON, 2, 1)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(WaitingList.statusForNewcomer(Attendance.IN_PERSON, 2, 2)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(WaitingList.statusForNewcomer(Attendance.IN_PERSON, 2, 5)).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void promotesTheFirstOfTheQueueAsManyAsThereAreFreeSeats() {
		assertThat(WaitingList.toPromote(5, 3, List.of("a", "b", "c"))).containsExactly("a", "b");
		assertThat(WaitingList.toPromote(5, 4, List.of("a", "b", "c"))).containsExactly("a");
		assertThat(WaitingList.toPromote(10, 0, List.of("a", "b"))).containsExactly("a", "b");
	}

	@Test
	void loweredCapacityPromotesNobodyAndTakesNoSeat() {
		assertThat(WaitingList.toPromote(3, 5, List.of("a"))).isEmpty();
		assertThat(WaitingList.seatsLeft(3, 5)).isZero();
		assertThat(WaitingList.seatsLeft(5, 3)).isEqualTo(2);
	}

	@Test
	void aRegistrationRefusesIllegalMoves() {
		Instant now = Instant.parse("2025-08-01T07:00:00Z");
		Registration waiting = new Registration(1, 1, 1, "Ona", "ona@example.test", null, Attendance.IN_PERSON,
				RegistrationStatus.WAITLISTED, "lt", now, null, null, null);
		assertThatThrownBy(() -> waiting.checkIn(now)).isInstanceOf(Registration.IllegalMove.class);
		Registration confirmed = waiting.promote(now);
		assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(confirmed.holdsInPersonSeat()).isTrue();
		assertThatThrownBy(() -> confirmed.promote(now)).isInstanceOf(Registration.IllegalMove.class);
		Registration checkedIn = confirmed.checkIn(now);
		assertThatThrownBy(() -> checkedIn.checkIn(now)).isInstanceOf(Registration.IllegalMove.class);
		Registration cancelled = confirmed.cancel(now);
		assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThatThrownBy(() -> cancelled.cancel(now)).isInstanceOf(Registration.IllegalMove.class);
		assertThatThrownBy(() -> cancelled.promote(now)).isInstanceOf(Registration.IllegalMove.class);
	}

	@Test
	void attendanceAcceptsOnlyTheContractValues() {
		assertThat(Attendance.parse("IN_PERSON")).contains(Attendance.IN_PERSON);
		assertThat(Attendance.parse("ONLINE")).contains(Attendance.ONLINE);
		assertThat(Attendance.parse("online")).isEmpty();
		assertThat(Attendance.parse("HYBRID")).isEmpty();
		assertThat(Attendance.parse(null)).isEmpty();
	}

}
