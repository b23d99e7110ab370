package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wait reads again when the live page replaced its document under it, and only then. */
class ReplacedDocumentTest {

    @Test
    void aNodeOfAReplacedDocument_isNotYet_soTheWaitReadsAgain() {
        // Chrome's words, as a fresh-clone loop of WebJourneysIT met them.
        Function<WebDriver, Boolean> replaced = driver -> {
            throw new WebDriverException("unknown error: unhandled inspector error: {\"code\":-32000,"
                    + "\"message\":\"Node with given id does not belong to the document\"}");
        };

        assertThat(ReplacedDocument.readAgain(replaced).apply(null)).isNull();
    }

    @Test
    void anyOtherError_endsTheWait() {
        Function<WebDriver, Boolean> crashed = driver -> {
            throw new WebDriverException("chrome not reachable");
        };

        assertThatThrownBy(() -> ReplacedDocument.readAgain(crashed).apply(null))
                .isInstanceOf(WebDriverException.class).hasMessageContaining("chrome not reachable");
    }

    @Test
    void anAnswer_isPassedOn() {
        assertThat(ReplacedDocument.readAgain(driver -> "Note : 4 sur 5").apply(null)).isEqualTo("Note : 4 sur 5");
    }
}
