package vn.chibo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a paged list, for the one pagination fragment ({@code fragments/pages :: pages(pager)}):
 * the address being shown with another {@code page} (and, for keyset lists, another bound), every other
 * parameter — the filter — kept as it is. Used from templates as {@code ${@pageLinks.of(page, pages)}}.
 */
@Component("pageLinks")
public class PageLinks {

    /** Page {@code page} (from 0) of {@code pages}. */
    public Pager of(int page, int pages) {
        return new Pager(page, pages, page > 0 ? to(page - 1, Map.of()) : null,
                page + 1 < pages ? to(page + 1, Map.of()) : null);
    }

    /** Page {@code page} of a list whose end is only known as "there is a next page". */
    public Pager open(int page, boolean hasNext) {
        return new Pager(page, null, page > 0 ? to(page - 1, Map.of()) : null, hasNext ? to(page + 1, Map.of()) : null);
    }

    /**
     * Page {@code page} of {@code pages} read by keyset: the next page starts after {@code lastId}; the page
     * before ends before {@code firstId} (the first page needs no bound).
     */
    public Pager keyset(int page, int pages, Object firstId, Object lastId) {
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("after", null);
        back.put("before", page > 1 ? firstId : null);
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("before", null);
        forward.put("after", lastId);
        return new Pager(page, pages, page > 0 ? to(page - 1, back) : null, page + 1 < pages ? to(page + 1, forward) : null);
    }

    /** The current address (path and query, as requested) with {@code page} and the given parameters replaced; null removes. */
    String to(int page, Map<String, Object> replaced) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String query = request.getQueryString();
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
        link.replaceQueryParam("page", page);
        replaced.forEach((name, value) -> {
            if (value == null) {
                link.replaceQueryParam(name);
            } else {
                link.replaceQueryParam(name, value);
            }
        });
        return link.build(true).toUriString();
    }

    /**
     * One page of a list: its number (from 0), the number of pages when known, and the links to the pages
     * beside it (null where there is none).
     */
    public record Pager(int page, Integer pages, String previousHref, String nextHref) {

        public boolean shown() {
            return previousHref != null || nextHref != null;
        }
    }
}
