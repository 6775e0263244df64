/**
 * Phát triển đảng: the pipeline of each candidate from source (nguồn) and sympathiser (cảm tình
 * Đảng, with the Party-awareness class certificate) through the dossier (forms 1–9 KNĐ), the cell's
 * and the grassroots committee's resolutions, the admission decision and ceremony, to the 12-month
 * probation and official recognition; eligibility and working-day deadlines as versioned rule data.
 * Admission and recognition go to the people module (party status and history) and to the
 * candidate's mentor (mentoring outcome).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party development")
package vn.chibo.development;
