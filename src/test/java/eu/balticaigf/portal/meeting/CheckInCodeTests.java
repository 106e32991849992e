package eu.balticaigf.portal.meeting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInCodeTests {

	/**
	 * Links whose code, with the mask the encoder prefers, zxing's detector cannot find
	 * (found among 2,000 random links).
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"http://localhost:43563/staff/meetings/info-meeting-44221/check-in/WPjyMdZKsyzmaKWXFkbgtylQvyk98gV9YhmcnAH4BaE",
			"http://localhost:58248/staff/meetings/info-meeting-8219/check-in/vb5RyEEK3FQZbDCRS5FRan9O1IcNNM-0FVu905VWX0Y",
			"http://localhost:33115/staff/meetings/info-meeting-10944/check-in/cFDj3G4BkBiKSz6SVhxfZ4VqJtA3_Wa6PzPExahVais" })
	void everyCodeIsFoundByAScannerEvenWhenItsPreferredMaskHidesIt(String url) throws Exception {
		assertThat(MeetingMailTests.decodeQr(CheckInCode.png(url))).isEqualTo(url);
	}

}
