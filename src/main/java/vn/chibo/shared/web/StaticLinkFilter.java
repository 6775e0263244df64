package vn.chibo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.context.support.ServletContextResource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (which turns a page's links to static files into their versioned form,
 * {@code /webjars/bootstrap/css/…} → {@code /webjars/bootstrap/5.3.8/css/…}), asked only about links that can name a
 * static file. Spring asks its resource resolvers about every link a page builds ({@code @{…}} in a template), and
 * with the static files served from {@code /**} each question about a link to a page ({@code /organizations/12/meetings})
 * looks the path up in every static location on the class path, to find nothing: 300 links made up about half of the
 * rendering of a province's meeting overview (measured, 2026-12-07). A static file's path starts with a name found at
 * the top of a static location ({@code css}, {@code img}, {@code js}, {@code webjars}, …) or with the literal prefix of
 * another resource mapping; any other link is passed on unchanged, as Spring would after finding nothing. When a static
 * location cannot be listed, every link is asked about, as before. Assumes the dispatcher servlet is mapped at
 * {@code /} (the Spring Boot default).
 */
class StaticLinkFilter extends ResourceUrlEncodingFilter {

    private final ObjectProvider<ResourceUrlProvider> provider;
    /** What may name a static file, once the resource mappings are known. */
    private volatile Roots known;

    /** First path segments that may name a static file, or {@code all}: every link may (a location could not be listed). */
    private record Roots(Set<String> names, boolean all) {
    }

    StaticLinkFilter(ObjectProvider<ResourceUrlProvider> provider) {
        this.provider = provider;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            super.doFilter(request, response, chain);
            return;
        }
        String context = http.getContextPath();
        // Spring's wrapper (asks the resolvers, then encodes) for links to static files; the plain response for the rest
        super.doFilter(request, response, (req, encoding) -> chain.doFilter(req,
                new HttpServletResponseWrapper((HttpServletResponse) encoding) {
                    @Override
                    public String encodeURL(String url) {
                        return mayNameStaticFile(url, context) ? super.encodeURL(url) : plain.encodeURL(url);
                    }
                }));
    }

    /** Whether a link may name a static file: anything but an absolute path in this application under another first segment. */
    boolean mayNameStaticFile(String url, String context) {
        if (url == null || !url.startsWith(context + "/")) {
            return true;
        }
        Roots roots = roots();
        if (roots.all()) {
            return true;
        }
        int start = context.length() + 1;
        int end = start;
        while (end < url.length() && "/?#;".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return roots.names().contains(url.substring(start, end));
    }

    private Roots roots() {
        Roots roots = known;
        if (roots != null) {
            return roots;
        }
        ResourceUrlProvider urls = provider.getIfAvailable();
        if (urls == null || urls.getHandlerMap().isEmpty()) {
            // not ready yet (the mappings are found when the context is refreshed): ask about every link this time
            return new Roots(Set.of(), true);
        }
        Set<String> names = new HashSet<>();
        boolean all = false;
        try {
            for (Map.Entry<String, ResourceHttpRequestHandler> mapping : urls.getHandlerMap().entrySet()) {
                String literal = mapping.getKey().replaceFirst("[*{?].*$", "");
                String first = literal.replaceFirst("^/", "").replaceFirst("/.*$", "");
                if (!first.isEmpty()) {
                    names.add(first);
                } else {
                    for (Resource location : mapping.getValue().getLocations()) {
                        all |= !addTopNames(location, names);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            all = true;
        }
        roots = new Roots(Set.copyOf(names), all);
        known = roots;
        return roots;
    }

    /** The names at the top of a static location; false when the location is of a kind that cannot be listed. */
    private boolean addTopNames(Resource location, Set<String> names) throws IOException {
        if (location instanceof ClassPathResource classPath) {
            String path = classPath.getPath().endsWith("/") ? classPath.getPath() : classPath.getPath() + "/";
            for (Resource child : new PathMatchingResourcePatternResolver(classPath.getClassLoader()).getResources("classpath*:" + path + "*")) {
                String url = child.getURL().toString().replaceFirst("/+$", "");
                names.add(url.substring(url.lastIndexOf('/') + 1));
            }
            return true;
        }
        if (location instanceof ServletContextResource servlet) {
            ServletContext context = servlet.getServletContext();
            String path = servlet.getPath().endsWith("/") ? servlet.getPath() : servlet.getPath() + "/";
            Set<String> children = context.getResourcePaths(path);
            if (children != null) {
                children.forEach(child -> names.add(child.substring(path.length()).replaceFirst("/+$", "")));
            }
            return true;
        }
        return false;
    }
}
