package vn.chibo.importing.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chibo.importing.internal.ImportKind;
import vn.chibo.importing.internal.ImportTemplateSource;

/** The template download, for the page and the API alike. */
@Component
class ImportTemplates {

    private final ImportTemplateSource source;

    ImportTemplates(ImportTemplateSource source) {
        this.source = source;
    }

    ResponseEntity<byte[]> download(ImportKind kind) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-" + kind.apiName() + ".xlsx\"")
                .contentType(ImportApiController.XLSX)
                .body(source.template(kind));
    }
}
