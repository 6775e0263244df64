package vn.chibo.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chibo.access.SignInBookkeepingTest.anAddress;
import static vn.chibo.access.SignInBookkeepingTest.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.SessionCookie;
import vn.chibo.support.IntegrationTest;

/** The API skips CSRF only for requests signed in by HTTP Basic without a session. */
@IntegrationTest
class ApiCsrfTest {

    @Autowired
    MockMvc mvc;

    private Cookie browserSession() throws Exception {
        return SessionCookie.of(mvc.perform(login("canbo", "demo", anAddress())).andExpect(redirectedUrl("/"))
                .andReturn());
    }

    @Test
    void aSessionWithAnyOtherAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/people").cookie(browserSession()).header("Authorization", "Bearer x")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSessionWithBasicCredentialsStillNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/people").cookie(browserSession()).with(httpBasic("canbo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void httpBasicWithoutASessionNeedsNoCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic("canbo", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }
}
