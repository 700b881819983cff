package docpipe.local.e2e;

/** The end-to-end tests over a real KRaft broker and the MongoDB-wire store, both in this JVM. */
class EmbeddedPipelineIT extends PipelineEndToEndTests {

    private EmbeddedInfrastructure infrastructure;

    @Override
    String[] startInfrastructure() {
        infrastructure = new EmbeddedInfrastructure();
        return new String[] {infrastructure.bootstrapServers, infrastructure.mongoUri};
    }

    @Override
    void stopInfrastructure() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
