package eu.balticaigf.portal.meeting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.notification.Outbox;
import eu.balticaigf.portal.privacy.Consents;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long a registration holds the meeting's seat lock, and what runs while it does
 * (issue 20, goal 3). Not part of the suite (its name is no test's): run it with
 * {@code ./mvnw verify -Dtest=SeatLockProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * The lock is the meeting row's {@code FOR UPDATE}, held from
 * {@link MeetingRepository#lockBySlug} until the transaction ends. The probe wraps the
 * meeting module's collaborators in timing proxies: the clock starts when the lock is
 * taken and stops after the commit; every call made in between on a timed bean adds its
 * time to its step. Registrations run one after another, so the figures are the work
 * itself, not waiting for the lock.
 */
@PortalTest
@Import(SeatLockProbe.Timing.class)
class SeatLockProbe {

	static final int WARM_UP = 150;

	static final int MEASURED = 300;

	@Autowired
	Registrations registrations;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MeetingMails mails;

	@Autowired
	JdbcClient jdbc;

	/** One registration: the lock's hold, the commit's share of it, and each step's. */
	record Sample(long holdNanos, long cpuNanos, long commitNanos, Map<String, Long> steps) {
	}

	static final List<Sample> SAMPLES = Collections.synchronizedList(new ArrayList<>());

	static final ThreadLocal<Map<String, Long>> STEPS = new ThreadLocal<>();

	/**
	 * CPU time of the registering thread: the work done under the lock, whatever else the
	 * machine is busy with (wall times vary with the other processes).
	 */
	static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	@Test
	void measureTheSeatLock() {
		// Half the seats: the first half of the registrations get a seat (QR code,
		// calendar), the rest the waiting list.
		Meeting meeting = TestMeetings.create(meetings, (WARM_UP + MEASURED) / 2);
		for (int i = 0; i < WARM_UP; i++) {
			register(meeting, i % 2 == 0 ? Attendance.IN_PERSON : Attendance.ONLINE);
		}
		SAMPLES.clear();
		long outside = 0;
		List<Sample> confirmed = new ArrayList<>();
		List<Sample> waiting = new ArrayList<>();
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			RegistrationStatus status = register(meeting, Attendance.IN_PERSON);
			outside += System.nanoTime() - start;
			// One at a time: the last sample is this registration's.
			(status == RegistrationStatus.CONFIRMED ? confirmed : waiting).add(SAMPLES.get(SAMPLES.size() - 1));
		}
		List<Sample> samples = new ArrayList<>(SAMPLES);
		report("in-person seat confirmed", confirmed);
		report("waiting list", waiting);
		long held = samples.stream().mapToLong(Sample::holdNanos).sum();
		System.out.printf(Locale.ROOT, "PROBE whole register() call %.3f ms on average, %.3f ms of it under the lock%n",
				outside / 1e6 / MEASURED, held / 1e6 / samples.size());

		// The expensive parts on their own, outside any transaction.
		Registration registration = new Registration(0, meeting.id(), 0, "Probe Person", "probe@example.test", "Org",
				Attendance.IN_PERSON, RegistrationStatus.CONFIRMED, "en", java.time.Instant.now(),
				java.time.Instant.now(), null, null);
		isolated("QR code with read-back (CheckInCode.png)", () -> CheckInCode.png("https://portal.test/staff/meetings/"
				+ meeting.slug() + "/check-in/" + eu.balticaigf.portal.shared.SecureTokens.newToken()));
		isolated("calendar file (MeetingMails.calendar)", () -> mails.calendar(meeting, registration, Locale.ENGLISH));
		jdbc.sql("UPDATE outbox_message SET status = 'SENT' WHERE status = 'PENDING' AND recipient LIKE 'probe%'")
			.update();
	}

	private RegistrationStatus register(Meeting meeting, Attendance attendance) {
		String email = TestMeetings.email("probe");
		return registrations
			.register(meeting.slug(), RegistrationForm.of("Probe " + email, email, "Org", attendance), Locale.ENGLISH)
			.registration()
			.status();
	}

	private static void report(String kind, List<Sample> samples) {
		if (samples.isEmpty()) {
			return;
		}
		List<Long> holds = samples.stream().map(Sample::holdNanos).sorted().toList();
		System.out.printf(Locale.ROOT,
				"PROBE %s: %d registrations, lock held median %.3f ms, mean %.3f ms, p90 %.3f ms; commit %.3f ms;"
						+ " this thread's CPU time under the lock mean %.3f ms%n",
				kind, samples.size(), holds.get(holds.size() / 2) / 1e6,
				holds.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
				holds.get(holds.size() * 9 / 10) / 1e6,
				samples.stream().mapToLong(Sample::commitNanos).average().orElse(0) / 1e6,
				samples.stream().mapToLong(Sample::cpuNanos).average().orElse(0) / 1e6);
		Map<String, Long> steps = new TreeMap<>();
		samples.forEach(sample -> sample.steps().forEach((step, nanos) -> steps.merge(step, nanos, Long::sum)));
		steps.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "PROBE   %-45s %8.3f ms%n", step,
				nanos / 1e6 / samples.size()));
	}

	private static void isolated(String what, Runnable work) {
		for (int i = 0; i < 50; i++) {
			work.run();
		}
		long start = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			work.run();
		}
		System.out.printf(Locale.ROOT, "PROBE isolated %s: %.3f ms%n", what, (System.nanoTime() - start) / 1e6 / 200);
	}

	/**
	 * Wraps the beans a registration calls in timing proxies; taking the meeting's lock
	 * starts the clock, the end of the transaction stops it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Timing {

		@Bean
		static BeanPostProcessor seatLockTiming() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					Class<?> type = AopUtils.getTargetClass(bean);
					if (!timed(type)) {
						return bean;
					}
					MethodInterceptor timing = invocation -> {
						long start = System.nanoTime();
						try {
							return invocation.proceed();
						}
						finally {
							step(type.getSimpleName() + "." + invocation.getMethod().getName(), start);
						}
					};
					if (bean instanceof Advised advised) {
						advised.addAdvice(0, timing);
						return bean;
					}
					ProxyFactory proxy = new ProxyFactory(bean);
					proxy.setProxyTargetClass(true);
					proxy.addAdvice(timing);
					return proxy.getProxy(type.getClassLoader());
				}
			};
		}

		private static boolean timed(Class<?> type) {
			return Set
				.of(MeetingRepository.class, RegistrationRepository.class, MeetingMails.class, Outbox.class,
						Consents.class)
				.contains(type) || type.getName().equals("eu.balticaigf.portal.notification.MailTemplates");
		}

		private static void step(String step, long start) {
			long end = System.nanoTime();
			if (step.startsWith("MeetingRepository.lock")) {
				STEPS.set(new LinkedHashMap<>());
				long[] commitStart = new long[1];
				long cpuStart = CPU.getCurrentThreadCpuTime();
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void beforeCommit(boolean readOnly) {
						commitStart[0] = System.nanoTime();
					}

					@Override
					public void afterCompletion(int status) {
						long now = System.nanoTime();
						SAMPLES.add(new Sample(now - end, CPU.getCurrentThreadCpuTime() - cpuStart,
								now - commitStart[0], STEPS.get()));
						STEPS.remove();
					}
				});
			}
			else if (STEPS.get() != null) {
				STEPS.get().merge(step, end - start, Long::sum);
			}
		}

	}

}
