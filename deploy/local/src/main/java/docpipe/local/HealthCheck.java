package docpipe.local;

/** Whether a process of the stack answers as it should; never throws, never blocks for more than a few seconds. */
interface HealthCheck {

    boolean healthy();

    /** What is checked, e.g. the URL, for progress lines and the status table. */
    String target();

    /** A short account of the last answer, for the error shown when a process does not come up. */
    default String diagnose() {
        return healthy() ? "healthy" : "no healthy answer from " + target();
    }
}
