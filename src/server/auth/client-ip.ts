// server.ts overwrites this header with the socket's address, so clients cannot forge it.
export const CLIENT_IP_HEADER = "x-academy-client-ip";

export function clientIp(headers: Headers | undefined): string {
  return headers?.get(CLIENT_IP_HEADER) ?? "unknown";
}
