/**
 * Đánh giá, xếp loại chất lượng hằng năm: classification rounds per year and organization, each
 * subject's entry (self-classification, the cell's proposal, the committee's decision) and group
 * decisions with the rulebook's quota and order rules; the past results other modules read through
 * {@link vn.chibo.classification.ClassificationHistory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classification")
package vn.chibo.classification;
