/** Builds the published packages; returns tsc's report when the build fails, null when it succeeds. */
export declare function buildPackages(): string | null;
