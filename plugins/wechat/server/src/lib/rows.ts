/** Shapes of the plugin's rows as the query engine returns them. */
export interface UserRef {
  id: number;
  username?: string;
}
export interface FanRow {
  id: number;
  documentId: string;
  appId: string;
  openid: string;
  unionid: string | null;
  subscribed: boolean;
  user?: UserRef | null;
}
export interface IdentityRow {
  id: number;
  appId: string;
  openid: string;
  unionid: string | null;
  nickname: string | null;
  avatar: string | null;
  user?: UserRef | null;
}
