package vn.chibo.shared.web;

/** Someone else saved the record after this form was opened (optimistic locking). */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException() {
        super(null, "error.concurrentEdit");
    }
}
