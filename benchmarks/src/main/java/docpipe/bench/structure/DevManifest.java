package docpipe.bench.structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The truth of the development corpus as its MANIFEST.md writes it (the same reading as parse-service's
 * DevCorpusTest, whose test classes this module cannot use), one row per document: the metadata
 * read by hand and the paragraph figures ("pre 8 / op 5", "151 (1-151 complete)", "90 (main body 1-90); …",
 * "213 numbered paras", "174 numbered agenda items"). A figure the row does not state is null.
 */
public record DevManifest(Path folder, List<Row> rows) {

    /**
     * One document. {@code mainSequence}: the main numbered paragraphs run 1..n; {@code numberedTotal}: all
     * numbered paragraphs (numbering restarts); {@code preambular}/{@code operative}: a resolution's counts.
     */
    public record Row(String file, String symbol, String language, String type, String date, String session,
               String agendaItem, Integer mainSequence, Integer numberedTotal, Integer preambular, Integer operative,
               String figures) {
    }

    private static final Pattern PRE_OP = Pattern.compile("pre (\\d+) / op (\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) numbered paras");
    private static final Pattern MAIN_BODY = Pattern.compile("main body 1-(\\d+)");
    private static final Pattern LEADING = Pattern.compile("^(\\d+)\\b");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2}) (\\p{L}+)\\.? (\\d{4})");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)\\b(?! year)");

    /** The corpus folder: {@code shared/corpus/dev} beside the clone (or beside any folder above it). */
    static Path locate(Path root) {
        for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
            Path dev = p.resolve("shared/corpus/dev");
            if (Files.isRegularFile(dev.resolve("MANIFEST.md"))) {
                return dev;
            }
        }
        throw new IllegalStateException("shared/corpus/dev/MANIFEST.md not found above " + Path.of("").toAbsolutePath());
    }

    public static DevManifest read(Path folder) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("MANIFEST.md"))) {
            if (!line.startsWith("| ") || !line.contains(".pdf")) {
                continue;
            }
            String[] c = line.substring(1).split("\\s*\\|\\s*", -1);
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].strip();
            }
            rows.add(row(c));
        }
        return new DevManifest(folder, rows);
    }

    // columns: file | symbol | lang | type | date | job | session | agenda | figures | pages | source | licence | notes
    private static Row row(String[] c) {
        String figures = c[8];
        Integer pre = null;
        Integer op = null;
        Integer main = null;
        Integer total = null;
        Matcher m;
        if ((m = PRE_OP.matcher(figures)).find()) {
            pre = Integer.parseInt(m.group(1));
            op = Integer.parseInt(m.group(2));
        } else if ((m = TOTAL.matcher(figures)).find()) {
            total = Integer.parseInt(m.group(1));
        } else if ((m = MAIN_BODY.matcher(figures)).find()) {
            main = Integer.parseInt(m.group(1));
        } else if ((m = LEADING.matcher(figures)).find()) {
            main = Integer.parseInt(m.group(1));
        }
        String type = c[3].replaceFirst("\\s*\\(.*$", "");
        return new Row(c[0], c[1], c[2].replaceFirst("\\s.*$", ""), type, date(c[4]), session(c[6]),
                agenda(c[7]), main, total, pre, op, figures);
    }

    private static String date(String cell) {
        Matcher m = DATE.matcher(cell);
        if (!m.find()) {
            return null;
        }
        String month = m.group(2).toLowerCase(Locale.ROOT);
        for (int i = 1; i <= 12; i++) {
            String en = java.time.Month.of(i).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String fr = java.time.Month.of(i).getDisplayName(java.time.format.TextStyle.SHORT, Locale.FRENCH).toLowerCase(Locale.ROOT);
            String es = java.time.Month.of(i).getDisplayName(java.time.format.TextStyle.SHORT, Locale.forLanguageTag("es")).toLowerCase(Locale.ROOT);
            if (month.startsWith(en) || fr.startsWith(month) || month.startsWith(fr.replace(".", ""))
                    || month.startsWith(es.replace(".", ""))) {
                return LocalDate.of(Integer.parseInt(m.group(3)), i, Integer.parseInt(m.group(1)))
                        .format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
        }
        throw new IllegalArgumentException("month not understood in manifest date: " + cell);
    }

    private static String session(String cell) {
        Matcher m = ORDINAL.matcher(cell);
        return m.find() && !cell.contains("mtg") ? m.group(1) : null;
    }

    private static String agenda(String cell) {
        Matcher m = LEADING.matcher(cell);
        return m.find() ? m.group(1) : null;
    }
}
