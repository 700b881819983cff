package docpipe.ingest.intake;

/** Makes a client-supplied file name safe to log, store and show: no path, no control characters. */
final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String sanitize(String raw) {
        if (raw == null || raw.isBlank()) {
            return "unnamed";
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return "unnamed";
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
