package docpipe.untext;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as a text writes it, at the precision written: a day ({@code 25 July 2025}), a month
 * ({@code juillet 2025}) or a year ({@code 2024 年}). {@code start}/{@code end} are offsets into the text;
 * {@code month} and {@code day} are null when not written.
 */
public record WrittenDate(int start, int end, int year, Integer month, Integer day) {

    /** ISO 8601 at the precision written: {@code 2025-07-25}, {@code 2025-07} or {@code 2025}. */
    public String iso() {
        var iso = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            iso.append(String.format("-%02d", month));
            if (day != null) {
                iso.append(String.format("-%02d", day));
            }
        }
        return iso.toString();
    }

    /** The day, when one is written. */
    public Optional<LocalDate> date() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }
}
