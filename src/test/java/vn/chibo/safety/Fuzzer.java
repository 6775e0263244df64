package vn.chibo.safety;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * What to send to each endpoint: its URL templates, methods, query parameters, form fields or JSON body fields (read
 * from the handler method's signature), and the hostile values for each kind of field.
 */
final class Fuzzer {

    /** The kinds of hostile input each endpoint receives. */
    enum Variant { WRONG_TYPE, NEGATIVE, HUGE, CONTROL, BAD_DATE, NULLS }

    static final String HUGE_TEXT = "Đ".repeat(100_000);
    static final List<String> PATH_VALUES = List.of("1", "-1", "0", "99999999999999999999", "abc", "1.5", "9223372036854775807");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** One endpoint: URL template, HTTP method, query parameters, form or body fields (name → Java type). */
    record Endpoint(String template, String method, boolean api, Map<String, Class<?>> query,
                    Map<String, Class<?>> fields, boolean jsonBody, boolean multipart, String handler) {

        List<String> urls() {
            List<String> urls = new ArrayList<>();
            if (!PATH_VARIABLE.matcher(template).find()) {
                return List.of(template);
            }
            for (String value : PATH_VALUES) {
                Matcher m = PATH_VARIABLE.matcher(template);
                urls.add(m.replaceAll(r -> r.group(1).equals("period") || r.group(1).equals("stage") || r.group(1).equals("group")
                        ? (value.equals("1") ? "Q1" : value) : value));
            }
            return urls;
        }
    }

    private Fuzzer() {
    }

    static List<Endpoint> endpoints(Map<RequestMappingInfo, HandlerMethod> mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.forEach((info, handler) -> {
            Set<String> patterns = info.getPatternValues();
            Set<?> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Object::toString).toList();
            for (String pattern : patterns) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")
                        || pattern.contains("**") || pattern.startsWith("/actuator")) {
                    continue;
                }
                boolean api = pattern.startsWith("/api/");
                for (String method : names) {
                    Map<String, Class<?>> query = new LinkedHashMap<>();
                    Map<String, Class<?>> fields = new LinkedHashMap<>();
                    boolean json = false;
                    boolean multipart = false;
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        parameter.initParameterNameDiscovery(NAMES);
                        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                        Class<?> type = parameter.getParameterType();
                        if (parameter.hasParameterAnnotation(PathVariable.class)) {
                            continue;
                        }
                        if (param != null) {
                            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                                    : parameter.getParameterName();
                            if (MultipartFile.class.isAssignableFrom(type)) {
                                multipart = true;
                                fields.put(name, MultipartFile.class);
                            } else if (!Map.class.isAssignableFrom(type) && name != null) {
                                query.put(name, type);
                            }
                        } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                            json = true;
                            fields.putAll(fieldsOf(type));
                        } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                            fields.putAll(fieldsOf(type));
                        }
                    }
                    endpoints.add(new Endpoint(pattern, method, api, query, fields, json, multipart,
                            handler.getShortLogMessage()));
                }
            }
        });
        return endpoints;
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("vn.chibo") && !type.isEnum() && !type.isInterface();
    }

    static Map<String, Class<?>> fieldsOf(Class<?> type) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), c.getType());
            }
        } else if (type.getName().startsWith("vn.chibo")) {
            for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(type)) {
                Method setter = p.getWriteMethod();
                if (setter != null) {
                    fields.put(p.getName(), p.getPropertyType());
                }
            }
        }
        return fields;
    }

    /** A JSON value for a field of {@code type}. */
    static String json(Class<?> type, Variant variant) {
        if (variant == Variant.NULLS) {
            return "null";
        }
        if (variant == Variant.WRONG_TYPE) {
            return isText(type) ? "{\"nested\": [1, 2]}" : "\"abc\"";
        }
        if (isNumber(type)) {
            return switch (variant) {
                case NEGATIVE -> "-1";
                case HUGE -> type == int.class || type == Integer.class ? "2147483647" : "9223372036854775807";
                case CONTROL -> "0";
                default -> "1.5";
            };
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return switch (variant) {
                case NEGATIVE -> "\"0001-01-01\"";
                case HUGE -> "\"9999-12-31\"";
                case CONTROL -> "\"2026-12-06\u0000\"".replace("\u0000", "\\u0000");
                default -> "\"2026-02-30\"";
            };
        }
        if (type == boolean.class || type == Boolean.class) {
            return variant == Variant.BAD_DATE ? "\"maybe\"" : "true";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return variant == Variant.HUGE ? "[" + "\"x\",".repeat(5000) + "\"x\"]" : "[-1, \"\\u0000\", null]";
        }
        if (type.isEnum()) {
            return variant == Variant.CONTROL ? "\"\\u0000\"" : "\"NO_SUCH_VALUE\"";
        }
        return "\"" + text(variant).replace("\u0000", "\\u0000").replace("\u0007", "\\u0007") + "\"";
    }

    /** A form or query value for a field of {@code type}. */
    static String form(Class<?> type, Variant variant) {
        if (variant == Variant.NULLS) {
            return "";
        }
        if (variant == Variant.WRONG_TYPE) {
            return isText(type) ? "[]" : "abc";
        }
        if (isNumber(type)) {
            return switch (variant) {
                case NEGATIVE -> "-1";
                case HUGE -> type == int.class || type == Integer.class ? "2147483647" : "9223372036854775807";
                case CONTROL -> "1\u0000";
                default -> "99999999999999999999";
            };
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return switch (variant) {
                case NEGATIVE -> "0001-01-01";
                case HUGE -> "9999-12-31";
                case CONTROL -> "2026-12-06\u0000";
                default -> "2026-02-30";
            };
        }
        return text(variant);
    }

    private static String text(Variant variant) {
        return switch (variant) {
            case NEGATIVE -> "-1";
            case HUGE -> HUGE_TEXT;
            case CONTROL -> "Chi bộ\u0000\u0007 thử";
            case BAD_DATE -> "2026-02-30";
            default -> "abc";
        };
    }

    private static boolean isText(Class<?> type) {
        return type == String.class || type.isEnum();
    }

    private static boolean isNumber(Class<?> type) {
        return type == int.class || type == long.class || type == short.class || type == double.class
                || Number.class.isAssignableFrom(type);
    }
}
