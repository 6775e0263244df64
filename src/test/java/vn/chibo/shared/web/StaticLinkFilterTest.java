package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The links a page builds are asked about as static files only when they can name one: links to static files are still
 * versioned, and every other link of the pages below is one Spring's resolvers would have left as it is.
 */
@IntegrationTest
class StaticLinkFilterTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/[^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    ResourceUrlProvider resources;
    @Autowired
    List<FilterRegistrationBean<?>> filters;

    @Test
    void onlyLinksThatCanNameAStaticFileAreAskedAbout() throws Exception {
        StaticLinkFilter filter = filters.stream().map(FilterRegistrationBean::getFilter)
                .filter(StaticLinkFilter.class::isInstance).map(StaticLinkFilter.class::cast).findFirst().orElseThrow();
        assertThat(filters.stream().map(FilterRegistrationBean::getFilter).filter(ResourceUrlEncodingFilter.class::isInstance))
                .as("Spring Boot's own filter stands down").hasSize(1);
        List<String> passedOn = new ArrayList<>();
        for (String[] page : new String[][] {{"canbo", "/meetings/overview"}, {"canbo", "/"}, {"bithu", "/meetings/overview"},
                {"canbo", "/people"}, {"admin", "/organizations"}}) {
            String html = mvc.perform(get(page[1]).with(user(demo.user(page[0])))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page[1] + ": webjars still versioned").containsPattern("/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap\\.min\\.css");
            assertThat(html).contains("/css/chibo.css");
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                String url = link.group(1).replace("&amp;", "&");
                if (!filter.mayNameStaticFile(url, "")) {
                    passedOn.add(url);
                    assertThat(resources.getForLookupPath(url)).as(url).isNull();
                }
            }
        }
        assertThat(passedOn).as("links to pages are passed on").hasSizeGreaterThan(100)
                .anyMatch(u -> u.startsWith("/meetings/overview?")).anyMatch(u -> u.startsWith("/organizations/"));
        assertThat(filter.mayNameStaticFile("/webjars/htmx.org/dist/htmx.min.js", "")).isTrue();
        assertThat(filter.mayNameStaticFile("/js/chibo.js", "")).isTrue();
        assertThat(filter.mayNameStaticFile("/img/chibo.svg", "")).isTrue();
        assertThat(filter.mayNameStaticFile("/organizations/12/meetings", "")).isFalse();
        assertThat(filter.mayNameStaticFile("/app/css/chibo.css", "/app")).isTrue();
        assertThat(filter.mayNameStaticFile("/app/meetings", "/app")).isFalse();
        assertThat(filter.mayNameStaticFile("https://example.org/x", "")).isTrue();
    }
}
