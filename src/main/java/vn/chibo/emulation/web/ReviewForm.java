package vn.chibo.emulation.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A period's self-review as posted: the period, and per indicator code its result ({@code values[C1.2]}: a number,
 * or true/false for an indicator that is met or not) and an optional note ({@code notes[C1.2]}).
 */
public class ReviewForm {

    private String period;
    private Map<String, String> values = new LinkedHashMap<>();
    private Map<String, String> notes = new LinkedHashMap<>();

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public void setNotes(Map<String, String> notes) {
        this.notes = notes;
    }
}
