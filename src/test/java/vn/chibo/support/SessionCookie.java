package vn.chibo.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The session cookie a response set. Sessions live in the database (Spring Session JDBC), so a test carries the
 * cookie to its next request, as a browser does, instead of the container's session object.
 */
public final class SessionCookie {

    public static final String NAME = "SESSION";

    private SessionCookie() {
    }

    public static Cookie of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(NAME);
        if (cookie == null) {
            throw new AssertionError("the response set no " + NAME + " cookie");
        }
        return cookie;
    }

    /**
     * Carries the session a response started (if it started one) to the next request: the way flash attributes
     * reach the page after a redirect, through the session store, as in a browser. MockMvc's own
     * {@code flashAttrs(...)} would put them in a container session that the shared store does not read.
     */
    public static RequestPostProcessor carriedFrom(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(NAME);
        return request -> {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        };
    }
}
