import { winston, formats } from '@strapi/logger';
import { currentRequestId } from '../src/platform/request-context';

/** LOG_FORMAT=json: one JSON object a line (timestamp, level, message, requestId) for log shippers. */
const withRequestId = winston.format((info) => {
  const requestId = currentRequestId();
  if (requestId) info.requestId = requestId;
  return info;
});

export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'info',
      format:
        process.env.LOG_FORMAT === 'json'
          ? winston.format.combine(winston.format.timestamp(), withRequestId(), winston.format.json())
          : formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
