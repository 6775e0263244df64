package vn.chibo.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;

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
}
