import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { PrismaClient } from "@prisma/client";
import { db } from "@/src/server/db";
import { authenticate } from "@/src/modules/accounts/authenticate";
import { clientIp } from "./client-ip";
import { SESSION_IDLE_SECONDS } from "./session-policy";

class RateLimited extends CredentialsSignin {
  constructor(message: string) {
    super(message);
    this.code = message; // surfaces on the form as-is
  }
}

export const authConfig = {
  // The adapter keeps Auth.js's account tables; credentials sign-in requires JWT sessions.
  adapter: PrismaAdapter(db as unknown as PrismaClient), // `omit` narrows the type only
  // Idle timeout; server.ts re-issues the cookie as it is used (src/server/auth/roll-session.ts).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  trustHost: true,
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimited(result.message);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.authAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
