package vn.chibo.importing.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.chibo.shared.security.Permission;

/** What an import file holds; the name is the one in the API ({@code ?kind=people}). */
public enum ImportKind {
    ORGANIZATIONS("organizations", Permission.CHANGE_ORGANIZATIONS),
    PEOPLE("people", Permission.CHANGE_PEOPLE),
    MENTORING("mentoring", Permission.MANAGE_MENTORING),
    AWARDS("awards", Permission.RECORD_AWARDS),
    DISCIPLINE("discipline", Permission.RECORD_DISCIPLINE),
    CLASSIFICATION("classification", Permission.DECIDE_MODELS);

    private final String apiName;
    private final Permission permission;

    ImportKind(String apiName, Permission permission) {
        this.apiName = apiName;
        this.permission = permission;
    }

    public String apiName() {
        return apiName;
    }

    /** The permission the records of this kind need (scope is checked row by row). */
    public Permission permission() {
        return permission;
    }

    public static Optional<ImportKind> of(String apiName) {
        return Arrays.stream(values()).filter(k -> k.apiName.equalsIgnoreCase(apiName == null ? "" : apiName.strip())).findFirst();
    }
}
