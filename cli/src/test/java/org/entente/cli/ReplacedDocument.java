package org.entente.cli;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.util.function.Function;

/**
 * A live page may replace its whole document between a condition's finding an element and reading it (a partner's
 * change appearing by itself). Chrome then reports the element found before as a node that "does not belong to the
 * document", an error of its inspector rather than a stale element, and a wait that did not read again failed on it
 * (WebJourneysIT, issue 30, requirement 7). Such a read is tried again; any other error ends the wait.
 */
final class ReplacedDocument {

    static final String CHROME_SAYS = "does not belong to the document";

    private ReplacedDocument() {
    }

    /** The condition, answering "not yet" when the document it read was replaced meanwhile. */
    static <T> Function<WebDriver, T> readAgain(Function<WebDriver, T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains(CHROME_SAYS)) {
                    return null;
                }
                throw e;
            }
        };
    }
}
