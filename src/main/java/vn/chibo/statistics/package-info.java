/**
 * Số liệu sơ kết / tổng kết: exact figures of every capability for any organization the account may
 * see and any period, broken down by direct sub-organization and by year, with period locks (chốt số
 * liệu). {@link vn.chibo.statistics.ReviewFigures} is the façade; {@link vn.chibo.statistics.Review}
 * is its answer, the same shape as the API {@code GET /api/v1/statistics/review}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package vn.chibo.statistics;
