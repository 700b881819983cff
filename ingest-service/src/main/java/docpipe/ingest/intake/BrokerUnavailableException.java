package docpipe.ingest.intake;

/** The broker did not acknowledge an announcement in time; the file is kept and announced later. */
public class BrokerUnavailableException extends RuntimeException {

    BrokerUnavailableException(Throwable cause) {
        super("The message broker did not acknowledge the file in time; it is stored and will be announced "
                + "when the broker is back.", cause);
    }
}
