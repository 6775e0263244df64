package vn.chibo.shared.migration;

import java.util.Map;

/**
 * The values of the Flyway placeholders that let one migration in {@code db/migration/common} serve H2 and
 * PostgreSQL alike (docs/migrations.md):
 * <ul>
 * <li>{@code ${collate_bytewise}}: after a path or sort-key column's type, so that subtree prefixes ({@code LIKE '/1/%'})
 * use the index and hex sort keys order byte-wise on PostgreSQL whatever the database locale; H2 already compares so.</li>
 * <li>{@code ${binary}}: a byte column without limit (the application caps sizes). {@code ${binary_4mb}},
 * {@code ${binary_10mb}} and {@code ${binary_50mb}} keep the limits the H2 columns of V7–V23 were created with
 * (MiB); PostgreSQL's bytea has none.</li>
 * </ul>
 */
public final class MigrationPlaceholders {

    /** Spring Boot's vendor id ({@code DatabaseDriver.getId()}), as in {@code db/migration/{vendor}}. */
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    private static final Map<String, Map<String, String>> BY_VENDOR = Map.of(
            H2, Map.of(
                    "collate_bytewise", "",
                    "binary", "VARBINARY",
                    "binary_4mb", "VARBINARY(4194304)",
                    "binary_10mb", "VARBINARY(10485760)",
                    "binary_50mb", "VARBINARY(52428800)"),
            POSTGRESQL, Map.of(
                    "collate_bytewise", "COLLATE \"C\"",
                    "binary", "BYTEA",
                    "binary_4mb", "BYTEA",
                    "binary_10mb", "BYTEA",
                    "binary_50mb", "BYTEA"));

    private MigrationPlaceholders() {
    }

    /** The placeholder values for a vendor; fails for a database the migrations were not written for. */
    public static Map<String, String> forVendor(String vendor) {
        Map<String, String> values = BY_VENDOR.get(vendor);
        if (values == null) {
            throw new IllegalStateException("ChiBo's migrations support " + BY_VENDOR.keySet() + ", not the database '"
                    + vendor + "'");
        }
        return values;
    }
}
