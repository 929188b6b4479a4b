export declare function cacheDirectory(env?: Record<string, string | undefined>, home?: () => string): string | undefined;
export declare function cacheFileOf(directory: string, file: string, version: string): string;
export declare function readVersioned(file: string): { source: string; version: string | undefined };
export declare function loadBundle(entry: string, cacheDir: string | undefined): { exports: { main(argv: string[]): Promise<number> }; saveCache(): void };
