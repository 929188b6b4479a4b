export declare function cacheDirectory(env?: Record<string, string | undefined>, home?: () => string): string | undefined;
export declare function cacheFileOf(directory: string, file: string, source: string): string;
export declare function loadBundle(entry: string, cacheDir: string | undefined): { exports: { main(argv: string[]): Promise<number> }; saveCache(): void };
