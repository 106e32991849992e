import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples went: the methods with the most samples on top of the stack (self) and the
 * methods most often anywhere on it (inclusive), in per cent of all samples. JDK 17's {@code jfr} tool has no such
 * view. Run {@code java bench/JfrTop.java FILE.jfr [ONLY_STACKS_WITH] [ROWS]}, e.g. after {@code bench/surge.sh --profile}:
 * {@code java bench/JfrTop.java target/surge/portal.jfr "" 60}, or {@code ... Thymeleaf 40} for template time only.
 */
public class JfrTop {

	public static void main(String[] args) throws Exception {
		String only = args.length > 1 && !args[1].isEmpty() ? args[1] : null;
		int rows = args.length > 2 ? Integer.parseInt(args[2]) : 40;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty() || (only != null && frames.stream().noneMatch(frame -> name(frame).contains(only)))) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0)), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				if (seen.add(name(frame))) {
					inclusive.merge(name(frame), 1, Integer::sum);
				}
			}
		}
		System.out.println(samples + " samples");
		print("self", self, samples, rows);
		print("inclusive", inclusive, samples, rows);
	}

	static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	static void print(String title, Map<String, Integer> counts, int samples, int rows) {
		System.out.println("== " + title);
		counts.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.limit(rows)
			.forEach(entry -> System.out.printf("%5.1f%% %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
	}

}
