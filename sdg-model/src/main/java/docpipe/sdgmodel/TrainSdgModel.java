package docpipe.sdgmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rebuilds {@code enrich-service/src/main/resources/taxonomy/sdg-model.tsv} and writes the measurement
 * report. Arguments: the labels folder ({@code shared/labels/sdg}), the model file, the report file.
 */
public final class TrainSdgModel {

    private TrainSdgModel() {
    }

    public static void main(String[] args) throws IOException {
        var training = new Training(new SdgData(Path.of(args[0])));
        Path model = Path.of(args[1]);
        Files.write(model, training.build(), StandardCharsets.UTF_8);
        System.out.println("SDG model written to " + model.normalize());
        Path report = Path.of(args[2]);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, training.report(), StandardCharsets.UTF_8);
        System.out.println("report written to " + report.normalize());
    }
}
