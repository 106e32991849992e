package eu.balticaigf.portal.pages;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A served form being filled in. Changes are made to a copy of the page's form, as typing
 * and clicking change a browser's; {@link #submit()} posts what the browser would: every
 * named control that is not disabled, checked boxes and radios only, the selected
 * options, and the name and value of the button that was pressed.
 */
public final class Form {

	private final Visitor visitor;

	private final Page page;

	private final Element form;

	private final Map<String, Visitor.Attachment> files = new java.util.LinkedHashMap<>();

	Form(Visitor visitor, Page page, Element form) {
		this.visitor = visitor;
		this.page = page;
		this.form = form.clone();
	}

	/** Types into a text field or text area (replacing what was there). */
	public Form fill(String name, String value) {
		Element control = control(name);
		if (control.tagName().equals("textarea")) {
			control.text(value);
		}
		else {
			assertThat(control.attr("type")).as(name + " is a text field")
				.isNotIn("checkbox", "radio", "hidden", "submit");
			control.val(value);
		}
		return this;
	}

	/** Picks an option of a select, or the radio button with this value. */
	public Form choose(String name, String value) {
		Element control = control(name);
		if (control.tagName().equals("select")) {
			List<Element> options = control.select("option");
			assertThat(options.stream().map(Element::val)).as("options of " + name).contains(value);
			options.forEach(option -> option.attr("selected", option.val().equals(value)));
			return this;
		}
		List<Element> radios = form.select("input[type=radio][name=" + name + "]");
		assertThat(radios.stream().map(Element::val)).as("radios of " + name).contains(value);
		radios.forEach(radio -> radio.attr("checked", radio.val().equals(value)));
		return this;
	}

	/** Ticks the checkbox with this name and value. */
	public Form check(String name, String value) {
		checkbox(name, value).attr("checked", true);
		return this;
	}

	/** Ticks the only checkbox with this name. */
	public Form check(String name) {
		List<Element> boxes = form.select("input[type=checkbox][name=" + name + "]");
		assertThat(boxes).as("checkboxes named " + name).hasSize(1);
		boxes.get(0).attr("checked", true);
		return this;
	}

	public Form uncheck(String name, String value) {
		checkbox(name, value).removeAttr("checked");
		return this;
	}

	/**
	 * Chooses a file for a file field, as a person picks one on their computer: its name
	 * and its bytes (the browser's content type is not trusted by the portal, so none is
	 * claimed beyond {@code application/octet-stream}).
	 */
	public Form attach(String name, String fileName, byte[] content) {
		Element control = control(name);
		assertThat(control.attr("type")).as(name + " is a file field").isEqualTo("file");
		assertThat(form.attr("enctype")).as("the form of " + name + " sends files").isEqualTo("multipart/form-data");
		files.put(name, new Visitor.Attachment(fileName, content));
		return this;
	}

	/**
	 * Posts these values for a field whatever the page offers, as someone editing the
	 * page or a script would: every control of that name is replaced by hidden fields
	 * with the values (none: the field is not sent). For tests of tampered input (a
	 * choice the page does not offer, a repeated field).
	 */
	public Form tamper(String name, String... values) {
		form.select("[name=" + name + "]").remove();
		for (String value : values) {
			form.appendElement("input").attr("type", "hidden").attr("name", name).val(value);
		}
		return this;
	}

	/**
	 * The value the form would send for this field now (the first, for repeated ones).
	 */
	public String value(String name) {
		return fields(null).stream()
			.filter(field -> field.getKey().equals(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Presses the form's first submit button. */
	public Page submit() {
		return send(form.selectFirst("button:not([type=button]):not([type=reset]), input[type=submit]"));
	}

	/**
	 * Presses the submit button this selector finds (e.g. {@code #save} or
	 * {@code [value=withdraw]}).
	 */
	public Page submit(String buttonSelector) {
		Element button = form.selectFirst(buttonSelector);
		assertThat(button).as("button " + buttonSelector + " in the form on " + page.path()).isNotNull();
		return send(button);
	}

	/**
	 * Submits and follows the redirect (post/redirect/get) to the page a person would
	 * see.
	 */
	public Page submitAndFollow() {
		return submit().followed();
	}

	private Page send(Element button) {
		String action = form.hasAttr("action") ? form.absUrl("action") : visitor.origin() + page.path();
		String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
		List<Map.Entry<String, String>> fields = fields(button);
		if (method.equals("get")) {
			String query = fields.isEmpty() ? "" : "?" + Visitor.encoded(fields);
			return visitor.open(action.replaceFirst("\\?.*$", "") + query);
		}
		if (form.attr("enctype").equalsIgnoreCase("multipart/form-data")) {
			Map<String, Visitor.Attachment> sent = new java.util.LinkedHashMap<>();
			form.select("input[type=file][name]:not([disabled])")
				.forEach(input -> sent.put(input.attr("name"),
						files.getOrDefault(input.attr("name"), new Visitor.Attachment("", new byte[0]))));
			return visitor.postMultipart(action, fields, sent);
		}
		return visitor.post(action, fields);
	}

	private List<Map.Entry<String, String>> fields(Element pressed) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (Element control : form.select("input[name], select[name], textarea[name], button[name]")) {
			String name = control.attr("name");
			if (control.hasAttr("disabled")) {
				continue;
			}
			switch (control.tagName()) {
				case "textarea" -> fields.add(new SimpleEntry<>(name, control.wholeText().replaceFirst("^\n", "")));
				case "select" -> {
					List<Element> selected = control.select("option[selected]");
					if (selected.isEmpty() && !control.hasAttr("multiple") && control.selectFirst("option") != null) {
						selected = List.of(control.selectFirst("option"));
					}
					selected.forEach(option -> fields.add(new SimpleEntry<>(name, option.val())));
				}
				case "button" -> {
					if (control == pressed) {
						fields.add(new SimpleEntry<>(name, control.val()));
					}
				}
				default -> {
					String type = control.attr("type").toLowerCase();
					switch (type) {
						case "checkbox", "radio" -> {
							if (control.hasAttr("checked")) {
								fields.add(new SimpleEntry<>(name, control.hasAttr("value") ? control.val() : "on"));
							}
						}
						case "submit", "image" -> {
							if (control == pressed) {
								fields.add(new SimpleEntry<>(name, control.val()));
							}
						}
						case "file", "reset", "button" -> {
						}
						default -> fields.add(new SimpleEntry<>(name, control.val()));
					}
				}
			}
		}
		return fields;
	}

	private Element control(String name) {
		Element control = form.selectFirst("[name=" + name + "]");
		assertThat(control).as("field " + name + " in the form on " + page.path()).isNotNull();
		return control;
	}

	private Element checkbox(String name, String value) {
		Element box = form.selectFirst("input[type=checkbox][name=" + name + "][value=\"" + value + "\"]");
		assertThat(box).as("checkbox " + name + "=" + value + " on " + page.path()).isNotNull();
		return box;
	}

}
