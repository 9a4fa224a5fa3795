import Modem from "docker-modem";

// docker-modem reads DOCKER_HOST / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH itself; default is the local socket.
let modem: Modem | undefined;
export function engine(): Modem {
  modem ??= new Modem();
  return modem;
}

/** One Engine API call as a promise. */
export function dockerCall<T>(options: Record<string, unknown>, m: Modem = engine()): Promise<T> {
  return new Promise((resolve, reject) => {
    m.dial(
      {
        statusCodes: {
          200: true,
          201: true,
          204: true,
          304: true,
          400: "bad request",
          404: "not found",
          409: "conflict",
          500: "server error",
        },
        ...options,
      } as never,
      (err: unknown, data: unknown) => (err ? reject(err) : resolve(data as T)),
    );
  });
}
