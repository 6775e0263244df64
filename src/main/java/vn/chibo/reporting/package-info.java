/**
 * Báo cáo sơ kết / tổng kết: the review report of an organization and period as DOCX and PDF in the customary party
 * document layout, built from {@link vn.chibo.statistics.ReviewFigures}, on a template a unit may replace (versioned per
 * organization, the nearest ancestor's applies), and the figures workbook (XLSX). Nothing here counts anything: every
 * figure comes from the statistics module's {@link vn.chibo.statistics.Review}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.chibo.reporting;
