export declare function checkoutCommit(root: string): string | undefined;
