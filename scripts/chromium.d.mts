export declare const CHROMIUM_ARGS: string[];
export declare function ensureChromium(): string | undefined;
