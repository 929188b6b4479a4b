// The optional "<all_urls>" host permission behind "在所有网站上检测". Browsers only grant it
// from a user gesture, so `request` must be called synchronously inside a click handler.
export const ALL_SITES = { origins: ['<all_urls>'] };

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface AllSitesPermission {
  granted(): Promise<boolean>;
  request(): Promise<boolean>;
  /** resolves to whether the permission is gone */
  remove(): Promise<boolean>;
}

export function allSitesPermission(permissions: PermissionsApi): AllSitesPermission {
  return {
    granted: () => permissions.contains(ALL_SITES),
    request: () => permissions.request(ALL_SITES),
    remove: () => permissions.remove(ALL_SITES),
  };
}
