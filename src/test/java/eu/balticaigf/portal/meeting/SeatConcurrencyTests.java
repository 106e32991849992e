package eu.balticaigf.portal.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fair seats on the real PostgreSQL: many registrations and cancellations at once never
 * overbook the room.
 */
@PortalTest
class SeatConcurrencyTests {

	@Autowired
	Registrations registrations;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	JdbcClient jdbc;

	record Row(long id, long arrival, String email, String status) {
	}

	@Test
	void twoHundredConcurrentRegistrationsFillFiftySeatsExactlyAndQueueTheRestInArrivalOrder() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 50);
		List<Callable<Registrations.Outcome>> tasks = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String email = TestMeetings.email("load" + i);
			tasks.add(() -> registrations.register(meeting.slug(),
					RegistrationForm.of("Person " + email, email, "Org", Attendance.IN_PERSON), Locale.ENGLISH));
		}
		List<Registrations.Outcome> outcomes = runAtOnce(tasks);

		assertThat(outcomes).hasSize(200).noneMatch(Registrations.Outcome::existing);
		List<Row> rows = rows(meeting);
		assertThat(rows).hasSize(200);
		assertThat(rows.stream().map(Row::email).distinct()).hasSize(200);
		assertThat(rows.stream().filter(row -> row.status().equals("CONFIRMED"))).hasSize(50);
		assertThat(rows.stream().filter(row -> row.status().equals("WAITLISTED"))).hasSize(150);
		// Arrival order decides: the first 50 arrivals hold the seats, the rest wait in
		// that order.
		assertThat(rows.subList(0, 50)).allMatch(row -> row.status().equals("CONFIRMED"));
		assertThat(rows.subList(50, 200)).allMatch(row -> row.status().equals("WAITLISTED"));
		List<Long> positions = outcomes.stream()
			.filter(outcome -> outcome.position() > 0)
			.map(Registrations.Outcome::position)
			.sorted()
			.toList();
		assertThat(positions).hasSize(150).doesNotHaveDuplicates().first().isEqualTo(1L);
		assertThat(positions.get(149)).isEqualTo(150L);
	}

	@Test
	void concurrentCancellationsAndRegistrationsKeepTheRoomFullAndTheQueueInOrder() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, 20);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String email = TestMeetings.email("pre" + i);
			tokens.add(
					registrations
						.register(meeting.slug(), RegistrationForm.of("Pre " + i, email, null, Attendance.IN_PERSON),
								Locale.ENGLISH)
						.cancelToken());
		}
		// Cancel 10 of the confirmed and 10 of the waiting, while 40 newcomers and 10
		// online people register.
		List<String> toCancel = new ArrayList<>(tokens.subList(0, 10));
		toCancel.addAll(tokens.subList(30, 40));
		List<Callable<Object>> tasks = new ArrayList<>();
		for (String token : toCancel) {
			tasks.add(() -> registrations.cancel(meeting.slug(), token));
		}
		for (int i = 0; i < 50; i++) {
			String email = TestMeetings.email("new" + i);
			String name = "New " + i;
			Attendance attendance = i % 5 == 0 ? Attendance.ONLINE : Attendance.IN_PERSON;
			tasks.add(() -> registrations.register(meeting.slug(), RegistrationForm.of(name, email, null, attendance),
					Locale.ENGLISH));
		}
		Collections.shuffle(tasks);
		runAtOnce(tasks);

		List<Row> rows = rows(meeting);
		List<Row> inPerson = jdbc.sql("""
				SELECT id, arrival, email, status FROM meeting_registration
				WHERE meeting_id = ? AND attendance = 'IN_PERSON' AND status <> 'CANCELLED' ORDER BY arrival""")
			.param(meeting.id())
			.query(Row.class)
			.list();
		assertThat(rows.stream().filter(row -> row.status().equals("CANCELLED"))).hasSize(20);
		assertThat(rows.stream().map(Row::email).distinct()).hasSize(rows.size());
		// 60 - 20 cancelled + 40 newcomers in person = 80 want a seat: 20 hold one, 60
		// wait.
		assertThat(inPerson).hasSize(80);
		assertThat(inPerson.subList(0, 20)).allMatch(row -> row.status().equals("CONFIRMED"));
		assertThat(inPerson.subList(20, 80)).allMatch(row -> row.status().equals("WAITLISTED"));
		assertThat(rows.stream().filter(row -> row.status().equals("CONFIRMED"))).hasSize(20 + 10);
		// Every seat freed by a confirmed cancellation went to the head of the queue, and
		// was recorded.
		long promotions = jdbc
			.sql("SELECT count(*) FROM meeting_promotion WHERE meeting_id = ? AND reason = 'CANCELLATION'")
			.param(meeting.id())
			.query(Long.class)
			.single();
		assertThat(promotions).isEqualTo(10);
	}

	/**
	 * The hundreds of e-mails these tests queue are not what they test; marking them sent
	 * keeps them from delaying the e-mail tests that share the SMTP server.
	 */
	@org.junit.jupiter.api.AfterEach
	void dropQueuedLoadMail() {
		jdbc.sql(
				"""
						UPDATE outbox_message SET status = 'SENT' WHERE status = 'PENDING'
						AND (recipient LIKE 'load%@example.test' OR recipient LIKE 'pre%@example.test' OR recipient LIKE 'new%@example.test')""")
			.update();
	}

	private List<Row> rows(Meeting meeting) {
		return jdbc
			.sql("SELECT id, arrival, email, status FROM meeting_registration WHERE meeting_id = ? ORDER BY arrival")
			.param(meeting.id())
			.query(Row.class)
			.list();
	}

	private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
