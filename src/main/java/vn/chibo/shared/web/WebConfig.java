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
        registry.addFormatterForFieldType(java.time.LocalDate.class, new org.springframework.format.Formatter<java.time.LocalDate>() {
            @Override
            public java.time.LocalDate parse(String text, Locale locale) {
                return DateInput.parseDate(text);
            }

            @Override
            public String print(java.time.LocalDate value, Locale locale) {
                return DateInput.print(value);
            }
        });
        registry.addFormatterForFieldType(java.time.LocalTime.class, new org.springframework.format.Formatter<java.time.LocalTime>() {
            @Override
            public java.time.LocalTime parse(String text, Locale locale) {
                return DateInput.parseTime(text);
            }

            @Override
            public String print(java.time.LocalTime value, Locale locale) {
                return DateInput.print(value);
            }
        });
        registry.addFormatterForFieldType(java.time.YearMonth.class, new org.springframework.format.Formatter<java.time.YearMonth>() {
            @Override
            public java.time.YearMonth parse(String text, Locale locale) {
                return DateInput.parseMonth(text);
            }

            @Override
            public String print(java.time.YearMonth value, Locale locale) {
                return DateInput.print(value);
            }
        });
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
