/** Generated documents: PDF from XHTML with Vietnamese fonts, and DOCX in the customary layout of party documents. */
package vn.chibo.shared.document;
