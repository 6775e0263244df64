/**
 * Phong trào thi đua theo mô hình: programmes deployed by a party organization on a rulebook,
 * registrations of cells, organizations and members, their plans, periodic self-reviews with
 * evidence, and the assessment that leads to recognition (tự đánh giá → đề nghị → quyết định).
 * Publishes {@link vn.chibo.emulation.EvaluationDecided} and {@link vn.chibo.emulation.EvaluationReturned}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Emulation")
package vn.chibo.emulation;
