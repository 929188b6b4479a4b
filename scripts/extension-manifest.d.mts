export type TargetBrowser = 'chrome' | 'firefox';
export declare const GECKO_ID: string;
export declare const FIREFOX_MIN_VERSION: string;
export declare const FIREFOX_ANDROID_MIN_VERSION: string;
export declare function manifestFor(browser: TargetBrowser): Record<string, unknown>;
