package docpipe.bench; public class Placeholder {}
