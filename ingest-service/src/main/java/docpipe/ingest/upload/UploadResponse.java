package docpipe.ingest.upload;

import docpipe.ingest.intake.Receipt;

/** The answer to an upload, as the public contract names its fields. */
record UploadResponse(String id, String fileName, String sha256, String mediaType, long size, String status,
                      boolean duplicate) {

    static UploadResponse of(Receipt receipt) {
        return new UploadResponse(receipt.id().value(), receipt.fileName(), receipt.sha256(), receipt.mediaType(),
                receipt.size(), "RECEIVED", receipt.duplicate());
    }
}
