/** The GBK bytes of `text`; throws on a character GBK cannot hold. */
export function encodeGbk(text: string): Uint8Array;
