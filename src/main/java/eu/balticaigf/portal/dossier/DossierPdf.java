package eu.balticaigf.portal.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import eu.balticaigf.portal.shared.web.Languages;

import org.springframework.stereotype.Component;

/**
 * The dossier as a tagged PDF (PDF/UA: structure tags, a title, the language, every font
 * embedded): the model through the jte template {@code dossier/document.jte} to XHTML,
 * then openhtmltopdf on PDFBox. The font is DejaVu Sans shipped in the jar (fonts/, its
 * licence beside it), never a system font: it has every letter of Lithuanian, Polish,
 * Latvian, Estonian and Czech.
 */
@Component
class DossierPdf {

	/** The rendered file and its number of pages. */
	record Rendered(byte[] bytes, int pages) {
	}

	private static final String FAMILY = "DejaVu Sans";

	private final TemplateEngine templates;

	DossierPdf(TemplateEngine templates) {
		this.templates = templates;
	}

	/** The XHTML the PDF is drawn from (also what the benchmark renders as a page). */
	String html(DossierModel model) {
		return Languages.inLocale(Locale.forLanguageTag(model.language()), () -> {
			StringOutput output = new StringOutput();
			templates.render("dossier/document.jte", Map.of("model", model), output);
			return output.toString();
		});
	}

	Rendered render(DossierModel model) {
		String html = html(model);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new Rendered(bytes, document.getNumberOfPages());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String name) {
		return DossierPdf.class.getResourceAsStream("/fonts/" + name);
	}

}
