/**
 * Bộ tiêu chí, quy chế: versioned rule documents — the rulebooks of the emulation models (Chi bộ 4 tốt,
 * Đảng bộ cơ sở 4 tốt, Chi bộ 5 tốt, Đảng viên 5 tốt, Đơn vị vững mạnh toàn diện Mẫu mực, tiêu biểu) and of
 * annual classification (Quy định 124-QĐ/TW, Quy định 366-QĐ/TW): their store, shipped files, editor and
 * publish/revise/retire lifecycle. Other modules supply indicator values through {@link vn.chibo.rules.IndicatorSource};
 * {@link vn.chibo.rules.RulebookService} reads a revision and its parsed {@link vn.chibo.rules.RulebookDefinition}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules")
package vn.chibo.rules;
