package docpipe.ingest.upload;

import docpipe.ingest.intake.DocumentIntake;
import docpipe.ingest.intake.Receipt;
import docpipe.ingest.intake.RejectedFileException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** {@code POST /api/documents}: a multipart upload with the file in part {@code file}. */
@RestController
@RequestMapping("/api/documents")
class UploadController {

    private final DocumentIntake intake;

    UploadController(DocumentIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadResponse> upload(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new RejectedFileException(HttpStatus.BAD_REQUEST, "The request has no part named 'file'.");
        }
        Receipt receipt = intake.accept(file::getInputStream, file.getOriginalFilename(), file.getSize());
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(UploadResponse.of(receipt));
    }
}
