package vn.chibo.importing.internal;

/** The XLSX template of a kind. */
public interface ImportTemplateSource {

    byte[] template(ImportKind kind);
}
