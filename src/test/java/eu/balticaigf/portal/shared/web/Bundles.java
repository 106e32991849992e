package eu.balticaigf.portal.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/** A message bundle read as the portal reads it: UTF-8 from the class path. */
public final class Bundles {

	private Bundles() {
	}

	/** The bundle at {@code name}, e.g. {@code i18n/application_pl.properties}. */
	public static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
