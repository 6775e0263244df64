package vn.chibo.rules;

/**
 * What a module contributes to the one rule store for its kind of rule document: where its shipped documents lie
 * and how its body (JSON) is read and checked. Registered as a bean, so the rule store depends on no module; the
 * store keeps revisions, years, owners, status and in-use marks for every kind alike.
 */
public interface RuleKind {

    Rulebook.Kind kind();

    /** The shipped documents of this kind, e.g. {@code classpath:mentoring/*.json}; installed on start when missing. */
    String shippedLocation();

    /** A shipped file read as a document to install, or {@code null} when the file is of another kind. */
    ShippedRule readShipped(String text);

    /**
     * The body checked and written the canonical way; throws {@code BusinessRuleException} with a Vietnamese message
     * when it is not a valid body of this kind.
     */
    String checkedBody(String json);

    /** Prefix of the kind's own page texts ({@code <prefix>.title}, {@code .help}, {@code .meta} ...). */
    String messagePrefix();

    /** Whether only administrators revise this kind (rules that apply everywhere alike, such as meeting rubrics). */
    default boolean administratorsOnly() {
        return false;
    }

    /** The day a body takes effect, for kinds whose body names it (meeting rubrics); {@code null} for the others. */
    default java.time.LocalDate validFrom(String checkedBody) {
        return null;
    }

    /** Message key of the refusal when an officer revises without naming the organization the revision is for. */
    default String ownerRequiredKey() {
        return messagePrefix() + ".error.owner";
    }

    /** A document as shipped: code, names, years (and the first day, for rules that change within a year), body. */
    record ShippedRule(Rulebook.Kind kind, SubjectKind subjectKind, String code, String nameVi, String nameEn,
                       String description, int yearFrom, Integer yearTo, java.time.LocalDate validFrom, String body) {

        private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

        /** A shipped file of the plain form: {@code code}, {@code name}, {@code yearFrom}, {@code yearTo}, and the body under {@code bodyField}. */
        public static ShippedRule plain(Rulebook.Kind kind, String text, String bodyField) {
            tools.jackson.databind.JsonNode node = JSON.readTree(text);
            String name = node.get("name").asString();
            tools.jackson.databind.JsonNode yearTo = node.get("yearTo");
            return new ShippedRule(kind, null, node.get("code").asString(), name, name, null, node.get("yearFrom").asInt(),
                    yearTo == null || yearTo.isNull() ? null : yearTo.asInt(), null, node.get(bodyField).toString());
        }
    }
}
