package eu.balticaigf.portal.privacy;

import eu.balticaigf.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTests {

	@Test
	void eMailAddressesAreMaskedInTheLog(CapturedOutput output) {
		LoggerFactory.getLogger(LogMaskingTests.class).warn("Could not deliver to ona.petraite@example.lt, retrying");
		assertThat(output.getOut()).contains("Could not deliver to o***@example.lt, retrying")
			.doesNotContain("ona.petraite@example.lt");
	}

}
