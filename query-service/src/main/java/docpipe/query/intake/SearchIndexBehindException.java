package docpipe.query.intake;

/** This instance's search index has not shown a document yet: a transient state, so the record is retried. */
class SearchIndexBehindException extends RuntimeException {

    SearchIndexBehindException(String message) {
        super(message);
    }
}
