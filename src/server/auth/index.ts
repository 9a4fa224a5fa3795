import "server-only";
import NextAuth from "next-auth";
import { cache } from "react";
import { authConfig } from "./config";

const nextAuth = NextAuth(authConfig);

export const { handlers, signIn, signOut } = nextAuth;
/** The session of this request (memoised per render). Roles are re-read from the db by the guards. */
export const auth = cache(nextAuth.auth);
