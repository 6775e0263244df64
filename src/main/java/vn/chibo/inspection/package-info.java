/**
 * Kiểm tra, giám sát: annual inspection plans of party organizations, inspections and supervisions
 * of an organization or a member (kinds of Quy định 296-QĐ/TW), the subject's self-report, findings
 * (ưu điểm, khuyết điểm, vi phạm), remediation plans (khắc phục) verified action by action by the
 * inspector, repeat findings within the window of a versioned rule set, and the conclusion notice
 * (thông báo kết luận) as DOCX and PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection")
package vn.chibo.inspection;
