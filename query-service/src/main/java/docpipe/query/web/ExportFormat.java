package docpipe.query.web;

import org.springframework.http.MediaType;

import java.util.Locale;

/** How a list is answered: the JSON of the contract, or JSON Lines or CSV for analysts. */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON),
    JSONL(MediaType.parseMediaType("application/x-ndjson;charset=UTF-8")),
    CSV(MediaType.parseMediaType("text/csv;charset=UTF-8"));

    private final MediaType mediaType;

    ExportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** {@code format=jsonl|csv|json} wins; else the Accept header; else JSON. */
    public static ExportFormat of(String format, String accept) {
        if (format != null) {
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("format must be json, jsonl or csv, not '" + format + "'");
            }
        }
        if (accept != null) {
            String a = accept.toLowerCase(Locale.ROOT);
            if (a.contains("text/csv")) {
                return CSV;
            }
            if (a.contains("ndjson") || a.contains("jsonl") || a.contains("json-seq")) {
                return JSONL;
            }
        }
        return JSON;
    }
}
