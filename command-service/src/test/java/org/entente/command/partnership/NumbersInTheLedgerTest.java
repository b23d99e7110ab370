package org.entente.command.partnership;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.entente.ledger.Envelope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, requirement 3: RFC 8785 writes a number as the double nearest to it, so the ledger commits to exactly
 * the number recorded only when that double gives it back. Every number a command accepts (at most 15 significant
 * digits) does; a longer one, which would have been committed as another number, is refused at the command.
 */
class NumbersInTheLedgerTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    /** 10^(11 + scale): the unscaled values of at most 11 digits before the point. */
    private static final long[] BOUND = {100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
            100_000_000_000_000L, 1_000_000_000_000_000L};
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Property(tries = 10_000)
    void everyNumberACommandAccepts_isCommittedAsItself(
            @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = 0, max = 4) int scale) throws Exception {
        // At most 11 digits before the point and `scale` after it: what the indicators' bound lets through.
        BigDecimal value = BigDecimal.valueOf(unscaled % BOUND[scale], scale);
        assertThat(VALIDATOR.validate(indicator(value))).as("%s is accepted", value.toPlainString()).isEmpty();

        assertThat(committed(value)).as(value.toPlainString()).isEqualByComparingTo(value);
    }

    @Test
    void aNumberOfSixteenDigitsOrMore_isRefused_forItWouldBeCommittedAsAnother() throws Exception {
        BigDecimal sixteen = new BigDecimal("1234567890123.457");
        assertThat(committed(new BigDecimal("12345678901234567"))).isNotEqualByComparingTo("12345678901234567");

        assertThat(VALIDATOR.validate(indicator(sixteen))).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("baseline", "target");
        assertThat(VALIDATOR.validate(indicator(sixteen))).extracting(v -> v.getMessage())
                .containsOnly("at most 11 digits before the decimal point and 4 after it");
        assertThat(VALIDATOR.validate(new LifecycleRequests.MeasurementRequest("places",
                new BigDecimal("123456789012.5")))).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("value");
        assertThat(VALIDATOR.validate(new TermsRequest.ContributionRequest("caf-moselle",
                org.entente.events.Terms.Contribution.Kind.FUNDING, "Aide", new BigDecimal("12345678901234.5"),
                new BigDecimal("1234567.5"), null))).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("amountEur", "fte");
    }

    private static TermsRequest.IndicatorRequest indicator(BigDecimal value) {
        return new TermsRequest.IndicatorRequest("places", "places", value, value);
    }

    /** The number as the ledger's canonical bytes hold it, in an event's data. */
    private static BigDecimal committed(BigDecimal value) throws Exception {
        Envelope envelope = new Envelope("e", "t.v1", "1", "p", 0, "2026-12-06T00:00:00Z", null, null, null, null,
                null, "{\"value\":" + value.toPlainString() + "}");
        String canonical = new String(envelope.canonicalBytes(), StandardCharsets.UTF_8);
        return JSON.readTree(canonical).at("/data/value").decimalValue();
    }
}
