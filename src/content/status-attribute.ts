/** `<html data-qinggao>`: "cleaned" or "analyzed" (contract.md); the notice's host uses it too. */
export const STATUS_ATTRIBUTE = 'data-qinggao';
