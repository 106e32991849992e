package eu.balticaigf.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import eu.balticaigf.portal.PortalTest;
import eu.balticaigf.portal.pages.Visitor;
import eu.balticaigf.portal.shared.TestFiles;
import eu.balticaigf.portal.staff.Role;
import eu.balticaigf.portal.staff.StaffSignInSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Issue 15, done when: a call is made entirely in the back office (the demo call cloned,
 * a choice question, a question asked only for one of its answers and a file upload
 * added, published), an applicant applies with a file at 390 px, and staff see the
 * answers on the application's page, in both exports and in the API. axe on every page.
 */
class CallQuestionsBrowserTests extends BrowserTest {

	private static final List<String> LANGUAGES = List.of("lt", "en", "pl", "lv", "et");

	@Test
	void aCallMadeInTheBackOfficeTakesAnApplicationWithAFile() throws Exception {
		StaffSignInSupport.Account admin = StaffSignInSupport.create(context, Role.ADMIN);
		open("/staff/login?lang=en");
		type("username", admin.email());
		type("password", admin.password());
		clickAndWaitForPage(By.cssSelector("main button[type=submit]"));

		String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		open("/staff/calls/demo/clone");
		type("slug", slug);
		clickAndWaitForPage(By.cssSelector("#clone-form button[type=submit]"));
		assertThat(browser.findElement(By.id("copied")).getText())
			.contains("Questions of the application form, with the answers they depend on");
		assertNoAccessibilityViolations();

		// The clone brought the demo call's questions; this call asks its own instead.
		open("/staff/calls/" + slug + "/questions");
		for (String key : List.of("siteGridMw", "siteOffer")) {
			clickAndWaitForPage(By.id("remove-" + key));
		}
		addQuestion(slug, "hosting", "SINGLE_CHOICE", "Will you host equipment?", () -> {
			choice(0, "YES", "yes");
			choice(1, "NO", "no");
		});
		addQuestion(slug, "hostingKw", "NUMBER", "Power you can host", () -> {
			type("unit", "kW");
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("shownWhen")))
				.selectByValue("hosting=YES");
		});
		addQuestion(slug, "letter", "FILE", "Letter of intent", () -> {
			browser.findElement(By.cssSelector("label[for='kinds']")).click();
		});
		assertNoAccessibilityViolations();
		assertFitsNarrowScreen();
		open("/staff/calls/" + slug);
		clickAndWaitForPage(By.id("publish"));

		// An applicant on a phone.
		browser.manage().deleteAllCookies();
		open("/calls/" + slug + "/apply?lang=en");
		assertFitsNarrowScreen();
		assertNoAccessibilityViolations();
		String email = "browser-questions-" + System.nanoTime() + "@example.lt";
		type("organisationName", "UAB „Šviesolaidis“");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("country"))).selectByValue("LT");
		type("registryCode", "3" + (10_000_000 + (long) (Math.random() * 89_999_999)));
		browser.findElement(By.cssSelector("label[for='category-5']")).click();
		browser.findElement(By.cssSelector("label[for='organisationSize-2']")).click();
		type("contactName", "Žydrūnė Petrauskaitė");
		type("contactEmail", email);
		browser.findElement(By.cssSelector("label[for='contributionAreas']")).click();
		type("description", "Kuriame duomenų centrų aušinimo sprendimus ir norime prisidėti prie gigagamyklos.");
		browser.findElement(By.cssSelector("label[for='q.hosting']")).click();
		type("q.hostingKw", "250");
		byte[] letter = TestFiles.pdf("We intend to host equipment.");
		Path file = Files.createTempFile("letter", ".pdf");
		Files.write(file, letter);
		browser.findElement(By.id("q.letter")).sendKeys(file.toString());
		((JavascriptExecutor) browser).executeScript("document.getElementById('consentPrivacy').checked = true;");
		clickAndWaitForPage(By.id("continue"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Will you host equipment? (en)",
				"yes (en)", "250 kW", file.getFileName().toString());
		assertNoAccessibilityViolations();
		clickAndWaitForPage(By.id("submit"));
		String reference = browser.findElement(By.id("application-reference")).getText();

		// Staff see the answers on the application's page, in both exports and the API.
		Visitor staff = signedIn(Role.REVIEWER);
		assertThat(staff.open("/staff/applications/" + reference).text()).contains("Will you host equipment? (en)",
				"yes (en)", "250 kW", file.getFileName().toString());
		String csv = staff.open("/staff/applications/export?format=csv&q=" + reference).body();
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",hosting,hostingKw,letter");
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).endsWith(",YES,250," + file.getFileName().toString());
		byte[] xlsx = mvc
			.perform(get("/api/v1/applications/export?format=xlsx&q=" + reference).header("Authorization",
					"Bearer " + PortalTest.API_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			Row row = workbook.getSheetAt(0).getRow(1);
			int last = header.getLastCellNum() - 1;
			assertThat(header.getCell(last - 2).getStringCellValue()).isEqualTo("hosting");
			assertThat(row.getCell(last - 2).getStringCellValue()).isEqualTo("YES");
			assertThat(row.getCell(last - 1).getStringCellValue()).isEqualTo("250");
		}
		mvc.perform(get("/api/v1/applications/" + reference).header("Authorization", "Bearer " + PortalTest.API_TOKEN))
			.andExpect(jsonPath("$.application.answers.hosting").value("YES"))
			.andExpect(jsonPath("$.application.answers.hostingKw").value(250))
			.andExpect(jsonPath("$.application.answers.letter.sha256")
				.value(eu.balticaigf.portal.shared.UploadedFiles.sha256(letter)));
		browser.manage().window().setSize(new Dimension(1280, 1024));
	}

	private void addQuestion(String slug, String key, String type, String label, Runnable more) {
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/staff/calls/" + slug + "/questions/new");
		type("key", key);
		browser.findElement(By.cssSelector("label[for='type-" + type + "'], label[for='type']")).isDisplayed();
		WebElement radio = browser.findElement(By.cssSelector("input[name=type][value=" + type + "]"));
		browser.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
		for (String code : LANGUAGES) {
			type("label-" + code, label + " (" + code + ")");
		}
		more.run();
		clickAndWaitForPage(By.id("save-question"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("The question was added");
	}

	private void choice(int row, String value, String label) {
		type("choices-" + row + "-value", value);
		for (String code : LANGUAGES) {
			type("choices-" + row + "-label-" + code, label + " (" + code + ")");
		}
	}

	private void assertFitsNarrowScreen() {
		browser.manage().window().setSize(new Dimension(390, 844));
		Object fits = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		assertThat(fits).as("no sideways scrolling at 390 px on " + browser.getCurrentUrl()).isEqualTo(true);
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}
