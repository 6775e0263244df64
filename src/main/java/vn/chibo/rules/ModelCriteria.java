package vn.chibo.rules;

import java.util.List;

/**
 * The criteria of the emulation models in force (Chi bộ 4 tốt, Đảng viên 5 tốt...), for other modules
 * that refer to them — an inspection finding names the criterion it concerns.
 */
public interface ModelCriteria {

    /** One criterion of a model, named in the reader's language. */
    record Criterion(String modelCode, String modelName, String code, String name) {
    }

    /** Criteria and their indicators of the published shared models in force in a year, model by model, in rulebook order. */
    List<Criterion> inForce(int year);

    /** True when {@code code} is a criterion or indicator code of a model in force in the year. */
    default boolean known(int year, String code) {
        return inForce(year).stream().anyMatch(c -> c.code().equals(code));
    }
}
