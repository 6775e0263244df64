package vn.chibo.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of rule document whose body is one record of settings, shipped in the plain form ({@link ShippedRule#plain})
 * under {@code classpath:<folder>/*.json}, with page texts under {@code <folder>.rules}: the mentoring and party
 * development rules. The module gives how its body is read ({@code parse}) and written ({@code write}).
 *
 * @param <R> the module's rules record
 */
public abstract class PlainRuleKind<R> implements RuleKind {

    private final RuleDocuments documents;
    private final Rulebook.Kind kind;
    private final String folder;
    private final Function<String, R> parse;
    private final Function<R, String> write;

    protected PlainRuleKind(RuleDocuments documents, Rulebook.Kind kind, String folder, Function<String, R> parse,
                            Function<R, String> write) {
        this.documents = documents;
        this.kind = kind;
        this.folder = folder;
        this.parse = parse;
        this.write = write;
    }

    @Override
    public Rulebook.Kind kind() {
        return kind;
    }

    @Override
    public String shippedLocation() {
        return "classpath:" + folder + "/*.json";
    }

    @Override
    public ShippedRule readShipped(String text) {
        return ShippedRule.plain(kind, text, "definition");
    }

    @Override
    public String checkedBody(String json) {
        return write.apply(parse.apply(json));
    }

    @Override
    public String messagePrefix() {
        return folder + ".rules";
    }

    /**
     * The rules of the revision in force for an organization on a date (the newest covering the year whose owner is
     * nearest above it), if any.
     */
    protected Optional<R> inForce(String orgPath, LocalDate on) {
        return documents.inForce(kind, orgPath, on).map(r -> parse.apply(r.getDefinitionJson()));
    }

    /** A new revision, in force at once, for everywhere (administrators) or an organization's subtree. */
    public Rulebook revise(String code, String definitionJson, int yearFrom, Integer yearTo, Long ownerOrgId) {
        return documents.reviseAndPublish(new RuleDocuments.Revision(kind, code, null, null, definitionJson, yearFrom, yearTo,
                null, ownerOrgId));
    }
}
