package eu.balticaigf.portal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the JVM when no {@code spring.datasource.url} is
 * configured, so that a newcomer needs nothing but Java. Production sets the URL and this
 * does nothing.
 *
 * <p>
 * It runs before the context exists (an environment post-processor) so that every piece
 * of Boot's own datasource, Flyway and pool configuration applies unchanged. One server
 * per JVM: the test suite's many contexts share it, and a JVM shutdown hook stops it
 * cleanly.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String ACTIVE_PROPERTY = "portal.embedded-db.active";

	private static EmbeddedPostgres server;

	private final Log log;

	public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("portal.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		EmbeddedPostgres postgres = start(environment.getProperty("portal.embedded-db.dir", ""));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
							"spring.datasource.username", "postgres", "spring.datasource.password", "", ACTIVE_PROPERTY,
							"true")));
	}

	private synchronized EmbeddedPostgres start(String dir) {
		if (server != null) {
			return server;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				// zonky turns synchronous_commit off for speed; a submission acknowledged
				// here must survive a crash.
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "200");
			if (StringUtils.hasText(dir)) {
				// A kept directory: initdb runs only the first time, later starts reuse
				// the data.
				Path dataDir = Path.of(dir).toAbsolutePath();
				Files.createDirectories(dataDir);
				builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
				log.info("Starting embedded PostgreSQL with data in " + dataDir);
			}
			else {
				log.info("Starting embedded PostgreSQL with throw-away data");
			}
			server = builder.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	@Override
	public int getOrder() {
		// After application.properties and the environment are read, so
		// portal.embedded-db.* can be set anywhere.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
