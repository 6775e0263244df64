package vn.chibo.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gives every API operation and group of the documentation page a Vietnamese summary with the English
 * beside it, from the message bundles: {@code api.<method>.<path>} for an operation (e.g.
 * {@code api.get./api/v1/people/{id}}) and {@code api.tag.<tag>} for a group. Keeping the text in the
 * bundles rather than in annotations puts it beside the rest of the users' wording; {@code ApiSummariesTest}
 * fails when an operation has none.
 */
@Component
class ApiOperationSummaries implements OpenApiCustomizer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ApiOperationSummaries(MessageSource messages) {
        this.messages = messages;
    }

    static String operationKey(PathItem.HttpMethod method, String path) {
        return "api." + method.name().toLowerCase(Locale.ROOT) + "." + path;
    }

    static String tagKey(String tag) {
        return "api.tag." + tag;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, String> described = new java.util.HashMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> described.put(tagName(tag.getName()), tag.getDescription()));
        }
        List<String> tags = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                describe(operation, operationKey(entry.getKey(), path));
                if (operation.getTags() != null) {
                    List<String> named = operation.getTags().stream().map(this::tagName).toList();
                    named.stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
                    operation.setTags(new ArrayList<>(named));
                }
            }
        });
        api.setTags(tags.stream().map(name -> new Tag().name(name).description(described.get(name))).toList());
    }

    private void describe(Operation operation, String key) {
        String vietnamese = messages.getMessage(key, null, null, VIETNAMESE);
        if (vietnamese == null) {
            return;
        }
        String english = messages.getMessage(key, null, null, Locale.ENGLISH);
        operation.setSummary(vietnamese);
        String detail = operation.getDescription();
        StringBuilder description = new StringBuilder();
        if (english != null && !english.equals(vietnamese)) {
            description.append("*").append(english).append("*");
        }
        if (detail != null && !detail.isBlank()) {
            description.append(description.isEmpty() ? "" : "\n\n").append(detail);
        }
        if (!description.isEmpty()) {
            operation.setDescription(description.toString());
        }
    }

    private String tagName(String tag) {
        String vietnamese = messages.getMessage(tagKey(tag), null, null, VIETNAMESE);
        if (vietnamese == null) {
            return tag;
        }
        String english = messages.getMessage(tagKey(tag), null, null, Locale.ENGLISH);
        return english == null || english.equals(vietnamese) ? vietnamese : vietnamese + " — " + english;
    }
}
