package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTest {

    private final PageLinks links = new PageLinks();

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theLinksKeepTheFilterAsTypedAndChangeOnlyThePage() {
        showing("/recognition/awards", "q=Nguy%E1%BB%85n+V%C4%83n&kind=ORGANIZATION&page=2");
        PageLinks.Pager pager = links.of(2, 5);
        assertThat(pager.previousHref()).isEqualTo("/recognition/awards?q=Nguy%E1%BB%85n+V%C4%83n&kind=ORGANIZATION&page=1");
        assertThat(pager.nextHref()).isEqualTo("/recognition/awards?q=Nguy%E1%BB%85n+V%C4%83n&kind=ORGANIZATION&page=3");
        assertThat(pager.pages()).isEqualTo(5);
        assertThat(pager.shown()).isTrue();
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        showing("/audit", null);
        assertThat(links.of(0, 3).previousHref()).isNull();
        assertThat(links.of(0, 3).nextHref()).isEqualTo("/audit?page=1");
        assertThat(links.of(2, 3).nextHref()).isNull();
        assertThat(links.of(0, 1).shown()).as("one page needs no pagination").isFalse();
    }

    @Test
    void aListWithoutACountGoesOnWhileThereIsANextPage() {
        showing("/notifications", "unread=true");
        PageLinks.Pager pager = links.open(1, false);
        assertThat(pager.pages()).isNull();
        assertThat(pager.previousHref()).isEqualTo("/notifications?unread=true&page=0");
        assertThat(pager.nextHref()).isNull();
    }

    @Test
    void aKeysetListMovesItsBoundWithThePage() {
        showing("/people", "q=lan&page=1&after=120");
        PageLinks.Pager pager = links.keyset(1, 4, 121, 170);
        assertThat(pager.nextHref()).isEqualTo("/people?q=lan&page=2&after=170");
        assertThat(pager.previousHref()).as("back to the first page, which needs no bound").isEqualTo("/people?q=lan&page=0");
        showing("/people", "q=lan&page=2&after=170");
        assertThat(links.keyset(2, 4, 171, 220).previousHref()).isEqualTo("/people?q=lan&page=1&before=171");
    }

    private static void showing(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
