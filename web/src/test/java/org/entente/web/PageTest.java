package org.entente.web;

import org.entente.web.api.Calendars;
import org.entente.web.api.CommandService;
import org.entente.web.api.Deadlines;
import org.entente.web.api.PersonalData;
import org.entente.web.api.QueryService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages without a browser: the whole web application in a mock servlet environment, with the two services
 * replaced by mocks, signed in through the development sign-in as a real person would be.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class PageTest {

    @Autowired
    protected MockMvc mvc;
    @MockitoBean
    protected QueryService query;
    @MockitoBean
    protected CommandService commands;
    @MockitoBean
    protected Calendars calendars;
    @MockitoBean
    protected PersonalData personalData;

    /** A partnership without deadlines unless a test gives it some. */
    @BeforeEach
    void noDeadlines() {
        when(calendars.ofPartnership(any())).thenReturn(new Deadlines(LocalDate.of(2026, 12, 1), List.of()));
    }

    /** A session signed in as the listed person at that index of the development sign-in. */
    protected MockHttpSession signedInAs(int index) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/signin/person").param("index", Integer.toString(index)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    /** A session signed in as the listed person of that subject (claire-martin, anne-audit, remi-rapport…). */
    protected MockHttpSession signedInAs(String subject) throws Exception {
        Document signIn = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/signin"), 200);
        String index = signIn.select("button[data-person=" + subject + "]").first().parent()
                .select("input[name=index]").val();
        return signedInAs(Integer.parseInt(index));
    }

    protected Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
