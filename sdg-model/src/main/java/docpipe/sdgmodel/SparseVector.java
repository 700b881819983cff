package docpipe.sdgmodel;

/** A vector of feature indices (ascending) and values. */
record SparseVector(int[] indices, double[] values) {

    double dot(double[] dense) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * dense[indices[i]];
        }
        return sum;
    }
}
