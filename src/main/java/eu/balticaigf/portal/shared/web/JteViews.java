package eu.balticaigf.portal.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Pages rendered by jte: a view name {@code application/form} is the template
 * {@code application/form.jte}, compiled at build time. The page is rendered into
 * pre-encoded UTF-8 bytes and written once, with its length.
 */
@Configuration(proxyBeanMethods = false)
class JteViews {

	/** Where the build puts the compiled templates: each module's in its own package. */
	static final String TEMPLATE_PACKAGE = "eu.balticaigf.portal";

	@Bean
	TemplateEngine jteTemplateEngine() {
		TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
				JteViews.class.getClassLoader(), TEMPLATE_PACKAGE);
		engine.setBinaryStaticContent(true);
		return engine;
	}

	@Bean
	ViewResolver jteViewResolver(TemplateEngine engine) {
		return new JteViewResolver(engine);
	}

	static final class JteViewResolver implements ViewResolver, Ordered {

		private final TemplateEngine engine;

		/**
		 * Each answer once: for a name without a template, {@code hasTemplate} asks the
		 * class loader for a class that is not there, which searches the jar every time
		 * (JFR: 6-9 % of a journey's samples went to such misses).
		 */
		private final Map<String, Optional<View>> views = new ConcurrentHashMap<>();

		JteViewResolver(TemplateEngine engine) {
			this.engine = engine;
		}

		@Override
		public View resolveViewName(String viewName, Locale locale) {
			// A redirect's target differs per request: never a template, never cached.
			if (viewName.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
					|| viewName.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX)) {
				return null;
			}
			return views.computeIfAbsent(viewName, name -> {
				String template = name + ".jte";
				return engine.hasTemplate(template) ? Optional.of(new JteView(engine, template)) : Optional.empty();
			}).orElse(null);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	record JteView(TemplateEngine engine, String template) implements View {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		@SuppressWarnings("unchecked")
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Utf8ByteOutput output = new Utf8ByteOutput();
			engine.render(template, (Map<String, Object>) model, output);
			response.setContentType(getContentType());
			// One write of the whole page: every write passes the security and session
			// response wrappers, which check
			// the content length each time; a page written in its hundreds of chunks paid
			// that hundreds of times.
			byte[] page = output.toByteArray();
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}

	}

}
