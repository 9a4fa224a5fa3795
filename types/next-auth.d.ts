import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** User.sessionVersion when the token was issued; the guards refuse a token whose version is stale. */
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    /** Sign-in time (seconds): rolling never extends a session past SESSION_ABSOLUTE_SECONDS from it. */
    authAt?: number;
  }
}
