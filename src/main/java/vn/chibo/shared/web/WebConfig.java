package vn.chibo.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default whatever the browser says; '?lang=en' switches to English and is remembered in a cookie. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(VIETNAMESE);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * In place of Spring Boot's resource URL encoding filter (same dispatcher types): links to static files only
     * ({@link StaticLinkFilter}).
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>
            staticLinkEncodingFilter(org.springframework.beans.factory.ObjectProvider<
                    org.springframework.web.servlet.resource.ResourceUrlProvider> urls) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<
                org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>(new StaticLinkFilter(urls));
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("chibo-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Dates, times and months bound from forms and links the Vietnamese way (see {@link DateInput}). */
    @Override
    public void addFormatters(org.springframework.format.FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalDate.class, formatter(DateInput::parseDate, DateInput::print));
        registry.addFormatterForFieldType(java.time.LocalTime.class, formatter(DateInput::parseTime, DateInput::print));
        registry.addFormatterForFieldType(java.time.YearMonth.class, formatter(DateInput::parseMonth, DateInput::print));
    }

    private static <T> org.springframework.format.Formatter<T> formatter(java.util.function.Function<String, T> parse,
                                                                       java.util.function.Function<T, String> print) {
        return new org.springframework.format.Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return parse.apply(text);
            }

            @Override
            public String print(T value, Locale locale) {
                return print.apply(value);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
