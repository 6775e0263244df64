/**
 * Mô hình thi đua và xếp loại chất lượng: versioned rulebooks for the emulation models
 * (Chi bộ 4 tốt, Đảng bộ cơ sở 4 tốt, Chi bộ 5 tốt, Đảng viên 5 tốt, Đơn vị vững mạnh toàn diện
 * Mẫu mực, tiêu biểu) and for annual classification (Quy định 124-QĐ/TW, Quy định 366-QĐ/TW), with
 * the calculators that judge results by them. Other modules supply indicator values through
 * {@link vn.chibo.evaluation.IndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package vn.chibo.evaluation;
