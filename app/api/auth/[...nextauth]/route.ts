import { handlers } from "@/src/server/auth";

export const { GET, POST } = handlers;
