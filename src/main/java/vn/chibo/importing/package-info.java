/**
 * Nhập dữ liệu từ Excel: one XLSX template per kind (organizations, people...), a streamed preview that checks every
 * row with the owning module's rules and lists errors by sheet, row and column, and an all-or-nothing commit through
 * the owning modules' façades ({@link vn.chibo.organization.OrganizationBulkEntry},
 * {@link vn.chibo.people.PersonBulkEntry}; for the registers {@link vn.chibo.mentoring.MentoringBulkEntry},
 * {@link vn.chibo.recognition.RegisterBulkEntry}, {@link vn.chibo.classification.ClassificationHistory}), recorded as
 * one audited import batch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importing")
package vn.chibo.importing;
