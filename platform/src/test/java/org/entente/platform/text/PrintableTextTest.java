package org.entente.platform.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.platform.problem.BodyErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The attack suite found it (WriteAttackIT): a NUL, a control character or a lone surrogate in a proposal's text
 * was accepted and stored, and PostgreSQL's jsonb cannot hold a NUL, so the read side would have parked the
 * partnership for good. Such text is now refused as the body is read, naming where and which character.
 */
class PrintableTextTest {

    record Body(String title, List<String> recommendations) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new PrintableText());

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800", "x\\udc00y",
            "\\uffff"})
    void aCharacterNoOneCanRead_isRefused_namingWhereAndWhich(String escaped) {
        String body = "{\"title\":\"ok\",\"recommendations\":[\"fine\",\"" + escaped + "\"]}";

        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOfSatisfying(UnprintableText.class,
                e -> assertThat(BodyErrors.describe(new HttpMessageNotReadableException("", e,
                        new MockHttpInputMessage(new byte[0])))).startsWith("The text at recommendations[1] holds "
                        + "the character U+").endsWith("only printable characters, tabs and line breaks are."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Convention territoriale globale", "Deux lignes\\navec\\ttabulation\\r\\n",
            "Émoji accepté : \\ud83e\\udd1d", "Ligue de l'Enseignement — 57", "中文"})
    void printableText_tabsAndLineBreaks_areAccepted(String escaped) throws Exception {
        Body body = json.readValue("{\"title\":\"" + escaped + "\",\"recommendations\":[]}", Body.class);

        assertThat(PrintableText.firstUnprintable(body.title())).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\":null,\"recommendations\":null}", "{}"})
    void absentText_isLeftToTheValidation(String body) throws Exception {
        assertThat(json.readValue(body, Body.class).title()).isNull();
    }
}
