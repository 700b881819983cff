package docpipe.local;

import java.util.List;

/**
 * The ports of the local stack: the fixed ones of the public contract, all moved by {@code DOCPIPE_PORT_OFFSET} so
 * that a second stack (e.g. the reliability tests) can run beside a developer's own.
 *
 * @param offset added to every port; 0 gives the contract's ports
 */
record Ports(int offset) {

    static final int BROKER = 9092;
    static final int CONTROLLER = 9093;
    static final int STORE = 27017;
    static final Ports DEFAULT = new Ports(0);

    Ports {
        if (offset < 0 || STORE + offset > 65535) {
            throw new IllegalArgumentException("DOCPIPE_PORT_OFFSET must be between 0 and " + (65535 - STORE)
                    + ", not " + offset);
        }
    }

    static Ports ofOffset(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return new Ports(Integer.parseInt(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("DOCPIPE_PORT_OFFSET must be a whole number, not '" + value + "'");
        }
    }

    int broker() {
        return BROKER + offset;
    }

    int controller() {
        return CONTROLLER + offset;
    }

    int store() {
        return STORE + offset;
    }

    int service(StackPlan.Service service) {
        return service.port() + offset;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + broker();
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + store();
    }

    /** Every port the stack binds, for the check that none is taken before {@code up}. */
    List<Integer> all() {
        List<Integer> all = new java.util.ArrayList<>(List.of(broker(), controller(), store()));
        StackPlan.SERVICES.forEach(service -> all.add(service(service)));
        return all;
    }
}
