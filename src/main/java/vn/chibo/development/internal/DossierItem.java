package vn.chibo.development.internal;

/** Hồ sơ kết nạp: the forms 1-KNĐ to 9-KNĐ and what else the dossier holds. */
public enum DossierItem {
    /** 1-KNĐ: đơn xin vào Đảng. */
    FORM_1,
    /** 2-KNĐ: lý lịch của người xin vào Đảng. */
    FORM_2,
    /** 3-KNĐ: giấy giới thiệu người vào Đảng (đảng viên chính thức giới thiệu). */
    FORM_3,
    /** 4-KNĐ: tổng hợp ý kiến nhận xét của tổ chức đoàn thể và chi ủy nơi cư trú. */
    FORM_4,
    /** 5-KNĐ: nghị quyết giới thiệu đoàn viên ưu tú vào Đảng. */
    FORM_5,
    /** 6-KNĐ: nghị quyết đề nghị kết nạp của chi bộ. */
    FORM_6,
    /** 7-KNĐ: báo cáo thẩm định của cấp ủy cấp trên. */
    FORM_7,
    /** 8-KNĐ: nghị quyết của đảng ủy cơ sở. */
    FORM_8,
    /** 9-KNĐ: quyết định kết nạp đảng viên. */
    FORM_9
}
