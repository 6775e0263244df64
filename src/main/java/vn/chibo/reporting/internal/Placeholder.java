package vn.chibo.reporting.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The placeholders a report template may hold, written {@code {{NAME}}} (documented in {@code docs/reporting.md}).
 * {@link #NOI_DUNG} must stand alone in a paragraph of the document's body; figures are written
 * {@code {{SO_LIEU:people.members}}} and handled apart.
 */
public enum Placeholder {
    /** The superior committee's name in capitals (empty at the top of the tree). */
    CAP_TREN,
    /** The issuing organization's name in capitals. */
    CO_QUAN,
    /** The issuing organization's name as written. */
    TEN_TO_CHUC,
    /** The place of the date line (setting {@code chibo.reporting.place}). */
    DIA_DANH,
    /** 'ngày 06 tháng 12 năm 2026': the day the report is produced. */
    NGAY_THANG,
    /** 'BÁO CÁO'. */
    TIEU_DE,
    /** 'Sơ kết 3 năm (2024–2026) thực hiện…': what the report is about. */
    TRICH_YEU,
    /** 'từ ngày 01/01/2024 đến ngày 31/12/2026'. */
    KY_BAO_CAO,
    /** The body: narrative, tables by unit, outstanding units, shortcomings, the figures table. */
    NOI_DUNG,
    /** The recipients, one a line. */
    NOI_NHAN,
    /** 'T/M ĐẢNG ỦY' or 'T/M CHI ỦY'. */
    THAY_MAT,
    /** 'BÍ THƯ'. */
    CHUC_VU_KY,
    /** 'Số liệu chốt ngày … bởi …' for a locked period, otherwise 'Số liệu tính đến …'. */
    NGUON_SO_LIEU;

    public static final String FIGURE_PREFIX = "SO_LIEU:";

    public String token() {
        return "{{" + name() + "}}";
    }

    public static Optional<Placeholder> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
