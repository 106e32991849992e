package eu.balticaigf.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path DIAGRAMS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	/** The module diagrams in docs/modules are generated here, never drawn by hand. */
	@Test
	void writesModuleDiagrams() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
			for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, withRelationsSorted(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The Documenter lists relations in an order that changes from run to run; sorted, a
	 * test run leaves git clean.
	 */
	private static List<String> withRelationsSorted(List<String> lines) {
		List<String> sorted = new ArrayList<>(lines);
		int start = sorted.indexOf(sorted.stream().filter(line -> line.startsWith("Rel(")).findFirst().orElse(""));
		if (start < 0) {
			return sorted;
		}
		int end = start;
		while (end < sorted.size() && sorted.get(end).startsWith("Rel(")) {
			end++;
		}
		sorted.subList(start, end).sort(null);
		return sorted;
	}

}
