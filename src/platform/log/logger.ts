import pino, { type Logger } from 'pino';

/** Structured JSON logs (one line per event); request logs carry the request id as `reqId`. */
export function createLogger(level: string, name = 'campanile'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: { err: pino.stdSerializers.err },
  });
}
