package vn.chibo.shared.security;

/**
 * What a role may do, always within the account's scope. {@link Role} says which role holds which; services ask
 * {@link ChiboUser#may(Permission)} and never compare roles themselves, so that this one table is the whole truth.
 */
public enum Permission {
    /** Tổ chức đảng: create, edit, move, merge, split and dissolve organizations. */
    CHANGE_ORGANIZATIONS,
    /** Đảng viên, quần chúng: records, transfers, status changes, positions. */
    CHANGE_PEOPLE,
    /** Sinh hoạt chi bộ: plan, run and record meetings. */
    RUN_MEETINGS,
    /** Phân công cấp ủy cấp trên dự sinh hoạt, mở lại biên bản: oversee the meetings of a subtree. */
    OVERSEE_MEETINGS,
    /** Dìu dắt: mentors, three-person groups, assignments. */
    MANAGE_MENTORING,
    /** Phát triển đảng: the steps of the pipeline taken by a cell. */
    DEVELOP_MEMBERS,
    /** Phát triển đảng: the steps taken by a committee (resolutions, decisions). */
    DECIDE_ADMISSIONS,
    /** Rule sets: rulebooks, rubrics, mentoring, development and inspection rules. */
    REVISE_RULES,
    /** Triển khai mô hình, mở đợt xếp loại: deploy emulation models and open classification rounds. */
    DEPLOY_MODELS,
    /** Đăng ký, kế hoạch, tự kiểm điểm: work on an organization's (or on members' behalf) emulation and classification. */
    WORK_ON_MODELS,
    /** Đề nghị, quyết định công nhận và xếp loại: propose and decide recognition and classification. */
    DECIDE_MODELS,
    /** Khen thưởng: record awards. */
    RECORD_AWARDS,
    /** Kỷ luật: record discipline decisions. */
    RECORD_DISCIPLINE,
    /** Gương người tốt, việc tốt: write and publish stories. */
    WRITE_GOOD_EXAMPLES,
    /** Kiểm tra, giám sát: plans, inspections, findings, verifying remediation. */
    INSPECT,
    /** The inspecting side's worklist and the subtree's inspection board. */
    OVERSEE_INSPECTIONS,
    /** Khắc phục: answer an inspection of one's organization (self-report, remediation actions). */
    RESPOND_TO_INSPECTION,
    /** Boards and overviews of a whole subtree (meetings, inspection). */
    READ_SUBTREE_BOARDS,
    /** Số liệu sơ kết, tổng kết: the review figures of the subtree, by unit and year. */
    READ_REVIEW_FIGURES,
    /** Chốt số liệu: freeze the review figures of a subtree and period (unlocking is the administrator's alone). */
    LOCK_REVIEW_FIGURES
}
