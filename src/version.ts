// The pipeline's version, part of the provenance of every build.
export const VERSION = '0.1.0';
