package vn.chibo.importing.internal;

import vn.chibo.shared.web.BusinessRuleException;

/** A file that cannot be imported at all (not a workbook, encrypted, too big, wrong sheet...): nothing is written. */
public class ImportRefused extends BusinessRuleException {

    public ImportRefused(String messageKey, Object... arguments) {
        super("file", messageKey, arguments);
    }
}
