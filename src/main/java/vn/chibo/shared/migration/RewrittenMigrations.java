package vn.chibo.shared.migration;

import java.util.List;
import java.util.Optional;

/**
 * The migrations whose files issue 11 rewrote without changing a statement (vendor twins merged into
 * {@code db/migration/common} with placeholders; a comment added to the vendor files kept): per vendor and version, the
 * Flyway checksum of the file a database was migrated with before, and that of the file now. Never add to this list
 * to excuse an edit of an applied migration: write a new version instead.
 */
final class RewrittenMigrations {

    record Rewrite(String vendor, String version, int before, int after) {
    }

    private static final List<Rewrite> ALL = List.of(
            new Rewrite(MigrationPlaceholders.H2, "2", -406667796, 1521990652),
            new Rewrite(MigrationPlaceholders.H2, "7", 588690616, 110861231),
            new Rewrite(MigrationPlaceholders.H2, "8", 1149208640, 1544743796),
            new Rewrite(MigrationPlaceholders.H2, "10.1", 1001063968, -2137005381),
            new Rewrite(MigrationPlaceholders.H2, "11.1", 1949696326, -1631046326),
            new Rewrite(MigrationPlaceholders.H2, "12", 1756301042, -13085662),
            new Rewrite(MigrationPlaceholders.H2, "13.1", -1125018863, -608472047),
            new Rewrite(MigrationPlaceholders.H2, "15.1", 1459320117, -990775462),
            new Rewrite(MigrationPlaceholders.H2, "20", 661297853, 872501567),
            new Rewrite(MigrationPlaceholders.H2, "21", -1269154832, 1180302318),
            new Rewrite(MigrationPlaceholders.H2, "22", -1876753404, -1534779420),
            new Rewrite(MigrationPlaceholders.H2, "23", -1227685381, 1078493394),
            new Rewrite(MigrationPlaceholders.H2, "28", -1216433106, 484671432),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "2", -1033869888, 2143698811),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "7", 200988999, 110861231),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "8", 182038111, 1544743796),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "10.1", -782660569, -2137005381),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "11.1", 91865405, -1631046326),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "12", 909198792, -13085662),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "13.1", 263530633, -608472047),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "15.1", 487587509, -2130117774),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "20", -1268346562, 872501567),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "21", 1313195425, -1690652109),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "22", 1363162385, -1534779420),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "23", -355746771, 1078493394),
            new Rewrite(MigrationPlaceholders.POSTGRESQL, "28", -1648898414, -764593372)
    );

    private RewrittenMigrations() {
    }

    static Optional<Rewrite> of(String vendor, String version) {
        return ALL.stream().filter(r -> r.vendor().equals(vendor) && r.version().equals(version)).findFirst();
    }

    static List<Rewrite> all() {
        return ALL;
    }
}
