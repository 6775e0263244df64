package vn.chibo.meeting.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The points given by hand to a meeting's manual rubric items ({@code values[ORDER]}), at the version shown. */
public class ScoresForm {

    private Map<String, String> values = new LinkedHashMap<>();
    private long version = -1;

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
